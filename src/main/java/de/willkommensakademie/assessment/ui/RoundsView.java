package de.willkommensakademie.assessment.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.willkommensakademie.assessment.AssessmentRounds;
import de.willkommensakademie.assessment.QuestionnaireChoice;
import de.willkommensakademie.assessment.Questionnaires;
import de.willkommensakademie.assessment.RoundAnswers.GroupKind;
import de.willkommensakademie.assessment.RoundForm;
import de.willkommensakademie.assessment.RoundInfo;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.LocalizedDatePicker;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.people.JobRoleOption;
import de.willkommensakademie.people.TeamOption;
import jakarta.annotation.security.RolesAllowed;

/**
 * The self-assessment rounds an admin or manager sees, newest first, with how many were asked and answered, and the
 * form to start one: questionnaire, title, whom to ask, dates and an optional reminder.
 */
@Route("assessment")
@RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
@Menu(title = "nav.assessment", order = 25, icon = "vaadin:compass")
class RoundsView extends VerticalLayout implements TranslatedTitle {

    private final transient AssessmentRounds rounds;
    private final transient Questionnaires questionnaires;
    private final Grid<RoundInfo> grid = new Grid<>();
    private final DateTimeFormatter dates;

    RoundsView(AssessmentRounds rounds, Questionnaires questionnaires) {
        this.rounds = rounds;
        this.questionnaires = questionnaires;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        addClassName("page");
        setSizeFull();

        Button start = new Button(getTranslation("assessment.round.start"), VaadinIcon.PLUS.create(),
                event -> startDialog());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(RoundInfo::title).setHeader(getTranslation("assessment.round.field.title")).setFlexGrow(2)
                .setAutoWidth(true);
        grid.addColumn(round -> getTranslation("assessment.round.period", dates.format(round.startsOn()),
                dates.format(round.endsOn()))).setHeader(getTranslation("assessment.round.column.period"))
                .setAutoWidth(true);
        Map<Long, String> teamNames = rounds.teamsToAsk().stream()
                .collect(Collectors.toMap(TeamOption::id, TeamOption::name));
        Map<Long, String> jobRoleNames = rounds.jobRolesToAsk().stream()
                .collect(Collectors.toMap(JobRoleOption::id, role -> role.name(getLocale())));
        grid.addColumn(round -> audience(round, teamNames, jobRoleNames))
                .setHeader(getTranslation("assessment.round.column.audience")).setAutoWidth(true);
        grid.addColumn(round -> getTranslation("assessment.round.status." + round.status().name()))
                .setHeader(getTranslation("assessment.round.column.status")).setAutoWidth(true);
        grid.addColumn(round -> getTranslation("assessment.round.answered-of", round.respondents(), round.asked()))
                .setHeader(getTranslation("assessment.round.column.respondents")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("assessment.round.column.actions")).setKey("actions")
                .setAutoWidth(true);
        grid.setAriaLabel(getTranslation("assessment.round.list"));
        grid.setItems(query -> rounds.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) rounds.count());
        grid.setEmptyStateText(getTranslation("assessment.round.none"));

        add(new H2(getTranslation("nav.assessment")), new Paragraph(getTranslation("assessment.round.intro")), start,
                grid);
        setFlexGrow(1, grid);
    }

    /** Whom the round asks; a team the person does not lead (a manager's view) is named as another team. */
    private String audience(RoundInfo round, Map<Long, String> teamNames, Map<Long, String> jobRoleNames) {
        if (round.wholeAuthority()) {
            return getTranslation("assessment.round.audience.whole");
        }
        return round.audience().stream().map(target -> (target.kind() == GroupKind.TEAM ? teamNames
                : jobRoleNames).getOrDefault(target.targetId(), getTranslation("assessment.round.audience.other")))
                .collect(Collectors.joining(", "));
    }

    private HorizontalLayout actions(RoundInfo round) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        // By route: the results page belongs to the results screens of this feature.
        Anchor results = new Anchor("assessment/results/" + round.id(), getTranslation("assessment.round.results"));
        results.getElement().setAttribute("router-link", true);
        results.getElement().setAttribute("aria-label", getTranslation("assessment.round.results.named",
                round.title()));
        actions.add(results);
        if (rounds.mayEnd(round)) {
            Button end = new Button(getTranslation("assessment.round.end"), event -> confirmEnd(round));
            end.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            end.setAriaLabel(getTranslation("assessment.round.end.named", round.title()));
            actions.add(end);
        }
        return actions;
    }

    private void confirmEnd(RoundInfo round) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("assessment.round.end.confirm", round.title()));
        dialog.setText(getTranslation("assessment.round.end.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("assessment.round.end"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            rounds.end(round.id(), round.version());
            Notifications.success(getTranslation("assessment.round.ended", round.title()));
            grid.getDataProvider().refreshAll();
        });
        dialog.open();
    }

    private void startDialog() {
        Locale locale = getLocale();
        Dialog dialog = new Dialog(getTranslation("assessment.round.start"));
        dialog.setWidth("min(40rem, 100vw)");

        Select<QuestionnaireChoice> questionnaire = new Select<>();
        questionnaire.setLabel(getTranslation("assessment.round.field.questionnaire"));
        List<QuestionnaireChoice> choices = questionnaires.forRounds();
        questionnaire.setItems(choices);
        questionnaire.setItemLabelGenerator(choice -> getTranslation("assessment.round.questionnaire-version",
                choice.title(locale), choice.number()));
        questionnaire.setRequiredIndicatorVisible(true);
        if (!choices.isEmpty()) {
            questionnaire.setValue(choices.getFirst());
        }
        TextField title = new TextField(getTranslation("assessment.round.field.title"));
        title.setMaxLength(RoundForm.TITLE_LENGTH);
        title.setRequired(true);
        title.setValue(getTranslation("assessment.round.default-title", LocalDate.now().getYear()));

        Checkbox whole = new Checkbox(getTranslation("assessment.round.field.whole-authority"));
        boolean admin = rounds.mayAskWholeAuthority();
        whole.setVisible(admin);
        whole.setValue(admin);
        MultiSelectComboBox<TeamOption> teams = new MultiSelectComboBox<>(getTranslation(
                "assessment.round.field.teams"));
        teams.setItems(rounds.teamsToAsk());
        teams.setItemLabelGenerator(TeamOption::name);
        MultiSelectComboBox<JobRoleOption> jobRoles = new MultiSelectComboBox<>(getTranslation(
                "assessment.round.field.job-roles"));
        List<JobRoleOption> roles = rounds.jobRolesToAsk();
        jobRoles.setItems(roles);
        jobRoles.setItemLabelGenerator(role -> role.name(locale));
        jobRoles.setVisible(admin);
        teams.setEnabled(!whole.getValue());
        jobRoles.setEnabled(!whole.getValue());
        whole.addValueChangeListener(event -> {
            teams.setEnabled(!event.getValue());
            jobRoles.setEnabled(!event.getValue());
        });
        teams.setHelperText(getTranslation(admin ? "assessment.round.field.audience.helper"
                : "assessment.round.field.teams.helper"));

        LocalizedDatePicker startsOn = new LocalizedDatePicker(getTranslation("assessment.round.field.starts-on"),
                locale);
        startsOn.setRequired(true);
        startsOn.setValue(LocalDate.now());
        LocalizedDatePicker endsOn = new LocalizedDatePicker(getTranslation("assessment.round.field.ends-on"), locale);
        endsOn.setRequired(true);
        endsOn.setValue(LocalDate.now().plusWeeks(3));
        LocalizedDatePicker reminderOn = new LocalizedDatePicker(getTranslation("assessment.round.field.reminder-on"),
                locale);
        reminderOn.setHelperText(getTranslation("assessment.round.field.reminder-on.helper"));

        FormLayout form = new FormLayout(questionnaire, title, whole, teams, jobRoles, startsOn, endsOn, reminderOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(questionnaire, 2);
        form.setColspan(title, 2);
        form.setColspan(whole, 2);
        Button save = new Button(getTranslation("assessment.round.start.confirm"), event -> {
            RoundInfo started = rounds.start(new RoundForm(questionnaire.getValue() == null ? null
                    : questionnaire.getValue().versionId(), title.getValue(), whole.getValue(),
                    whole.getValue() ? null : teams.getValue().stream().map(TeamOption::id)
                            .collect(Collectors.toSet()),
                    whole.getValue() ? null : jobRoles.getValue().stream().map(JobRoleOption::id)
                            .collect(Collectors.toSet()),
                    startsOn.getValue(), endsOn.getValue(), reminderOn.getValue()));
            Notifications.success(getTranslation("assessment.round.started", started.title(), started.asked()));
            dialog.close();
            grid.getDataProvider().refreshAll();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), event -> dialog.close()), save);
        dialog.open();
        title.focus();
    }

    @Override
    public String titleKey() {
        return "nav.assessment";
    }
}
