package de.willkommensakademie.assessment.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.assessment.ActionPlan;
import de.willkommensakademie.assessment.ActionSummary;
import de.willkommensakademie.assessment.RatingSummary;
import de.willkommensakademie.assessment.ResultsFormat;
import de.willkommensakademie.assessment.RoundAnswers.Comment;
import de.willkommensakademie.assessment.RoundAnswers.GroupKind;
import de.willkommensakademie.assessment.RoundChange;
import de.willkommensakademie.assessment.RoundChange.CornerstoneChange;
import de.willkommensakademie.assessment.RoundChange.StatementChange;
import de.willkommensakademie.assessment.RoundFigures;
import de.willkommensakademie.assessment.RoundFigures.CornerstoneFigures;
import de.willkommensakademie.assessment.RoundFigures.Disagreement;
import de.willkommensakademie.assessment.RoundFigures.DisagreementKind;
import de.willkommensakademie.assessment.RoundFigures.GroupFigures;
import de.willkommensakademie.assessment.RoundFigures.Quadrant;
import de.willkommensakademie.assessment.RoundFigures.StatementFigures;
import de.willkommensakademie.assessment.RoundReport;
import de.willkommensakademie.assessment.RoundResults;
import de.willkommensakademie.base.Text;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.FileTransfer;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.visibility.VisibilityRules;
import jakarta.annotation.security.RolesAllowed;

/**
 * A round's results (route {@code assessment/results/<round id>}): respondents, the radar chart and the priority
 * matrix with their tables, per cornerstone a table of its statements, disagreement, groups, change since the previous
 * round, comments without names, and the report as PDF and CSV. Every figure comes from {@link RoundResults}, which
 * has already hidden what the viewer may not see; a round outside their reach reads as not found.
 */
@Route(RoundResultsView.ROUTE)
@RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
class RoundResultsView extends VerticalLayout implements HasUrlParameter<Long>, TranslatedTitle {

    static final String ROUTE = "assessment/results";

    private final transient RoundResults results;
    private final transient ActionPlan plan;
    private final Locale locale;
    private final transient ResultsFormat format;
    private String defaultLanguage = "de";
    private long roundId;
    private Map<String, List<ActionSummary>> addressing = Map.of();

    RoundResultsView(RoundResults results, ActionPlan plan) {
        this.results = results;
        this.plan = plan;
        this.locale = getLocale();
        this.format = new ResultsFormat(locale, this::getTranslation);
        addClassName("page");
        addClassName("assessment-results");
    }

    @Override
    public String titleKey() {
        return "assessment.results.page-title";
    }

    @Override
    public void setParameter(BeforeEvent event, Long roundId) {
        RoundReport report = results.report(roundId);
        this.roundId = roundId;
        defaultLanguage = report.defaultLanguage();
        RoundFigures figures = report.figures();
        removeAll();
        Anchor back = new Anchor("assessment", getTranslation("assessment.results.back"));
        back.getElement().setAttribute("router-link", true);
        add(back, new H2(getTranslation("assessment.results.heading", report.title())));
        add(new Paragraph(getTranslation("assessment.results.questionnaire", text(report.questionnaireTitle()))),
                new Paragraph(getTranslation("assessment.results.period", report.startsOn(), report.endsOn())),
                new Paragraph(getTranslation("assessment.results.respondents", figures.respondents(),
                        figures.asked())));
        if (!report.ended()) {
            add(new Paragraph(getTranslation("assessment.results.not-ended", report.endsOn())));
            return;
        }
        if (!figures.shown()) {
            add(new Paragraph(getTranslation("assessment.results.too-few", figures.respondents(),
                    VisibilityRules.MIN_GROUP)));
            return;
        }
        add(downloads(report));
        // actions of earlier rounds beside the statements they addressed (the action plan's part of this page)
        addressing = plan.addressing(roundId);
        overview(figures);
        matrix(figures);
        for (CornerstoneFigures cornerstone : figures.cornerstones()) {
            add(new H3(cornerstone(cornerstone.cornerstone())));
            add(new Paragraph(getTranslation("assessment.results.cornerstone.figures",
                    format.summary(cornerstone.current()), format.summary(cornerstone.importance()))));
            add(scrolling(statementTable(cornerstone)));
        }
        disagreements(figures);
        groups(figures);
        change(report.change());
        comments(figures);
    }

    private Component downloads(RoundReport report) {
        String name = getTranslation("assessment.results.csv.file") + "-" + report.roundId();
        Div downloads = new Div(
                FileTransfer.download(getTranslation("assessment.results.download.pdf"), report.title(),
                        name + ".pdf", "application/pdf", () -> results.pdf(report.roundId(), locale)),
                FileTransfer.download(getTranslation("assessment.results.download.csv"), report.title(),
                        name + ".csv", "text/csv", () -> results.csv(report.roundId(), locale)));
        downloads.addClassName("assessment-downloads");
        return downloads;
    }

    private void overview(RoundFigures figures) {
        add(new H3(getTranslation("assessment.results.overview")),
                new Paragraph(getTranslation("assessment.results.overview.explained")));
        List<RadarChart.Axis> axes = figures.cornerstones().stream()
                .map(cornerstone -> new RadarChart.Axis(cornerstone(cornerstone.cornerstone()),
                        mean(cornerstone.current()), mean(cornerstone.importance())))
                .toList();
        add(scrolling(new Html(RadarChart.html("assessment-radar", axes,
                new RadarChart.Texts(getTranslation("assessment.results.radar.title"),
                        getTranslation("assessment.results.radar.description"),
                        getTranslation("assessment.results.column.current"),
                        getTranslation("assessment.results.column.importance"),
                        getTranslation("assessment.results.column.cornerstone"), format.hidden()),
                locale))));
    }

    private void matrix(RoundFigures figures) {
        add(new H3(getTranslation("assessment.results.matrix.title")),
                new Paragraph(getTranslation("assessment.results.matrix.explained")));
        List<PriorityMatrix.Point> points = figures.statements().stream().filter(s -> s.quadrant() != null)
                .map(s -> new PriorityMatrix.Point(s.number(), text(s.text()), s.current().mean(),
                        s.importance().mean(), s.quadrant()))
                .toList();
        List<String> quadrants = new ArrayList<>();
        for (Quadrant quadrant : Quadrant.values()) {
            quadrants.add(getTranslation("assessment.results.quadrant." + quadrant.name()));
        }
        add(scrolling(new Html(PriorityMatrix.html("assessment-matrix", points,
                new PriorityMatrix.Texts(getTranslation("assessment.results.matrix.title"),
                        getTranslation("assessment.results.matrix.description"),
                        getTranslation("assessment.results.column.current"),
                        getTranslation("assessment.results.column.importance"),
                        getTranslation("assessment.results.column.number"),
                        getTranslation("assessment.results.column.statement"),
                        getTranslation("assessment.results.column.quadrant"), quadrants),
                locale))));
        add(new H4(getTranslation("assessment.results.quadrant.ACT_NOW")));
        if (figures.actNow().isEmpty()) {
            add(new Paragraph(getTranslation("assessment.results.act-now.none")));
            return;
        }
        UnorderedList actNow = new UnorderedList();
        actNow.addClassName("assessment-act-now");
        for (StatementFigures statement : figures.actNow()) {
            ListItem item = new ListItem(getTranslation("assessment.results.act-now.line", statement.number(),
                    text(statement.text()), format.mean(statement.current()), format.mean(statement.importance())));
            item.add(createAction(statement));
            actNow.add(item);
        }
        add(actNow);
    }

    /**
     * The statements of one cornerstone, one row each: number, text, mean ± spread of both scales, answers and
     * "cannot judge". Whatever else belongs beside a statement (such as actions addressing it) is a further column of
     * this table.
     */
    Grid<StatementFigures> statementTable(CornerstoneFigures cornerstone) {
        Grid<StatementFigures> grid = new Grid<>();
        grid.addColumn(StatementFigures::number).setHeader(getTranslation("assessment.results.column.number"))
                .setWidth("4em").setFlexGrow(0);
        grid.addColumn(statement -> text(statement.text()))
                .setHeader(getTranslation("assessment.results.column.statement")).setWidth("16em").setFlexGrow(1);
        grid.addColumn(statement -> format.summary(statement.current()))
                .setHeader(getTranslation("assessment.results.column.current")).setAutoWidth(true);
        grid.addColumn(statement -> format.summary(statement.importance()))
                .setHeader(getTranslation("assessment.results.column.importance")).setAutoWidth(true);
        grid.addColumn(StatementFigures::responses).setHeader(getTranslation("assessment.results.column.responses"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(statement -> statement.cannotJudgeCurrent() + " / " + statement.cannotJudgeImportance())
                .setHeader(getTranslation("assessment.results.column.cannot-judge")).setAutoWidth(true);
        grid.addColumn(statement -> earlierActions(statement.key()))
                .setHeader(getTranslation("assessment.action.results.column")).setWidth("14em").setFlexGrow(1);
        grid.setItems(cornerstone.statements());
        grid.setAriaLabel(getTranslation("assessment.results.statements") + ": "
                + cornerstone(cornerstone.cornerstone()));
        return finished(grid);
    }

    private void disagreements(RoundFigures figures) {
        add(new H3(getTranslation("assessment.results.disagreement.title")),
                new Paragraph(getTranslation("assessment.results.disagreement.explained",
                        format.decimal(RoundFigures.WIDE_SPREAD), format.decimal(RoundFigures.GROUPS_DIFFER))));
        if (figures.disagreements().isEmpty()) {
            add(new Paragraph(getTranslation("assessment.results.disagreement.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (Disagreement disagreement : figures.disagreements()) {
            StatementFigures statement = disagreement.statement();
            String scale = getTranslation("assessment.results.scale." + disagreement.scale().name());
            list.add(new ListItem(disagreement.kind() == DisagreementKind.WIDE_SPREAD
                    ? getTranslation("assessment.results.disagreement.spread", statement.number(),
                            text(statement.text()), scale, format.decimal(disagreement.spread()))
                    : getTranslation("assessment.results.disagreement.groups", statement.number(),
                            text(statement.text()), scale, group(disagreement.highest().kind(),
                                    disagreement.highest().name()),
                            format.decimal(disagreement.highest().mean()),
                            group(disagreement.lowest().kind(), disagreement.lowest().name()),
                            format.decimal(disagreement.lowest().mean()))));
        }
        add(list);
    }

    private void groups(RoundFigures figures) {
        add(new H3(getTranslation("assessment.results.groups.title")),
                new Paragraph(getTranslation("assessment.results.groups.explained")));
        if (figures.groups().isEmpty()) {
            add(new Paragraph(getTranslation("assessment.results.groups.none")));
            return;
        }
        Grid<GroupFigures> grid = new Grid<>();
        grid.addColumn(group -> group(group.kind(), group.name()))
                .setHeader(getTranslation("assessment.results.column.group")).setWidth("12em").setFlexGrow(1);
        grid.addColumn(group -> getTranslation("assessment.results.group.respondents", group.respondents(),
                group.asked()))
                .setHeader(getTranslation("assessment.results.column.respondents")).setWidth("10em");
        for (Cornerstone cornerstone : Cornerstone.values()) {
            grid.addColumn(group -> group.cornerstones().stream()
                    .filter(figure -> figure.cornerstone() == cornerstone).findFirst()
                    .map(figure -> format.mean(figure.current()) + " / " + format.mean(figure.importance()))
                    .orElse("–"))
                    .setHeader(getTranslation("assessment.results.column.cornerstone-scales",
                            cornerstone(cornerstone)))
                    .setAutoWidth(true);
        }
        grid.setItems(figures.groups());
        grid.setAriaLabel(getTranslation("assessment.results.groups.title"));
        add(scrolling(finished(grid)));
    }

    private void change(RoundChange change) {
        add(new H3(getTranslation("assessment.results.change.title")));
        if (change == null) {
            add(new Paragraph(getTranslation("assessment.results.change.none")));
            return;
        }
        add(new Paragraph(getTranslation("assessment.results.change.explained", change.previousTitle(),
                format.decimal(RoundChange.LEVEL_BAND))));
        for (CornerstoneChange cornerstone : change.cornerstones()) {
            add(new H4(cornerstone(cornerstone.cornerstone())));
            add(new Paragraph(getTranslation("assessment.results.change.cornerstone",
                    format.delta(cornerstone.current()), format.delta(cornerstone.importance()))));
            Grid<StatementChange> grid = new Grid<>();
            grid.addColumn(StatementChange::number).setHeader(getTranslation("assessment.results.column.number"))
                    .setWidth("4em").setFlexGrow(0);
            grid.addColumn(statement -> text(statement.text()))
                    .setHeader(getTranslation("assessment.results.column.statement")).setWidth("16em")
                    .setFlexGrow(1);
            grid.addColumn(statement -> format.delta(statement.current()))
                    .setHeader(getTranslation("assessment.results.column.current")).setAutoWidth(true);
            grid.addColumn(statement -> format.delta(statement.importance()))
                    .setHeader(getTranslation("assessment.results.column.importance")).setAutoWidth(true);
            grid.setItems(cornerstone.statements());
            grid.setAriaLabel(getTranslation("assessment.results.change.title") + ": "
                    + cornerstone(cornerstone.cornerstone()));
            add(scrolling(finished(grid)));
        }
    }

    private void comments(RoundFigures figures) {
        add(new H3(getTranslation("assessment.results.comments.title")),
                new Paragraph(getTranslation("assessment.results.comments.explained")));
        if (figures.comments().isEmpty()) {
            add(new Paragraph(getTranslation("assessment.results.comments.none")));
            return;
        }
        for (Cornerstone cornerstone : Cornerstone.values()) {
            List<Comment> comments = figures.commentsOn(cornerstone);
            if (comments.isEmpty()) {
                continue;
            }
            add(new H4(cornerstone(cornerstone)));
            UnorderedList list = new UnorderedList();
            list.addClassName("assessment-comments");
            comments.forEach(comment -> list.add(new ListItem(comment.text())));
            add(list);
        }
    }

    /** Opens the action plan's dialog for a new action addressing this statement of this round. */
    private Button createAction(StatementFigures statement) {
        Button create = new Button(getTranslation("assessment.action.results.create"),
                event -> ActionDialog.create(plan, roundId, Set.of(statement.key()), () -> {
                }).open());
        create.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        create.setAriaLabel(getTranslation("assessment.action.results.create-for", statement.number(),
                text(statement.text())));
        return create;
    }

    /** The actions of earlier rounds that addressed a statement, with status and due date; a dash for none. */
    private String earlierActions(String statementKey) {
        List<ActionSummary> actions = addressing.getOrDefault(statementKey, List.of());
        if (actions.isEmpty()) {
            return "–";
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return actions.stream().map(action -> getTranslation(action.overdue() ? "assessment.action.results.overdue"
                : "assessment.action.results.line", action.title(),
                getTranslation("assessment.action.status." + action.status().name()), dates.format(action.dueOn())))
                .collect(Collectors.joining("; "));
    }

    private static <T> Grid<T> finished(Grid<T> grid) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setMinWidth("36em");
        return grid;
    }

    /** Wide tables and charts scroll sideways inside the page on a phone instead of widening it. */
    private static Div scrolling(Component component) {
        Div box = new Div(component);
        box.addClassName("assessment-scroll");
        box.setWidthFull();
        return box;
    }

    private String text(Text text) {
        return text.in(locale, defaultLanguage);
    }

    private String cornerstone(Cornerstone cornerstone) {
        return getTranslation("cornerstone." + cornerstone.name());
    }

    private String group(GroupKind kind, Text name) {
        return getTranslation("assessment.results.group." + kind.name(), text(name));
    }

    private static Double mean(RatingSummary summary) {
        return summary.shown() ? summary.mean() : null;
    }
}
