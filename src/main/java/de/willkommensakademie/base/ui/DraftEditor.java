package de.willkommensakademie.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Parts the draft editors (modules, role-plays, onboarding templates) share: the save / check / publish toolbar and
 * titled sections. Plain sections rather than tabs, so everything stays reachable by heading navigation.
 */
public final class DraftEditor {

    private DraftEditor() {
    }

    /** Save, check and publish; {@code more} are added after them (e.g. a preview button). */
    public static FlexLayout toolbar(Runnable save, Runnable check, Runnable publish, Component... more) {
        Button saveButton = new Button(I18NProvider.translate("action.save"), event -> save.run());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout toolbar = new FlexLayout(saveButton,
                new Button(I18NProvider.translate("editor.check"), event -> check.run()),
                new Button(I18NProvider.translate("module.action.publish"), event -> publish.run()));
        toolbar.add(more);
        toolbar.addClassName("editor-toolbar");
        return toolbar;
    }

    public static Section section(String headingKey, Component... content) {
        Section section = new Section(new H3(I18NProvider.translate(headingKey)));
        section.add(content);
        section.addClassName("editor-section");
        return section;
    }

    /**
     * What an editor shows instead of itself for content the person cannot edit (shipped or shared content, an
     * archived one, an old link): why, the way back to the list, and a copy to adapt. An expected situation, so no
     * error page. {@code reasonKey} is the error message ({@code <type>.error.archived} or {@code .not-own}), given the
     * content's key.
     */
    public static void showNotEditable(VerticalLayout editor, String listRoute, String backKey, String title,
            String reasonKey, String key, Runnable duplicate) {
        editor.removeAll();
        Button copy = new Button(I18NProvider.translate("module.action.duplicate"), event -> duplicate.run());
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        editor.add(new Anchor(listRoute, I18NProvider.translate(backKey)),
                new H2(I18NProvider.translate("editor.not-editable.title", title)),
                new Paragraph(I18NProvider.translate(reasonKey, key)), copy);
    }
}
