package de.willkommensakademie.team.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.team.VisibilityTable;
import de.willkommensakademie.visibility.PresetState;
import de.willkommensakademie.visibility.VisibilityPreset;
import de.willkommensakademie.visibility.VisibilitySettings;
import jakarta.annotation.security.RolesAllowed;

/**
 * The administrator's choice of staff-council preset: the three presets in plain words, the full table for the one
 * selected, who changed it last, and a confirmation before everyone is notified.
 */
@Route("admin/visibility")
@RolesAllowed(Role.Name.ADMIN)
@Menu(title = "nav.visibility", order = 61, icon = "vaadin:handshake")
class VisibilitySettingsView extends VerticalLayout implements TranslatedTitle {

    private final VisibilitySettings settings;
    private final RadioButtonGroup<VisibilityPreset> choice = new RadioButtonGroup<>();
    private final Paragraph lastChanged = new Paragraph();
    private final Section explanation = new Section();
    private PresetState state;

    VisibilitySettingsView(VisibilitySettings settings) {
        this.settings = settings;
        addClassName("page");
        state = settings.state();

        choice.setLabel(getTranslation("visibility.choice"));
        choice.setItems(VisibilityPreset.values());
        choice.setRenderer(new ComponentRenderer<>(this::option));
        choice.setValue(state.preset());
        choice.setRequired(true);
        choice.addValueChangeListener(event -> explain(event.getValue()));

        Button save = new Button(getTranslation("action.save"), event -> confirm());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        explanation.addClassName("visibility-explanation");
        add(new H2(getTranslation("nav.visibility")), new Paragraph(getTranslation("visibility.intro")), choice,
                lastChanged, save, explanation);
        showLastChanged();
        explain(state.preset());
    }

    /** A radio button's label: the preset's name and, in one sentence block, what managers see. */
    private Span option(VisibilityPreset preset) {
        Span name = bold(getTranslation(preset.nameKey()));
        // Phrasing content only: this sits inside the radio button's label element.
        Span managers = new Span(getTranslation("visibility.preset." + preset.name() + ".managers"));
        managers.getStyle().set("display", "block");
        name.getStyle().set("display", "block");
        Span option = new Span(name, managers);
        option.addClassName("visibility-option");
        return option;
    }

    private void explain(VisibilityPreset preset) {
        explanation.removeAll();
        if (preset == null) {
            return;
        }
        String name = getTranslation(preset.nameKey());
        explanation.add(new H3(getTranslation("visibility.table.heading", name)),
                labelled("visibility.label.managers", "visibility.preset." + preset.name() + ".managers"),
                labelled("visibility.label.admins", "visibility.preset." + preset.name() + ".admins"),
                labelled("visibility.label.nobody", "visibility.nobody"),
                new VisibilityRulesTable(getTranslation("visibility.table.caption", name), VisibilityTable.VIEWERS,
                        VisibilityTable.VIEWERS.stream().map(viewer -> getTranslation("visibility.viewer."
                                + viewer.name())).toList(), preset));
    }

    private Paragraph labelled(String labelKey, String textKey) {
        Span label = bold(getTranslation(labelKey) + ": ");
        return new Paragraph(label, new Span(getTranslation(textKey)));
    }

    private static Span bold(String text) {
        Span span = new Span(text);
        span.getStyle().set("font-weight", "600");
        return span;
    }

    private void showLastChanged() {
        if (state.neverChanged()) {
            lastChanged.setText(getTranslation("visibility.never-changed", getTranslation(state.preset().nameKey())));
        } else {
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(getLocale()).withZone(ZoneId.systemDefault());
            lastChanged.setText(getTranslation("visibility.last-changed", state.changedBy(),
                    when.format(state.changedAt())));
        }
    }

    private void confirm() {
        VisibilityPreset chosen = choice.getValue();
        if (chosen == null) {
            Notifications.error(getTranslation("visibility.error.choose"));
            return;
        }
        if (chosen == state.preset()) {
            Notifications.success(getTranslation("visibility.unchanged"));
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("visibility.confirm.title"));
        dialog.setText(getTranslation("visibility.confirm.text", getTranslation(state.preset().nameKey()),
                getTranslation(chosen.nameKey())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("visibility.confirm.ok"));
        dialog.addConfirmListener(event -> {
            settings.change(chosen, state.version());
            state = settings.state();
            showLastChanged();
            Notifications.success(getTranslation("visibility.saved", getTranslation(chosen.nameKey())));
        });
        dialog.open();
    }

    @Override
    public String titleKey() {
        return "nav.visibility";
    }
}
