package de.willkommensakademie.onboarding.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;

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
import de.willkommensakademie.onboarding.OnboardingItem;

/**
 * Checklist items as a list: title, who and when, status in words (never colour alone), and the buttons the reader
 * may use — tick with an optional comment, or sign off.
 */
class ItemCards extends UnorderedList {

    ItemCards(List<OnboardingItem> shown, boolean showPerson, Consumer<TickRequest> tick, Consumer<OnboardingItem> signOff) {
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
            if (item.skipReason() != null) {
                text.add(new Paragraph(getTranslation("onboarding.skipped-because", item.skipReason())));
            }
            entry.add(text);
            if (item.mayTick()) {
                TextField comment = new TextField(getTranslation("onboarding.field.comment"));
                comment.setMaxLength(1000);
                Button done = new Button(getTranslation("onboarding.tick"),
                        event -> tick.accept(new TickRequest(item, comment.getValue())));
                done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                done.setAriaLabel(getTranslation("onboarding.tick") + ": " + heading);
                FlexLayout actions = new FlexLayout(comment, done);
                actions.addClassName("editor-row");
                entry.add(actions);
            }
            if (item.maySignOff()) {
                Button sign = new Button(getTranslation("onboarding.sign-off"), event -> signOff.accept(item));
                sign.addThemeVariants(ButtonVariant.LUMO_SMALL);
                sign.setAriaLabel(getTranslation("onboarding.sign-off") + ": " + heading);
                entry.add(sign);
            }
            add(entry);
        }
    }

    private String status(OnboardingItem item) {
        if (item.status() == ItemStatus.DONE && item.needsSignOff() && !item.signedOff()) {
            return getTranslation("onboarding.status.WAITING");
        }
        String status = getTranslation("onboarding.status." + item.status().name())
                + (item.automatic() ? " (" + getTranslation("onboarding.automatic") + ")" : "");
        return item.overdue() ? getTranslation("onboarding.overdue") + " – " + status : status;
    }

    /** A tick with what the person wrote. */
    record TickRequest(OnboardingItem item, String comment) {
    }
}
