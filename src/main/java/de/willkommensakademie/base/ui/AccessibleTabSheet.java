package de.willkommensakademie.base.ui;

import com.vaadin.flow.component.tabs.TabSheet;

/**
 * A tab sheet whose tab list contains only tabs for assistive technology. Vaadin 25's tabs wrap their tabs in a scroll
 * box with {@code tabindex="-1"}, a focusable element between the tab list and its tabs, which breaks the ARIA
 * tablist → tab structure (axe: aria-required-children, critical). The box is never meant to take focus, so the
 * attribute is removed in the browser once the tabs have rendered.
 */
public class AccessibleTabSheet extends TabSheet {

    public AccessibleTabSheet() {
        addAttachListener(event -> getElement().executeJs("""
                const tabs = this.querySelector(':scope > vaadin-tabs');
                customElements.whenDefined('vaadin-tabs')
                    .then(() => tabs && tabs.updateComplete)
                    .then(() => {
                        const scroll = tabs && tabs.shadowRoot && tabs.shadowRoot.getElementById('scroll');
                        if (scroll) {
                            scroll.removeAttribute('tabindex');
                        }
                    });
                """));
    }
}
