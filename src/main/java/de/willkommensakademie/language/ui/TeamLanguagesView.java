package de.willkommensakademie.language.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

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
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.AccessibleTabSheet;
import de.willkommensakademie.base.ui.FileTransfer;
import de.willkommensakademie.base.ui.LocalizedDatePicker;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.language.Cefr;
import de.willkommensakademie.language.CourseRow;
import de.willkommensakademie.language.CourseStatus;
import de.willkommensakademie.language.Coverage;
import de.willkommensakademie.language.CoverageChart;
import de.willkommensakademie.language.GapCount;
import de.willkommensakademie.language.LanguageCourses;
import de.willkommensakademie.language.LanguageRegister;
import de.willkommensakademie.language.Languages;
import de.willkommensakademie.language.PendingLevel;
import de.willkommensakademie.language.TeamGap;
import de.willkommensakademie.language.TeamLanguages;
import de.willkommensakademie.language.TeamLanguagesPage;
import de.willkommensakademie.language.YearTotal;
import de.willkommensakademie.visibility.PeopleCount;
import de.willkommensakademie.visibility.VisibilityRules;
import jakarta.annotation.security.RolesAllowed;

/**
 * A manager's view of the teams' languages in tabs (one short page each instead of one long scroll): coverage of the
 * priority languages as table and chart, targets not reached, levels to verify, course requests to decide, courses
 * to plan and complete, and hours and cost per year with the CSV and XLSX export. Where the authority's preset shows
 * language levels only as counts, coverage and gaps are counts from five people, past courses and the export are not
 * shown, and years with fewer than five people show no figures. Only the open tab is built, each
 * time it is opened or changed; {@code ?tab=requests} (etc.) opens a tab directly.
 */
@Route("languages/team")
@RolesAllowed(Role.Name.MANAGER)
@Menu(title = "nav.team-languages", order = 24, icon = "vaadin:globe-wire")
class TeamLanguagesView extends VerticalLayout implements TranslatedTitle, BeforeEnterObserver {

    private final transient TeamLanguages team;
    private final transient LanguageRegister register;
    private final transient LanguageCourses courses;
    private final TabSheet tabs = new AccessibleTabSheet();
    private final Map<String, Section> sections = new LinkedHashMap<>();
    /** What the page shows, read once per page load or action ({@link #showSelected()}). */
    private TeamLanguagesPage page;

    /** One tab: its content is built when the tab is opened and dropped when another one is. */
    private static final class Section implements Serializable {
        private final Tab tab;
        private final Div body = new Div();
        private final transient Consumer<Div> fill;

        private Section(Tab tab, Consumer<Div> fill) {
            this.tab = tab;
            this.fill = fill;
        }
    }

    TeamLanguagesView(TeamLanguages team, LanguageRegister register, LanguageCourses courses) {
        this.team = team;
        this.register = register;
        this.courses = courses;
        addClassName("page");
        section("coverage", this::coverage);
        section("gaps", this::gaps);
        section("pending", this::pending);
        section("requests", this::requests);
        section("courses", this::courses);
        section("costs", this::costs);
        tabs.setWidthFull();
        tabs.addClassName("language-tabs");
        tabs.addSelectedChangeListener(event -> showSelected());
        add(new H2(getTranslation("nav.team-languages")), tabs);
        // beforeEnter builds the open tab and the tabs' counts from one read
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Section wanted = event.getLocation().getQueryParameters().getSingleParameter("tab").map(sections::get)
                .orElse(null);
        if (wanted != null && !wanted.tab.equals(tabs.getSelectedTab())) {
            tabs.setSelectedTab(wanted.tab); // the change listener builds it
        } else {
            showSelected();
        }
    }

    private void section(String key, Consumer<Div> fill) {
        Tab tab = new Tab(getTranslation("language.tab." + key));
        tab.setId("language-tab-" + key);
        Section section = new Section(tab, fill);
        section.body.addClassName("language-tab-content");
        sections.put(key, section);
        tabs.add(tab, section.body);
    }

    /**
     * Builds the open tab afresh (so it shows the current state) and empties the others: everything from one read of
     * the team's languages, so a page load costs the same number of statements for a team of 5 or of 300.
     */
    private void showSelected() {
        page = team.page();
        updateLabels();
        for (Section section : sections.values()) {
            section.body.removeAll();
            if (section.tab.equals(tabs.getSelectedTab())) {
                section.fill.accept(section.body);
            }
        }
    }

    /** After an action the counts on the tabs and the open tab change. */
    private void changed() {
        showSelected();
    }

    /** The two tabs that ask the manager to act show how many things wait. */
    private void updateLabels() {
        sections.get("pending").tab.setLabel(getTranslation("language.tab.pending.count",
                page.pending().size()));
        sections.get("requests").tab.setLabel(getTranslation("language.tab.requests.count", page.requests()));
    }

    private void coverage(Div body) {
        Locale locale = getLocale();
        Coverage coverage = page.coverage();
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
                row.addDataCell().setText(text(coverage.shown(language, level)));
            }
        }
        Div chart = new Div(new Html(CoverageChart.svg(coverage, locale, getTranslation("language.chart.title"),
                getTranslation("language.chart.description", text(coverage.people())), fewer())));
        chart.addClassName("scenario-graph");
        body.add(new H3(getTranslation("language.coverage")));
        if (!page.levelsPerPerson()) {
            body.add(countsOnlyNote());
        }
        body.add(new Paragraph(getTranslation("language.coverage.intro", text(coverage.people()))), table, chart);
    }

    private void gaps(Div body) {
        if (!page.levelsPerPerson()) {
            gapCounts(body);
            return;
        }
        Locale locale = getLocale();
        UnorderedList gaps = new UnorderedList();
        for (TeamGap open : page.openGaps()) {
            var target = open.gap().target();
            gaps.add(new ListItem(open.person() + ": " + Languages.name(target.language(), locale)
                    + (target.skill() == null ? "" : " (" + getTranslation("language.skill." + target.skill().name())
                            + ")") + " – " + getTranslation("language.team-gap", target.level(),
                                    open.gap().current() == null ? "–" : open.gap().current())));
        }
        body.add(new H3(getTranslation("language.team-gaps")));
        body.add(gaps.getChildren().findAny().isPresent() ? gaps
                : new Paragraph(getTranslation("language.team-gaps.none")));
    }

    /** Under a counts-only preset: per target how many people do not reach it, never who. */
    private void gapCounts(Div body) {
        Locale locale = getLocale();
        UnorderedList gaps = new UnorderedList();
        for (GapCount open : page.openGapCounts()) {
            gaps.add(new ListItem(getTranslation("language.team-gap-count", Languages.name(open.language(), locale)
                    + (open.skill() == null ? "" : " (" + getTranslation("language.skill." + open.skill().name())
                            + ")"), open.level(), text(open.people()))));
        }
        body.add(new H3(getTranslation("language.team-gaps")), countsOnlyNote());
        body.add(gaps.getChildren().findAny().isPresent() ? gaps
                : new Paragraph(getTranslation("language.team-gaps.none")));
    }

    private Paragraph countsOnlyNote() {
        return new Paragraph(getTranslation("language.team.counts-only", VisibilityRules.MIN_GROUP));
    }

    private String fewer() {
        return getTranslation(PeopleCount.FEWER_THAN_MIN_KEY, VisibilityRules.MIN_GROUP);
    }

    private String text(PeopleCount count) {
        return count.fewerThanMin() ? fewer() : String.valueOf(count.value());
    }

    private void pending(Div body) {
        Locale locale = getLocale();
        UnorderedList pending = new UnorderedList();
        for (PendingLevel level : page.pending()) {
            String what = level.person() + ": " + Languages.name(level.language(), locale) + " " + level.overall()
                    + " (" + getTranslation("language.evidence." + level.evidence().name()) + ")";
            Button verify = new Button(getTranslation("language.verify"), event -> {
                register.verify(level.levelId(), level.version());
                Notifications.success(getTranslation("language.verified"));
                changed();
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
        body.add(new H3(getTranslation("language.pending")));
        body.add(pending.getChildren().findAny().isPresent() ? pending
                : new Paragraph(getTranslation("language.pending.none")));
    }

    private void requests(Div body) {
        Locale locale = getLocale();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        UnorderedList requests = new UnorderedList();
        for (CourseRow course : page.courses()) {
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
                changed();
            });
            Button decline = new Button(getTranslation("language.course.decline"), event -> {
                courses.decide(course.id(), course.version(), false, reason.getValue());
                changed();
            });
            approve.setAriaLabel(getTranslation("language.course.approve") + ": " + who + ", " + what);
            decline.setAriaLabel(getTranslation("language.course.decline") + ": " + who + ", " + what);
            FlexLayout decision = new FlexLayout(reason, approve, decline);
            decision.addClassName("editor-row");
            requests.add(new ListItem(new H4(who), new Paragraph(what), decision));
        }
        body.add(new H3(getTranslation("language.requests")));
        body.add(requests.getChildren().findAny().isPresent() ? requests
                : new Paragraph(getTranslation("language.requests.none")));
    }

    private void courses(Div body) {
        Locale locale = getLocale();
        UnorderedList planned = new UnorderedList();
        UnorderedList past = new UnorderedList();
        for (CourseRow course : page.courses()) {
            String what = Languages.name(course.language(), locale) + " " + course.targetLevel()
                    + (course.provider() == null ? "" : " – " + course.provider());
            if (course.status() == CourseStatus.PLANNED || course.status() == CourseStatus.RUNNING) {
                planned.add(new ListItem(new H4(course.person()), new Paragraph(what + " · " + getTranslation(
                        "language.course.status." + course.status().name())), planForm(course),
                        outcomeForm(course)));
            } else if (course.status() != CourseStatus.REQUESTED) {
                past.add(new ListItem(course.person() + ": " + what + " – " + getTranslation(
                        "language.course.status." + course.status().name())
                        + (course.levelReached() == null ? "" : ", " + getTranslation("language.course.reached",
                                course.levelReached()))
                        + (course.hoursAttended() == null ? "" : ", " + getTranslation("language.course.hours",
                                course.hoursAttended()))));
            }
        }
        body.add(new H3(getTranslation("language.planned")));
        body.add(planned.getChildren().findAny().isPresent() ? planned
                : new Paragraph(getTranslation("language.planned.none")));
        body.add(new H3(getTranslation("language.past")));
        if (!page.levelsPerPerson()) {
            // The service leaves them out: they state the level each person reached.
            body.add(new Paragraph(getTranslation("language.past.counts-only", VisibilityRules.MIN_GROUP)));
            return;
        }
        body.add(past.getChildren().findAny().isPresent() ? past
                : new Paragraph(getTranslation("language.past.none")));
    }

    private void costs(Div body) {
        Locale locale = getLocale();
        List<YearTotal> years = page.yearTotals();
        body.add(new H3(getTranslation("language.years")));
        if (years.isEmpty()) {
            body.add(new Paragraph(getTranslation("language.years.none")));
        } else {
            NumberFormat euros = NumberFormat.getCurrencyInstance(locale);
            euros.setCurrency(Currency.getInstance("EUR"));
            NativeTable table = new NativeTable();
            table.addClassName("statistics-table");
            NativeTableRow header = table.getHead().addRow();
            for (String column : List.of("year", "courses", "hours-planned", "hours-attended", "cost")) {
                header.addHeaderCell().setText(getTranslation("language.years." + column));
            }
            for (YearTotal year : years) {
                NativeTableRow row = table.getBody().addRow();
                row.addDataCell().setText(String.valueOf(year.year()));
                if (year.hidden()) {
                    row.addDataCell().setText(getTranslation("language.years.hidden", VisibilityRules.MIN_GROUP));
                    for (int column = 0; column < 3; column++) {
                        row.addDataCell().setText("–");
                    }
                    continue;
                }
                row.addDataCell().setText(String.valueOf(year.courses()));
                row.addDataCell().setText(String.valueOf(year.hoursPlanned()));
                row.addDataCell().setText(String.valueOf(year.hoursAttended()));
                row.addDataCell().setText(euros.format(BigDecimal.valueOf(year.costCents(), 2)));
            }
            body.add(table);
        }
        if (!page.levelsPerPerson()) {
            // One row per course names the person and the level reached: no export under a counts-only preset.
            body.add(countsOnlyNote());
            return;
        }
        FlexLayout exports = new FlexLayout(
                FileTransfer.download(getTranslation("language.export.csv"), null, "language-courses.csv",
                        "text/csv;charset=utf-8", () -> team.coursesCsv(locale)),
                FileTransfer.download(getTranslation("language.export.xlsx"), null, "language-courses.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        () -> team.coursesXlsx(locale)));
        exports.addClassName("editor-toolbar");
        body.add(exports);
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
            changed();
        });
        plan.setAriaLabel(getTranslation("language.course.plan") + ": " + course.person());
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
            changed();
        });
        complete.setAriaLabel(getTranslation("language.course.complete") + ": " + course.person());
        Button drop = new Button(getTranslation("language.course.drop"), event -> {
            courses.drop(course.id(), course.version(), attended.getValue());
            changed();
        });
        drop.setAriaLabel(getTranslation("language.course.drop") + ": " + course.person());
        FlexLayout form = new FlexLayout(reached, attended, complete, drop);
        form.addClassName("editor-row");
        return form;
    }

    @Override
    public String titleKey() {
        return "nav.team-languages";
    }
}
