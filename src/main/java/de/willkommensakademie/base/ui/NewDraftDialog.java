package de.willkommensakademie.base.ui;

import java.util.function.BiFunction;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.base.content.AuthoredContent;

/**
 * Starts a new draft of authored content (a module, a role-play) from its German and English title, then opens it:
 * {@code create} returns the new draft's id, {@code open} shows its editor.
 */
public class NewDraftDialog extends Dialog {

    public NewDraftDialog(String headingKey, String explanationKey, BiFunction<String, String, Long> create,
            LongConsumer open) {
        setHeaderTitle(getTranslation(headingKey));
        TextField titleDe = title("module.field.title-de");
        TextField titleEn = title("module.field.title-en");
        titleDe.setRequired(true);
        Button save = new Button(getTranslation("action.save"), event -> {
            long id = create.apply(titleDe.getValue(), titleEn.getValue());
            close();
            open.accept(id);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (explanationKey != null) {
            add(new Paragraph(getTranslation(explanationKey)));
        }
        add(new VerticalLayout(titleDe, titleEn));
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
        setWidth("min(32rem, 100vw)");
    }

    private TextField title(String labelKey) {
        TextField title = new TextField(getTranslation(labelKey));
        title.setMaxLength(AuthoredContent.TITLE_LENGTH);
        title.setWidthFull();
        return title;
    }
}
