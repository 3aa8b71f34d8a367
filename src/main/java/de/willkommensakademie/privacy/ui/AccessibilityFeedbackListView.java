package de.willkommensakademie.privacy.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.privacy.AccessibilityFeedbackRow;
import de.willkommensakademie.privacy.AccessibilityFeedbackService;
import jakarta.annotation.security.RolesAllowed;

/**
 * The barriers reported to the administrator's authority, newest first: when each arrived, by when it must be
 * answered (one month), overdue ones marked in words, and who wrote about which page. Answering happens by e-mail or
 * phone outside the application; here it is marked as done.
 */
@Route(AccessibilityFeedbackService.ADMIN_ROUTE)
@RolesAllowed(Role.Name.ADMIN)
@Menu(title = "nav.accessibility-feedback", order = 66, icon = "vaadin:envelope-o")
class AccessibilityFeedbackListView extends VerticalLayout implements TranslatedTitle {

    private final transient AccessibilityFeedbackService feedback;
    private final Grid<AccessibilityFeedbackRow> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final DateTimeFormatter dates;

    AccessibilityFeedbackListView(AccessibilityFeedbackService feedback) {
        this.feedback = feedback;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        addClassName("page");
        grid.setAriaLabel(getTranslation("nav.accessibility-feedback"));
        grid.addColumn(row -> dates.format(LocalDate.ofInstant(row.receivedAt(), ZoneId.systemDefault())))
                .setHeader(getTranslation("accessibility.feedback.received")).setAutoWidth(true);
        grid.addColumn(row -> dates.format(row.answerBy())).setHeader(getTranslation("accessibility.feedback.answer-by"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("accessibility.feedback.status"))
                .setAutoWidth(true);
        grid.addColumn(this::sender).setHeader(getTranslation("accessibility.feedback.sender"));
        grid.addColumn(row -> row.page() == null ? "" : row.page())
                .setHeader(getTranslation("accessibility.feedback.page"));
        grid.addColumn(AccessibilityFeedbackRow::message).setHeader(getTranslation("accessibility.feedback.message"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::action).setHeader(getTranslation("accessibility.feedback.action"))
                .setKey("action").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("nav.accessibility-feedback")),
                new Paragraph(getTranslation("accessibility.feedback.list-intro")), empty, grid);
        refresh();
    }

    private Span status(AccessibilityFeedbackRow row) {
        String text;
        if (row.answeredAt() != null) {
            text = getTranslation("accessibility.feedback.answered-on",
                    dates.format(LocalDate.ofInstant(row.answeredAt(), ZoneId.systemDefault())));
        } else {
            text = getTranslation(row.overdue() ? "accessibility.feedback.overdue" : "accessibility.feedback.open");
        }
        Span status = new Span(text);
        status.addClassName("status-badge");
        if (row.overdue()) {
            status.addClassName("status-locked");
        }
        return status;
    }

    private String sender(AccessibilityFeedbackRow row) {
        String name = row.name() == null ? "" : row.name();
        String email = row.email() == null ? "" : row.email();
        String both = (name + " " + email).strip();
        return both.isEmpty() ? getTranslation("accessibility.feedback.anonymous") : both;
    }

    private Button action(AccessibilityFeedbackRow row) {
        Button answered = new Button(getTranslation("accessibility.feedback.mark-answered"), click -> {
            feedback.markAnswered(row.id(), row.version());
            Notifications.success(getTranslation("accessibility.feedback.marked"));
            refresh();
        });
        answered.setAriaLabel(getTranslation("accessibility.feedback.mark-answered.aria",
                dates.format(LocalDate.ofInstant(row.receivedAt(), ZoneId.systemDefault()))));
        answered.setVisible(row.answeredAt() == null);
        return answered;
    }

    private void refresh() {
        List<AccessibilityFeedbackRow> rows = feedback.requests();
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setText(getTranslation("accessibility.feedback.none"));
        empty.setVisible(rows.isEmpty());
    }

    @Override
    public String titleKey() {
        return "nav.accessibility-feedback";
    }
}
