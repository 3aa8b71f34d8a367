package de.willkommensakademie.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import de.willkommensakademie.base.events.FailingEvents;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.Role;

/**
 * The start page's warning for administrators and the platform operator when automatic follow-up steps (a
 * certificate, a checklist, a ticked item) keep failing: how many, of which kind, and that they are retried. It shows
 * only while there are any, next to the open tasks the administrator looks at anyway.
 */
@org.springframework.stereotype.Component
class FailingEventsCard implements HomeWidget {

    private final FailingEvents failing;

    FailingEventsCard(FailingEvents failing) {
        this.failing = failing;
    }

    /** Right after the administration card (30) and the operator's card (40 comes later, so the warning is first). */
    @Override
    public int order() {
        return 31;
    }

    @Override
    public boolean appliesTo(AppUser user) {
        return (user.hasRole(Role.ADMIN) || user.isOperator()) && failing.keepFailing().total() > 0;
    }

    @Override
    public Component create() {
        FailingEvents.Summary summary = failing.keepFailing();
        Section card = new Section(new H3(tr("home.events.title")));
        card.addClassNames("card", "card-warning");
        UnorderedList kinds = new UnorderedList();
        summary.byListener().forEach((listener, count) -> kinds.add(new ListItem(tr("home.events.line",
                tr("events.listener." + listener), count))));
        Div body = new Div(new Paragraph(tr(summary.complete() ? "home.events.failing" : "home.events.failing-more",
                summary.total())), kinds, new Paragraph(tr("home.events.hint")));
        body.addClassName("card-body");
        card.add(body);
        return card;
    }

    private static String tr(String key, Object... params) {
        return I18NProvider.translate(key, params);
    }
}
