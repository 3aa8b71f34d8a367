package de.willkommensakademie.learning.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.I18NProvider;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.HomeWidget;
import de.willkommensakademie.learning.LearningItem;
import de.willkommensakademie.learning.MyLearning;
import org.springframework.stereotype.Component;

/** The start page's learning card: how many modules are overdue, open and in progress. */
@Component
class LearningCard implements HomeWidget {

    private final MyLearning myLearning;

    LearningCard(MyLearning myLearning) {
        this.myLearning = myLearning;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public boolean appliesTo(AppUser user) {
        return user.hasRole(Role.EMPLOYEE);
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        List<LearningItem> items = myLearning.overview();
        Section card = new Section(new H3(I18NProvider.translate("home.learning.title")));
        card.addClassName("card");
        Div body = new Div();
        body.addClassName("card-body");
        body.add(new Paragraph(I18NProvider.translate("home.learning.counts",
                count(items, LearningItem.Group.OVERDUE), count(items, LearningItem.Group.DUE),
                count(items, LearningItem.Group.IN_PROGRESS))));
        body.add(new Anchor("learning", I18NProvider.translate("nav.my-learning")));
        card.add(body);
        return card;
    }

    private static long count(List<LearningItem> items, LearningItem.Group group) {
        return items.stream().filter(item -> item.group() == group).count();
    }
}
