package de.willkommensakademie.onboarding.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.I18NProvider;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.HomeWidget;
import de.willkommensakademie.onboarding.MyOnboarding;
import de.willkommensakademie.onboarding.Onboarding;
import de.willkommensakademie.onboarding.OnboardingItem;

/** The start page's onboarding card for people in their first weeks: progress and what is overdue. */
@org.springframework.stereotype.Component
class OnboardingCard implements HomeWidget {

    private final Onboarding onboarding;

    OnboardingCard(Onboarding onboarding) {
        this.onboarding = onboarding;
    }

    @Override
    public int order() {
        return 3;
    }

    /** Only for people who have a checklist: long-serving staff see no empty card. */
    @Override
    public boolean appliesTo(AppUser user) {
        return user.hasRole(Role.EMPLOYEE) && onboarding.mine(Locale.GERMAN).isPresent();
    }

    @Override
    public Component create() {
        Locale locale = UI.getCurrent() == null ? Locale.GERMAN : UI.getCurrent().getLocale();
        Optional<MyOnboarding> mine = onboarding.mine(locale);
        Section card = new Section(new H3(I18NProvider.translate("nav.onboarding")));
        card.addClassName("card");
        Div body = new Div();
        body.addClassName("card-body");
        if (mine.isEmpty()) {
            return card;
        }
        long overdue = mine.get().items().stream().filter(OnboardingItem::overdue)
                .filter(item -> item.mayTick()).count();
        body.add(new Paragraph(I18NProvider.translate("onboarding.progress", mine.get().finished(),
                mine.get().items().size())), new Paragraph(I18NProvider.translate("home.onboarding.overdue", overdue)),
                new Anchor("onboarding", I18NProvider.translate("nav.onboarding")));
        card.add(body);
        return card;
    }
}
