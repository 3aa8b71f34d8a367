package de.willkommensakademie.language.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.language.Cefr;
import de.willkommensakademie.language.LanguageTargets;
import de.willkommensakademie.language.Languages;
import de.willkommensakademie.language.PriorityLanguages;
import de.willkommensakademie.language.Skill;
import de.willkommensakademie.language.Target;
import de.willkommensakademie.people.JobRoleOption;
import de.willkommensakademie.people.JobRoleService;
import jakarta.annotation.security.RolesAllowed;

/** The admin's language settings: the authority's priority languages and the targets per job role. */
@Route("admin/languages")
@RolesAllowed(Role.Name.ADMIN)
@Menu(title = "nav.language-settings", order = 60, icon = "vaadin:globe")
class LanguageSettingsView extends VerticalLayout implements TranslatedTitle {

    private final transient LanguageTargets targets;
    private final List<JobRoleOption> jobRoles;
    private final UnorderedList targetList = new UnorderedList();

    LanguageSettingsView(PriorityLanguages priorities, LanguageTargets targets, JobRoleService jobRoles) {
        this.targets = targets;
        this.jobRoles = jobRoles.options();
        addClassName("page");
        Locale locale = getLocale();
        MultiSelectComboBox<String> chosen = new MultiSelectComboBox<>(getTranslation("language.priority"));
        chosen.setItems(Languages.all().stream().sorted(Languages.byName(locale)).toList());
        chosen.setItemLabelGenerator(code -> Languages.name(code, locale));
        chosen.select(priorities.current());
        chosen.setWidthFull();
        Button save = new Button(getTranslation("action.save"), event -> {
            List<String> ordered = new ArrayList<>(priorities.current());
            ordered.retainAll(chosen.getSelectedItems());
            chosen.getSelectedItems().stream().filter(code -> !ordered.contains(code)).sorted(Languages.byName(locale))
                    .forEach(ordered::add);
            priorities.choose(ordered);
            Notifications.success(getTranslation("language.priority.saved"));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.language-settings")), chosen, save,
                new H3(getTranslation("language.targets.all")), targetList, targetForm());
        showTargets();
    }

    private FlexLayout targetForm() {
        ComboBox<JobRoleOption> role = new ComboBox<>(getTranslation("employee.field.job-role"));
        role.setItems(jobRoles);
        role.setItemLabelGenerator(option -> option.name(getLocale()));
        ComboBox<String> language = LanguagePicker.create(getTranslation("language.field.language"), getLocale());
        Select<Skill> skill = new Select<>();
        skill.setLabel(getTranslation("language.field.skill"));
        skill.setItems(Skill.values());
        skill.setItemLabelGenerator(value -> value == null ? "" : getTranslation("language.skill." + value.name()));
        skill.setEmptySelectionAllowed(true);
        skill.setEmptySelectionCaption(getTranslation("language.overall"));
        Select<Cefr> level = new Select<>();
        level.setLabel(getTranslation("language.field.overall"));
        level.setItems(Cefr.values());
        Button add = new Button(getTranslation("language.target.add"), event -> {
            targets.add(role.getValue() == null ? null : role.getValue().code(), language.getValue(),
                    skill.getValue(), level.getValue());
            showTargets();
        });
        FlexLayout form = new FlexLayout(role, language, skill, level, add);
        form.addClassName("editor-row");
        return form;
    }

    private void showTargets() {
        targetList.removeAll();
        List<Target> all = targets.all();
        if (all.isEmpty()) {
            targetList.add(new ListItem(getTranslation("language.targets.none")));
        }
        for (Target target : all) {
            String role = jobRoles.stream().filter(option -> option.code().equals(target.jobRoleCode()))
                    .map(option -> option.name(getLocale())).findFirst().orElse(target.jobRoleCode());
            String text = role + ": " + Languages.name(target.language(), getLocale()) + " " + target.level()
                    + (target.skill() == null ? "" : " (" + getTranslation("language.skill." + target.skill().name())
                            + ")");
            Button remove = new Button(getTranslation("editor.remove"), event -> {
                targets.remove(target.id());
                showTargets();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("editor.remove") + ": " + text);
            targetList.add(new ListItem(new Span(text + " "), remove));
        }
    }

    @Override
    public String titleKey() {
        return "nav.language-settings";
    }
}
