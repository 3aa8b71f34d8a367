package de.willkommensakademie.language.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.base.ui.LocalizedDatePicker;
import java.math.BigDecimal;
import java.math.RoundingMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.FileTransfer;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.language.Cefr;
import de.willkommensakademie.language.Coverage;
import de.willkommensakademie.language.CoverageChart;
import de.willkommensakademie.language.CourseRow;
import de.willkommensakademie.language.CourseStatus;
import de.willkommensakademie.language.LanguageCourses;
import de.willkommensakademie.language.LanguageRegister;
import de.willkommensakademie.language.Languages;
import de.willkommensakademie.language.PendingLevel;
import de.willkommensakademie.language.TeamGap;
import de.willkommensakademie.language.TeamLanguages;
import jakarta.annotation.security.RolesAllowed;

/**
 * A manager's view of the teams' languages: coverage of the priority languages as table and chart, levels to
 * verify, course requests to decide, hours and cost per year, and the courses as CSV or XLSX.
 */
@Route("languages/team")
@RolesAllowed(Role.Name.MANAGER)
@Menu(title = "nav.team-languages", order = 24, icon = "vaadin:globe-wire")
class TeamLanguagesView extends VerticalLayout implements TranslatedTitle {

    private final transient TeamLanguages team;
    private final transient LanguageRegister register;
    private final transient LanguageCourses courses;
    private final Div content = new Div();

    TeamLanguagesView(TeamLanguages team, LanguageRegister register, LanguageCourses courses) {
        this.team = team;
        this.register = register;
        this.courses = courses;
        addClassName("page");
        Locale locale = getLocale();
        FlexLayout exports = new FlexLayout(
                FileTransfer.download(getTranslation("language.export.csv"), null, "language-courses.csv",
                        "text/csv;charset=utf-8", () -> team.coursesCsv(locale)),
                FileTransfer.download(getTranslation("language.export.xlsx"), null, "language-courses.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        () -> team.coursesXlsx(locale)));
        exports.addClassName("editor-toolbar");
        add(new H2(getTranslation("nav.team-languages")), content, exports);
        show();
    }

    private void show() {
        Locale locale = getLocale();
        content.removeAll();
        Coverage coverage = team.coverage();
        NativeTable table = new NativeTable();
        table.addClassName("statistics-table");
        NativeTableRow header = table.getHead().addRow();
        header.addHeaderCell().setText(getTranslation("language.field.language"));
        for (Cefr level : Cefr.values()) {
            header.addHeaderCell().setText(level.name() + "+");
        }
        for (String language : coverage.languages()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(Languages.name(language, locale));
            for (Cefr level : Cefr.values()) {
                row.addDataCell().setText(String.valueOf(coverage.count(language, level)));
            }
        }
        Div chart = new Div(new Html(CoverageChart.svg(coverage, locale, getTranslation("language.chart.title"),
                getTranslation("language.chart.description", coverage.people()))));
        chart.addClassName("scenario-graph");
        content.add(new H3(getTranslation("language.coverage")), new Paragraph(getTranslation(
                "language.coverage.intro", coverage.people())), table, chart);

        UnorderedList pending = new UnorderedList();
        for (PendingLevel level : team.pendingVerifications()) {
            String what = level.person() + ": " + Languages.name(level.language(), locale) + " " + level.overall()
                    + " (" + getTranslation("language.evidence." + level.evidence().name()) + ")";
            Button verify = new Button(getTranslation("language.verify"), event -> {
                register.verify(level.levelId(), level.version());
                Notifications.success(getTranslation("language.verified"));
                show();
            });
            verify.setAriaLabel(getTranslation("language.verify") + ": " + what);
            ListItem entry = new ListItem(new Paragraph(what));
            if (level.hasDocument()) {
                // Downloading someone else's evidence is written to the audit log by the service.
                entry.add(FileTransfer.download(getTranslation("language.evidence-document"), what,
                        level.documentName(), level.documentType(), () -> register.evidence(level.levelId()).data()));
            }
            entry.add(verify);
            pending.add(entry);
        }
        if (pending.getChildren().findAny().isEmpty()) {
            pending.add(new ListItem(getTranslation("onboarding.nothing")));
        }
        content.add(new H3(getTranslation("language.pending")), pending);

        UnorderedList gaps = new UnorderedList();
        for (TeamGap open : team.openGaps()) {
            var target = open.gap().target();
            gaps.add(new ListItem(open.person() + ": " + Languages.name(target.language(), locale)
                    + (target.skill() == null ? "" : " (" + getTranslation("language.skill." + target.skill().name())
                            + ")") + " – " + getTranslation("language.team-gap", target.level(),
                                    open.gap().current() == null ? "–" : open.gap().current())));
        }
        if (gaps.getChildren().findAny().isEmpty()) {
            gaps.add(new ListItem(getTranslation("onboarding.nothing")));
        }
        content.add(new H3(getTranslation("language.team-gaps")), gaps);

        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        UnorderedList requests = new UnorderedList();
        for (CourseRow course : courses.team()) {
            if (course.status() != CourseStatus.REQUESTED) {
                continue;
            }
            String what = Languages.name(course.language(), locale) + " " + course.targetLevel()
                    + (course.decisionReason() == null ? "" : " – " + course.decisionReason());
            // Who asked and when: the manager decides about a person, not about a language.
            String who = getTranslation("language.request.by", course.person(),
                    course.requestedOn() == null ? "–" : dates.format(course.requestedOn()));
            TextField reason = new TextField(getTranslation("language.field.decision-reason"));
            reason.setMaxLength(1000);
            Button approve = new Button(getTranslation("language.course.approve"), event -> {
                courses.decide(course.id(), course.version(), true, reason.getValue());
                show();
            });
            Button decline = new Button(getTranslation("language.course.decline"), event -> {
                courses.decide(course.id(), course.version(), false, reason.getValue());
                show();
            });
            approve.setAriaLabel(getTranslation("language.course.approve") + ": " + who + ", " + what);
            decline.setAriaLabel(getTranslation("language.course.decline") + ": " + who + ", " + what);
            requests.add(new ListItem(new H4(who), new Paragraph(what), new FlexLayout(reason, approve, decline)));
        }
        if (requests.getChildren().findAny().isEmpty()) {
            requests.add(new ListItem(getTranslation("onboarding.nothing")));
        }
        content.add(new H3(getTranslation("language.requests")), requests);

        UnorderedList planned = new UnorderedList();
        for (CourseRow course : courses.team()) {
            if (course.status() == CourseStatus.PLANNED || course.status() == CourseStatus.RUNNING) {
                planned.add(new ListItem(new H4(course.person()), new Paragraph(Languages.name(course.language(),
                        locale) + " " + course.targetLevel() + (course.provider() == null ? "" : " – "
                                + course.provider())),
                        planForm(course), outcomeForm(course)));
            }
        }
        if (planned.getChildren().findAny().isEmpty()) {
            planned.add(new ListItem(getTranslation("onboarding.nothing")));
        }
        content.add(new H3(getTranslation("language.planned")), planned);

        UnorderedList years = new UnorderedList();
        for (Map.Entry<Integer, long[]> year : team.yearTotals().entrySet()) {
            years.add(new ListItem(getTranslation("language.year", year.getKey(), year.getValue()[0],
                    new java.math.BigDecimal(year.getValue()[1]).movePointLeft(2))));
        }
        content.add(new H3(getTranslation("language.years")), years);
    }

    /** Provider, dates, planned hours and cost in euros of an approved course. */
    private FlexLayout planForm(CourseRow course) {
        TextField provider = new TextField(getTranslation("certificate.field.provider"));
        provider.setValue(course.provider() == null ? "" : course.provider());
        LocalizedDatePicker start = new LocalizedDatePicker(getTranslation("language.field.start"), getLocale());
        start.setValue(course.startDate());
        LocalizedDatePicker end = new LocalizedDatePicker(getTranslation("language.field.end"), getLocale());
        end.setValue(course.endDate());
        IntegerField hours = new IntegerField(getTranslation("language.field.hours-planned"));
        hours.setMin(0);
        hours.setValue(course.hoursPlanned());
        BigDecimalField cost = new BigDecimalField(getTranslation("language.field.cost"));
        if (course.costCents() != null) {
            cost.setValue(new BigDecimal(course.costCents()).movePointLeft(2));
        }
        Button plan = new Button(getTranslation("language.course.plan"), event -> {
            courses.plan(course.id(), course.version(), provider.getValue(), start.getValue(), end.getValue(),
                    hours.getValue(), cost.getValue() == null ? null
                            : cost.getValue().movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact());
            Notifications.success(getTranslation("language.course.planned"));
            show();
        });
        FlexLayout form = new FlexLayout(provider, start, end, hours, cost, plan);
        form.addClassName("editor-row");
        return form;
    }

    /** The level reached and the hours attended, or dropping the course. */
    private FlexLayout outcomeForm(CourseRow course) {
        Select<Cefr> reached = new Select<>();
        reached.setLabel(getTranslation("language.field.reached"));
        reached.setItems(Cefr.values());
        IntegerField attended = new IntegerField(getTranslation("language.field.hours-attended"));
        attended.setMin(0);
        Button complete = new Button(getTranslation("language.course.complete"), event -> {
            courses.complete(course.id(), course.version(), reached.getValue(),
                    attended.getValue() == null ? 0 : attended.getValue());
            Notifications.success(getTranslation("language.course.completed"));
            show();
        });
        Button drop = new Button(getTranslation("language.course.drop"), event -> {
            courses.drop(course.id(), course.version(), attended.getValue());
            show();
        });
        FlexLayout form = new FlexLayout(reached, attended, complete, drop);
        form.addClassName("editor-row");
        return form;
    }

    @Override
    public String titleKey() {
        return "nav.team-languages";
    }
}
