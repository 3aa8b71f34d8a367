package de.willkommensakademie.language.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
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
            pending.add(new ListItem(new Paragraph(what), verify));
        }
        if (pending.getChildren().findAny().isEmpty()) {
            pending.add(new ListItem(getTranslation("onboarding.nothing")));
        }
        content.add(new H3(getTranslation("language.pending")), pending);

        UnorderedList requests = new UnorderedList();
        for (CourseRow course : courses.team()) {
            if (course.status() != CourseStatus.REQUESTED) {
                continue;
            }
            String what = Languages.name(course.language(), locale) + " " + course.targetLevel()
                    + (course.decisionReason() == null ? "" : " – " + course.decisionReason());
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
            requests.add(new ListItem(new Paragraph(what), new FlexLayout(reason, approve, decline)));
        }
        if (requests.getChildren().findAny().isEmpty()) {
            requests.add(new ListItem(getTranslation("onboarding.nothing")));
        }
        content.add(new H3(getTranslation("language.requests")), requests);

        UnorderedList years = new UnorderedList();
        for (Map.Entry<Integer, long[]> year : team.yearTotals().entrySet()) {
            years.add(new ListItem(getTranslation("language.year", year.getKey(), year.getValue()[0],
                    new java.math.BigDecimal(year.getValue()[1]).movePointLeft(2))));
        }
        content.add(new H3(getTranslation("language.years")), years);
    }

    @Override
    public String titleKey() {
        return "nav.team-languages";
    }
}
