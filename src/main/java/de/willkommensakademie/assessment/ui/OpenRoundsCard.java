package de.willkommensakademie.assessment.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.I18NProvider;
import de.willkommensakademie.assessment.Answering;
import de.willkommensakademie.assessment.OpenRound;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.ui.HomeWidget;

/**
 * The start page's card for people asked in a running round they have not answered: what it is, until when, and the
 * way to the answers (employees reach answering only from here and from the reminder).
 */
@org.springframework.stereotype.Component
class OpenRoundsCard implements HomeWidget {

    private final Answering answering;

    OpenRoundsCard(Answering answering) {
        this.answering = answering;
    }

    @Override
    public int order() {
        return 2;
    }

    @Override
    public boolean appliesTo(AppUser user) {
        return !user.isOperator() && !answering.myOpenRounds().isEmpty();
    }

    @Override
    public Component create() {
        Locale locale = UI.getCurrent() == null ? Locale.GERMAN : UI.getCurrent().getLocale();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        Section card = new Section(new H3(I18NProvider.translate("assessment.answer.card.title")));
        card.addClassName("card");
        Div body = new Div();
        body.addClassName("card-body");
        List<OpenRound> open = answering.myOpenRounds();
        body.add(new Paragraph(I18NProvider.translate("assessment.answer.card.text")));
        for (OpenRound round : open) {
            Anchor link = new Anchor("assessment/answer/" + round.roundId(), I18NProvider.translate(
                    round.draftSaved() ? "assessment.answer.card.continue" : "assessment.answer.card.answer",
                    round.title()));
            link.getElement().setAttribute("router-link", true);
            body.add(new Paragraph(link), new Paragraph(I18NProvider.translate("assessment.answer.card.until",
                    dates.format(round.endsOn()))));
        }
        card.add(body);
        return card;
    }
}
