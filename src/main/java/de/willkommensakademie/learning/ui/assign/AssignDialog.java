package de.willkommensakademie.learning.ui.assign;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.ui.LocalizedDatePicker;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.learning.AssignedKind;
import de.willkommensakademie.learning.AssignmentTarget;
import de.willkommensakademie.learning.Assignments;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.ManagedStaff;
import de.willkommensakademie.people.TeamService;

/**
 * Assigns a published module or role-play to a person, a team or a job role, mandatory or recommended, with a due
 * date. Opened through {@link AssignDialogs}.
 */
public class AssignDialog extends Dialog {

    /** A choice in the target box: whatever the target kind lists. */
    public record Choice(long id, String label) {
    }

    /** The due rules: none, a fixed date, days after each person's start or after the assignment. */
    public enum Due {
        NONE, FIXED, AFTER_START, AFTER_ASSIGNMENT
    }

    AssignDialog(AssignedKind contentKind, long contentId, String title, Assignments assignments,
            ManagedStaff employees, TeamService teams, JobRoleService jobRoles, boolean trainerOrAdmin) {
        setHeaderTitle(getTranslation("assignment.title", title));
        setWidth("min(40rem, 100vw)");
        RadioButtonGroup<AssignmentTarget> kind = new RadioButtonGroup<>(getTranslation("assignment.target-kind"));
        kind.setItems(trainerOrAdmin ? List.of(AssignmentTarget.values())
                : List.of(AssignmentTarget.EMPLOYEE, AssignmentTarget.TEAM));
        kind.setItemLabelGenerator(option -> getTranslation("assignment.kind." + option.name()));
        ComboBox<Choice> target = new ComboBox<>(getTranslation("assignment.target"));
        target.setItemLabelGenerator(Choice::label);
        target.setRequired(true);
        kind.addValueChangeListener(event -> {
            target.clear();
            target.setItems(switch (event.getValue()) {
                case EMPLOYEE -> employees.assignableEmployees().stream()
                        .map(option -> new Choice(option.id(), option.fullName())).toList();
                case TEAM -> teams.assignableTeams().stream().map(option -> new Choice(option.id(), option.name()))
                        .toList();
                case JOB_ROLE -> jobRoles.options().stream()
                        .map(option -> new Choice(option.id(), option.name(getLocale()))).toList();
            });
        });
        Checkbox mandatory = new Checkbox(getTranslation(switch (contentKind) {
            case MODULE -> "assignment.mandatory";
            case ROLE_PLAY -> "assignment.mandatory.ROLE_PLAY";
        }), true);
        RadioButtonGroup<Due> due = new RadioButtonGroup<>(getTranslation("assignment.due"));
        due.setItems(Due.values());
        due.setItemLabelGenerator(option -> getTranslation("assignment.due." + option.name()));
        due.setValue(Due.AFTER_START);
        LocalizedDatePicker dueDate = new LocalizedDatePicker(getTranslation("assignment.due-date"), getLocale());
        IntegerField days = new IntegerField(getTranslation("assignment.due-days.AFTER_START"));
        // Says how the days count, so nobody expects people in post for years to be overdue at once.
        days.setHelperText(getTranslation("assignment.due-days.AFTER_START.help"));
        days.setMin(0);
        days.setMax(Assignments.MAX_DUE_DAYS);
        days.setValue(30);
        days.setStepButtonsVisible(true);
        due.addValueChangeListener(event -> {
            dueDate.setVisible(event.getValue() == Due.FIXED);
            boolean counted = event.getValue() == Due.AFTER_START || event.getValue() == Due.AFTER_ASSIGNMENT;
            days.setVisible(counted);
            if (counted) {
                days.setLabel(getTranslation("assignment.due-days." + event.getValue().name()));
                days.setHelperText(getTranslation("assignment.due-days." + event.getValue().name() + ".help"));
            }
        });
        dueDate.setVisible(false);
        kind.setValue(AssignmentTarget.EMPLOYEE);

        Button save = new Button(getTranslation("assignment.save"), event -> {
            if (target.getValue() == null) {
                target.setInvalid(true);
                target.setErrorMessage(getTranslation(switch (contentKind) {
                    case MODULE -> "assignment.error.target";
                    case ROLE_PLAY -> "assignment.error.target.ROLE_PLAY";
                }));
                return;
            }
            try {
                assignments.assign(contentKind, contentId, kind.getValue(), target.getValue().id(),
                        mandatory.getValue(), due.getValue() == Due.FIXED ? dueDate.getValue() : null,
                        due.getValue() == Due.AFTER_START ? days.getValue() : null,
                        due.getValue() == Due.AFTER_ASSIGNMENT ? days.getValue() : null);
            } catch (RecordNotFoundException gone) {
                // unshared, deleted or moved to another team since the dialog opened: say so, keep the dialog open
                Notifications.error(getTranslation("assignment.error.not-found"));
                return;
            }
            Notifications.success(getTranslation("assignment.saved", title, target.getValue().label()));
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(kind, target, mandatory, due, dueDate, days);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
    }
}
