package de.willkommensakademie.privacy.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.privacy.RetentionRuns;
import de.willkommensakademie.privacy.RetentionSettings;
import jakarta.annotation.security.RolesAllowed;

/**
 * The administrator's retention page: the period per record type (default, minimum and legal note next to each),
 * whether deletion waits for confirmation, what is due now with the people concerned (confirmed per type), and the
 * log of the last runs, which holds counts only.
 */
@Route("admin/retention")
@RolesAllowed(Role.Name.ADMIN)
@Menu(title = "nav.retention", order = 62, icon = "vaadin:archive")
class RetentionView extends VerticalLayout implements TranslatedTitle {

    private static final int LOG_LINES = 30;

    private final RetentionSettings settings;
    private final RetentionRuns runs;
    private final Map<String, IntegerField> periods = new LinkedHashMap<>();
    private final RadioButtonGroup<Boolean> mode = new RadioButtonGroup<>();
    private final Section due = new Section();
    private final Grid<RetentionRuns.LogLine> log = new Grid<>();

    RetentionView(RetentionSettings settings, RetentionRuns runs) {
        this.settings = settings;
        this.runs = runs;
        addClassName("page");
        add(new H2(getTranslation("nav.retention")), new Paragraph(getTranslation("privacy.retention.intro")));

        add(new H3(getTranslation("privacy.retention.settings")));
        for (RetentionSettings.Setting setting : settings.settings()) {
            IntegerField field = new IntegerField(getTranslation("privacy.retention.type." + setting.type()) + " ("
                    + getTranslation("privacy.retention.unit." + setting.unit().name()) + ")");
            field.setMin(setting.minimum());
            field.setStepButtonsVisible(true);
            // wide enough for the legal note below it, which a number field's own width squeezed into a column
            field.setWidthFull();
            field.setMaxWidth("40em");
            field.setValue(setting.period());
            field.setHelperText(getTranslation("privacy.retention.default-and-minimum", setting.defaultPeriod(),
                    setting.minimum()) + " " + getTranslation("privacy.retention.note." + setting.type()));
            periods.put(setting.type(), field);
            add(field);
        }
        mode.setLabel(getTranslation("privacy.retention.mode"));
        mode.setItems(false, true);
        mode.setItemLabelGenerator(automatic -> getTranslation(
                automatic ? "privacy.retention.mode.automatic" : "privacy.retention.mode.confirmation"));
        mode.setValue(settings.automatic());
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(mode, save);

        add(new H3(getTranslation("privacy.retention.due")), due);
        add(new H3(getTranslation("privacy.retention.log")), new Paragraph(getTranslation("privacy.retention.log.intro")),
                log);
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        log.addColumn(line -> times.format(line.ranAt())).setHeader(getTranslation("privacy.retention.log.when"));
        log.addColumn(line -> getTranslation("privacy.retention.type." + line.type()))
                .setHeader(getTranslation("privacy.retention.log.type"));
        log.addColumn(line -> getTranslation("privacy.retention.trigger." + line.trigger()))
                .setHeader(getTranslation("privacy.retention.log.trigger"));
        log.addColumn(RetentionRuns.LogLine::due).setHeader(getTranslation("privacy.retention.log.due"));
        log.addColumn(RetentionRuns.LogLine::retired).setHeader(getTranslation("privacy.retention.log.retired"));
        log.setAllRowsVisible(true);
        showDue();
    }

    private void save() {
        for (Map.Entry<String, IntegerField> entry : periods.entrySet()) {
            Integer period = entry.getValue().getValue();
            if (period == null) {
                Notifications.error(getTranslation("privacy.retention.error.empty",
                        getTranslation("privacy.retention.type." + entry.getKey())));
                return;
            }
        }
        List<RetentionSettings.Setting> current = settings.settings();
        for (RetentionSettings.Setting setting : current) {
            int chosen = periods.get(setting.type()).getValue();
            if (chosen != setting.period()) {
                settings.change(setting.type(), chosen);
            }
        }
        settings.setAutomatic(Boolean.TRUE.equals(mode.getValue()));
        Notifications.success(getTranslation("privacy.retention.saved"));
        showDue();
    }

    private void showDue() {
        due.removeAll();
        List<RetentionRuns.DueType> types = runs.due().stream().filter(type -> type.records() > 0).toList();
        if (types.isEmpty()) {
            due.add(new Paragraph(getTranslation("privacy.retention.nothing-due")));
        }
        for (RetentionRuns.DueType type : types) {
            String name = getTranslation("privacy.retention.type." + type.type());
            Section section = new Section(new H3(name), new Paragraph(getTranslation("privacy.retention.due-count",
                    type.records(), type.people().size())));
            UnorderedList people = new UnorderedList();
            type.people().forEach(person -> people.add(new ListItem(person.name() == null
                    ? getTranslation("privacy.retention.nobody", person.records())
                    : getTranslation("privacy.retention.person", person.name(), person.records()))));
            Button delete = new Button(getTranslation("privacy.retention.confirm", name), event -> confirm(type, name));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            section.add(people, delete);
            due.add(section);
        }
        log.setItems(runs.log(LOG_LINES));
    }

    private void confirm(RetentionRuns.DueType type, String name) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("privacy.retention.confirm", name));
        dialog.setText(getTranslation("privacy.retention.confirm.text", type.records(), type.people().size()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("privacy.retention.confirm.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            long deleted = runs.confirm(type.type());
            Notifications.success(getTranslation("privacy.retention.deleted", deleted, name));
            showDue();
        });
        dialog.open();
    }

    @Override
    public String titleKey() {
        return "nav.retention";
    }
}
