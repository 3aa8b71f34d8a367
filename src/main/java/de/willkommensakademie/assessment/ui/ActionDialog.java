package de.willkommensakademie.assessment.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.assessment.ActionDraft;
import de.willkommensakademie.assessment.ActionLimits;
import de.willkommensakademie.assessment.ActionPlan;
import de.willkommensakademie.assessment.ActionRow;
import de.willkommensakademie.assessment.AssignRequest;
import de.willkommensakademie.assessment.LinkedContent;
import de.willkommensakademie.assessment.QuestionnaireContent;
import de.willkommensakademie.assessment.QuestionnaireContent.Statement;
import de.willkommensakademie.assessment.RoundOption;
import de.willkommensakademie.base.ui.LocalizedDatePicker;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.learning.AssignmentTarget;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.people.EmployeeOption;
import de.willkommensakademie.people.TeamOption;

/**
 * Creates or edits an action: every field labelled, the statements offered are those of the round's questionnaire
 * under the chosen cornerstone. A new action can assign the modules and role-plays its statements name to a team or
 * job role in the same step; the dialog lists what that would assign before saving. The service decides what is
 * allowed; a refusal keeps the dialog open with its message.
 */
final class ActionDialog extends Dialog {

    /** A choice of whom to assign to: whatever the target kind lists. */
    record Target(long id, String label) {
    }

    private final transient ActionPlan plan;
    private final Select<RoundOption> round = new Select<>();
    private final TextField title = new TextField();
    private final Select<Cornerstone> cornerstone = new Select<>();
    private final CheckboxGroup<Statement> statements = new CheckboxGroup<>();
    private final ComboBox<EmployeeOption> owner = new ComboBox<>();
    private final LocalizedDatePicker due;
    private final ComboBox<TeamOption> team = new ComboBox<>();
    private final TextArea note = new TextArea();
    private final Checkbox assign = new Checkbox();
    private final RadioButtonGroup<AssignmentTarget> targetKind = new RadioButtonGroup<>();
    private final ComboBox<Target> target = new ComboBox<>();
    private final Checkbox mandatory = new Checkbox();
    private final UnorderedList linked = new UnorderedList();
    private final Div assignSection = new Div();
    private transient QuestionnaireContent questionnaire;

    private ActionDialog(ActionPlan plan) {
        this.plan = plan;
        this.due = new LocalizedDatePicker(getTranslation("assessment.action.field.due"), getLocale());
        setWidth("min(44rem, 100vw)");
    }

    /**
     * A new action; {@code roundId} and {@code statementKeys} preselect them (from the results' priority matrix),
     * a null round lets the person choose one.
     */
    static ActionDialog create(ActionPlan plan, Long roundId, Collection<String> statementKeys,
            Runnable saved) {
        ActionDialog dialog = new ActionDialog(plan);
        dialog.setHeaderTitle(dialog.getTranslation("assessment.action.create"));
        dialog.build(true);
        List<RoundOption> rounds = plan.rounds();
        dialog.round.setItems(rounds);
        if (roundId != null) {
            rounds.stream().filter(option -> option.id() == roundId).findFirst().ifPresent(dialog.round::setValue);
            dialog.round.setReadOnly(true);
        }
        if (!statementKeys.isEmpty() && dialog.questionnaire != null) {
            dialog.questionnaire.statements().stream().filter(statement -> statementKeys.contains(statement.key()))
                    .findFirst().ifPresent(first -> dialog.cornerstone.setValue(first.cornerstone()));
            dialog.statements.setValue(dialog.questionnaire.statements().stream()
                    .filter(statement -> statementKeys.contains(statement.key()))
                    .filter(statement -> statement.cornerstone() == dialog.cornerstone.getValue())
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }
        dialog.saveButton(() -> plan.create(dialog.draft(), dialog.assignRequest()), saved,
                "assessment.action.created");
        return dialog;
    }

    /** Edits an action as listed; what it assigned stays as it is. */
    static ActionDialog edit(ActionPlan plan, ActionRow row, Runnable saved) {
        ActionDialog dialog = new ActionDialog(plan);
        dialog.setHeaderTitle(dialog.getTranslation("assessment.action.edit", row.title()));
        dialog.build(false);
        RoundOption current = new RoundOption(row.roundId(), row.roundTitle() == null ? "" : row.roundTitle(), null,
                null);
        dialog.round.setItems(current);
        dialog.round.setValue(current);
        dialog.round.setReadOnly(true);
        dialog.title.setValue(row.title());
        dialog.cornerstone.setValue(row.cornerstone());
        if (dialog.questionnaire != null) {
            dialog.statements.setValue(dialog.questionnaire.statements().stream()
                    .filter(statement -> row.statementKeys().contains(statement.key()))
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }
        dialog.owner.getListDataView().getItems().filter(option -> Objects.equals(option.id(), row.ownerId()))
                .findFirst().ifPresent(dialog.owner::setValue);
        dialog.due.setValue(row.dueOn());
        dialog.team.getListDataView().getItems().filter(option -> Objects.equals(option.id(), row.teamId()))
                .findFirst().ifPresent(dialog.team::setValue);
        dialog.note.setValue(row.note() == null ? "" : row.note());
        dialog.saveButton(() -> {
            plan.update(row.id(), row.version(), dialog.draft());
            return row.id();
        }, saved, "assessment.action.saved");
        return dialog;
    }

    private void build(boolean creating) {
        Locale locale = getLocale();
        round.setLabel(getTranslation("assessment.action.field.round"));
        round.setItemLabelGenerator(RoundOption::title);
        round.setRequiredIndicatorVisible(true);
        round.addValueChangeListener(event -> {
            questionnaire = event.getValue() == null ? null : plan.questionnaire(event.getValue().id());
            showStatements();
        });
        title.setLabel(getTranslation("assessment.action.field.title"));
        title.setRequired(true);
        title.setMaxLength(ActionLimits.TITLE);
        title.setWidthFull();
        cornerstone.setLabel(getTranslation("assessment.action.field.cornerstone"));
        cornerstone.setItems(Cornerstone.values());
        cornerstone.setItemLabelGenerator(value -> getTranslation("cornerstone." + value.name()));
        cornerstone.setRequiredIndicatorVisible(true);
        cornerstone.addValueChangeListener(event -> showStatements());
        statements.setLabel(getTranslation("assessment.action.field.statements"));
        statements.setHelperText(getTranslation("assessment.action.field.statements.help"));
        statements.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        statements.setItemLabelGenerator(statement -> statement.text().in(locale, questionnaire == null ? "de"
                : questionnaire.defaultLanguage()));
        statements.setRequiredIndicatorVisible(true);
        statements.addValueChangeListener(event -> showLinked());
        owner.setLabel(getTranslation("assessment.action.field.owner"));
        owner.setItems(plan.ownerChoices());
        owner.setItemLabelGenerator(EmployeeOption::fullName);
        owner.setRequired(true);
        owner.setWidthFull();
        due.setRequired(true);
        due.setMin(creating ? LocalDate.now() : null);
        team.setLabel(getTranslation("assessment.action.field.team"));
        team.setHelperText(getTranslation("assessment.action.field.team.help"));
        team.setItems(plan.teamChoices());
        team.setItemLabelGenerator(TeamOption::name);
        team.setClearButtonVisible(true);
        team.setWidthFull();
        note.setLabel(getTranslation("assessment.action.field.note"));
        note.setMaxLength(ActionLimits.NOTE);
        note.setWidthFull();
        FormLayout form = new FormLayout(round, title, cornerstone, statements, owner, due, team, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        if (creating) {
            buildAssign();
            add(assignSection);
        }
    }

    private void buildAssign() {
        assign.setLabel(getTranslation("assessment.action.assign"));
        targetKind.setLabel(getTranslation("assessment.action.assign.target-kind"));
        List<AssignmentTarget> kinds = new ArrayList<>(List.of(AssignmentTarget.TEAM));
        if (!plan.jobRoleChoices().isEmpty()) {
            kinds.add(AssignmentTarget.JOB_ROLE);
        }
        targetKind.setItems(kinds);
        targetKind.setItemLabelGenerator(kind -> getTranslation("assignment.kind." + kind.name()));
        target.setLabel(getTranslation("assessment.action.assign.target"));
        target.setItemLabelGenerator(Target::label);
        target.setWidthFull();
        targetKind.addValueChangeListener(event -> {
            target.clear();
            target.setItems(event.getValue() == AssignmentTarget.JOB_ROLE
                    ? plan.jobRoleChoices().stream().map(role -> new Target(role.id(), role.name(getLocale())))
                            .toList()
                    : plan.teamChoices().stream().map(option -> new Target(option.id(), option.name())).toList());
        });
        targetKind.setValue(AssignmentTarget.TEAM);
        mandatory.setLabel(getTranslation("assessment.action.assign.mandatory"));
        mandatory.setValue(true);
        Div details = new Div(targetKind, target, mandatory,
                new H3(getTranslation("assessment.action.assign.linked")), linked);
        details.setVisible(false);
        assign.addValueChangeListener(event -> details.setVisible(event.getValue()));
        assignSection.add(assign, details);
        showLinked();
    }

    private void showStatements() {
        Set<String> chosen = statements.getValue().stream().map(Statement::key).collect(Collectors.toSet());
        if (questionnaire == null || cornerstone.getValue() == null) {
            statements.setItems(List.of());
            return;
        }
        List<Statement> offered = questionnaire.statementsOf(cornerstone.getValue());
        statements.setItems(offered);
        statements.setValue(offered.stream().filter(statement -> chosen.contains(statement.key()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private void showLinked() {
        linked.removeAll();
        if (round.getValue() == null || statements.getValue().isEmpty()) {
            linked.add(new ListItem(getTranslation("assessment.action.assign.choose-statements")));
            return;
        }
        List<LinkedContent> content = plan.linkedContent(round.getValue().id(),
                statements.getValue().stream().map(Statement::key).toList());
        if (content.isEmpty()) {
            linked.add(new ListItem(getTranslation("assessment.action.assign.none-linked")));
        }
        for (LinkedContent item : content) {
            String kind = getTranslation("assessment.action.assign.kind." + item.kind().name());
            linked.add(new ListItem(item.assignable()
                    ? getTranslation("assessment.action.assign.item", kind, item.title().title(getLocale()))
                    : getTranslation("assessment.action.assign.unavailable", kind, item.key())));
        }
    }

    private ActionDraft draft() {
        return new ActionDraft(round.getValue() == null ? -1 : round.getValue().id(), title.getValue(),
                cornerstone.getValue(), statements.getValue().stream().map(Statement::key)
                        .collect(Collectors.toSet()), owner.getValue() == null ? null : owner.getValue().id(),
                due.getValue(), team.getValue() == null ? null : team.getValue().id(), note.getValue());
    }

    private AssignRequest assignRequest() {
        if (!assign.getValue()) {
            return null;
        }
        if (target.getValue() == null) {
            target.setInvalid(true);
            target.setErrorMessage(getTranslation("assessment.action.error.assign-target"));
            throw new MissingInput();
        }
        return new AssignRequest(targetKind.getValue(), target.getValue().id(), mandatory.getValue());
    }

    private void saveButton(SaveAction action, Runnable saved, String savedKey) {
        Button save = new Button(getTranslation("action.save"), event -> {
            if (round.getValue() == null) {
                round.setInvalid(true);
                round.setErrorMessage(getTranslation("assessment.action.error.round-missing"));
                return;
            }
            try {
                action.save();
            } catch (MissingInput missing) {
                return;
            }
            Notifications.success(getTranslation(savedKey, title.getValue().strip()));
            close();
            saved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
        add(new Paragraph(getTranslation("assessment.action.required-hint")));
    }

    @FunctionalInterface
    private interface SaveAction {
        long save();
    }

    /** A field the person left empty was marked at the field; nothing is sent. */
    private static final class MissingInput extends RuntimeException {
    }
}
