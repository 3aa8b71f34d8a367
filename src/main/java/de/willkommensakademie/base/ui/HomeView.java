package de.willkommensakademie.base.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** The start page: a greeting and the cards that the features contribute for the person's roles. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, List<HomeWidget> widgets) {
        AppUser user = currentUser.require();
        addClassName("page");
        add(new H2(getTranslation("home.greeting", user.displayName())));
        List<HomeWidget> applicable = widgets.stream()
                .filter(widget -> widget.appliesTo(user))
                .sorted(Comparator.comparingInt(HomeWidget::order))
                .toList();
        if (applicable.isEmpty()) {
            add(new Paragraph(getTranslation("home.nothing")));
        }
        VerticalLayout cards = new VerticalLayout();
        cards.setPadding(false);
        cards.addClassName("cards");
        applicable.forEach(widget -> cards.add(widget.create()));
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " – " + getTranslation("app.name");
    }
}
