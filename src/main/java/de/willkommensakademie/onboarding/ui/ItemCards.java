package de.willkommensakademie.onboarding.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.onboarding.ItemStatus;
import de.willkommensakademie.onboarding.Onboarding;
import de.willkommensakademie.onboarding.OnboardingItem;

/**
 * Checklist items as a list: title, who and when, status in words (never colour alone), who confirmed or sent an item
 * back, and the buttons the reader may use — tick with an optional comment, confirm or send back with a reason, or
 * (for the manager) leave out with a reason.
 */
class ItemCards extends UnorderedList {


    ItemCards(List<OnboardingItem> shown, boolean showPerson, Actions actions) {
        addClassName("onboarding-items");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        if (shown.isEmpty()) {
            add(new ListItem(new Paragraph(getTranslation("onboarding.nothing"))));
        }
        for (OnboardingItem item : shown) {
            ListItem entry = new ListItem();
            entry.addClassName("onboarding-item");
            if (item.overdue()) {
                entry.addClassName("overdue");
            }
            String heading = (showPerson ? item.person() + ": " : "") + item.title();
            Div text = new Div(new H4(heading));
            Span meta = new Span(getTranslation("onboarding.who." + item.responsible().name()) + " · "
                    + getTranslation("onboarding.due", dates.format(item.dueDate())) + " · " + status(item));
            meta.addClassName("onboarding-meta");
            text.add(meta);
            if (item.description() != null) {
                text.add(new Paragraph(item.description()));
            }
            if (item.comment() != null) {
                text.add(new Paragraph(getTranslation("onboarding.comment", item.comment())));
            }
            if (item.sentBackReason() != null) {
                text.add(new Paragraph(getTranslation("onboarding.sent-back-note", item.sentBackBy(),
                        dates.format(item.sentBackOn()), item.sentBackReason())));
            }
            if (item.signedOff() && item.signedOffBy() != null) {
                text.add(new Paragraph(getTranslation("onboarding.signed-off-note", item.signedOffBy(),
                        dates.format(item.signedOffOn()))));
            }
            if (item.skipReason() != null) {
                text.add(new Paragraph(getTranslation("onboarding.skipped-because", item.skipReason())));
            }
            entry.add(text);
            if (item.mayTick() && actions.tick() != null) {
                TextField comment = field("onboarding.field.comment");
                Button done = button("onboarding.tick", heading,
                        () -> actions.tick().accept(new TickRequest(item, comment.getValue())));
                done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                entry.add(row(comment, done));
            }
            if (item.maySignOff() && actions.signOff() != null) {
                Button confirm = button("onboarding.sign-off", heading, () -> actions.signOff().accept(item));
                confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                TextField reason = field("onboarding.field.send-back-reason");
                Button back = button("onboarding.send-back", heading,
                        () -> actions.sendBack().accept(item, reason.getValue()));
                entry.add(row(confirm, reason, back));
            }
            if (item.status() == ItemStatus.OPEN && actions.skip() != null) {
                TextField reason = field("onboarding.field.skip-reason");
                Button skip = button("onboarding.skip", heading, () -> actions.skip().accept(item, reason.getValue()));
                entry.add(row(reason, skip));
            }
            add(entry);
        }
    }

    private TextField field(String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(Onboarding.TEXT_LENGTH);
        return field;
    }

    private Button button(String key, String heading, Runnable action) {
        Button button = new Button(getTranslation(key), event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(key) + ": " + heading);
        return button;
    }

    private static FlexLayout row(Component... parts) {
        FlexLayout row = new FlexLayout(parts);
        row.addClassName("editor-row");
        return row;
    }

    private String status(OnboardingItem item) {
        if (item.waiting()) {
            return getTranslation("onboarding.status.WAITING");
        }
        String status = getTranslation(item.status() == ItemStatus.OPEN && item.sentBackReason() != null
                ? "onboarding.status.SENT_BACK" : "onboarding.status." + item.status().name())
                + (item.automatic() ? " (" + getTranslation("onboarding.automatic") + ")" : "");
        return item.overdue() ? getTranslation("onboarding.overdue") + " – " + status : status;
    }

    /** A tick with what the person wrote. */
    record TickRequest(OnboardingItem item, String comment) {
    }

    /** What the reader may do here; a null action shows no button. */
    record Actions(Consumer<TickRequest> tick, Consumer<OnboardingItem> signOff,
            BiConsumer<OnboardingItem, String> sendBack, BiConsumer<OnboardingItem, String> skip) {
    }
}
