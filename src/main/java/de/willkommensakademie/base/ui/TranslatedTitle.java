package de.willkommensakademie.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;

/** The browser tab names the page and the product, in the person's language (WCAG 2.4.2). */
public interface TranslatedTitle extends HasDynamicTitle {

    String titleKey();

    @Override
    default String getPageTitle() {
        return I18NProvider.translate(titleKey()) + " – " + I18NProvider.translate("app.name");
    }
}
