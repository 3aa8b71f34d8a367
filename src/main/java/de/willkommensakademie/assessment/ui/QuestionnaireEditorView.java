package de.willkommensakademie.assessment.ui;

import static de.willkommensakademie.base.ui.LanguageFields.small;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox.AutoExpandMode;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.assessment.QuestionnaireDraft;
import de.willkommensakademie.assessment.QuestionnaireProblem;
import de.willkommensakademie.assessment.QuestionnaireRules;
import de.willkommensakademie.assessment.Questionnaires;
import de.willkommensakademie.base.content.ContentStatus;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.DraftEditor;
import de.willkommensakademie.base.ui.LanguageFields;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.learning.Cornerstone;
import jakarta.annotation.security.RolesAllowed;

/**
 * Edits an authority's questionnaire: title and introduction, then the statements grouped by cornerstone (German and
 * English side by side, the cornerstone, the modules and role-plays behind each), which can be added, reworded,
 * moved within their cornerstone, put under another one or dropped. A statement keeps its key when reworded, so
 * rounds stay comparable. Check and publish list the rules' problems; a save over someone else's newer save is
 * refused (optimistic locking) with the app's message.
 */
@Route("questionnaires/edit")
@RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
class QuestionnaireEditorView extends VerticalLayout implements HasUrlParameter<Long>, TranslatedTitle {

    private final transient Questionnaires questionnaires;
    private final Map<String, String> moduleTitles = new LinkedHashMap<>();
    private final Map<String, String> scenarioTitles = new LinkedHashMap<>();
    private long questionnaireId;
    private long version;
    private EditableQuestionnaire questionnaire;
    private final Div problems = new Div();
    private final Div statementsBox = new Div();

    QuestionnaireEditorView(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent navigation, Long id) {
        QuestionnaireDraft draft = questionnaires.draft(id);
        String title = draft.content().title().in(getLocale(), draft.content().defaultLanguage());
        if (!draft.own()) {
            showShipped(id, title);
            return;
        }
        if (draft.status() == ContentStatus.ARCHIVED) {
            DraftEditor.showNotEditable(this, "questionnaires", "assessment.content.back", title,
                    "assessment.content.error.archived", draft.content().key(), () -> getUI().ifPresent(ui -> ui
                            .navigate(QuestionnaireEditorView.class, questionnaires.duplicate(id))));
            return;
        }
        questionnaireId = id;
        version = draft.version();
        questionnaire = EditableQuestionnaire.from(draft.content());
        questionnaires.linkableModules().forEach(module -> moduleTitles.put(module.key(), module.title(getLocale())));
        questionnaires.linkableScenarios().forEach(scenario -> scenarioTitles.put(scenario.key(),
                scenario.title(getLocale())));
        removeAll();
        FlexLayout toolbar = DraftEditor.toolbar(this::save, () -> {
            save();
            showProblems(questionnaires.check(questionnaireId));
        }, () -> {
            save();
            List<QuestionnaireProblem> found = questionnaires.publish(questionnaireId, version);
            version = questionnaires.draft(questionnaireId).version();
            showProblems(found);
            if (found.isEmpty()) {
                Notifications.success(getTranslation("module.published", title(questionnaire.title)));
            }
        });
        problems.getElement().setAttribute("role", "status");
        problems.addClassName("editor-problems");
        add(new Anchor("questionnaires", getTranslation("assessment.content.back")),
                new H2(getTranslation("assessment.content.edit", title)), toolbar, problems,
                DraftEditor.section("editor.tab.general", general()),
                DraftEditor.section("assessment.content.statements",
                        new Paragraph(getTranslation("assessment.content.statements.intro")), statementsBox));
        statements();
    }

    /** A shipped (or shared) questionnaire opened by its address: say why it is not edited here and offer the copy. */
    private void showShipped(long id, String title) {
        removeAll();
        Button adapt = new Button(getTranslation("assessment.content.action.adapt"), event -> getUI()
                .ifPresent(ui -> ui.navigate(QuestionnaireEditorView.class, questionnaires.adapt(id))));
        adapt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        adapt.setAriaLabel(getTranslation("assessment.content.action.adapt") + ": " + title);
        add(new Anchor("questionnaires", getTranslation("assessment.content.back")),
                new H2(getTranslation("assessment.content.shipped", title)),
                new Paragraph(getTranslation("assessment.content.error.shipped")), adapt);
    }

    private Component general() {
        FormLayout form = new FormLayout();
        LanguageFields.addRow(form, LanguageFields.row(language -> LanguageFields.text(LanguageFields.label(
                "assessment.content.field.title", language), questionnaire.title, language,
                QuestionnaireRules.TITLE_LENGTH, () -> { })));
        FormLayout introduction = LanguageFields.sideBySide("assessment.content.field.introduction",
                questionnaire.introduction, QuestionnaireRules.INTRODUCTION_LENGTH);
        introduction.getChildren().filter(TextArea.class::isInstance).map(TextArea.class::cast).forEach(field -> field
                .setHelperText(getTranslation("assessment.content.field.introduction.helper")));
        LanguageFields.addRow(form, introduction);
        return form;
    }

    /** The statements, one block per cornerstone in the order of the five, each with its own "add". */
    private void statements() {
        statementsBox.removeAll();
        for (Cornerstone cornerstone : Cornerstone.values()) {
            String name = getTranslation("cornerstone." + cornerstone.name());
            List<EditableQuestionnaire.Statement> statements = questionnaire.of(cornerstone);
            Div block = new Div();
            block.addClassName("editor-question");
            block.add(new H4(name + " (" + getTranslation("assessment.content.statement-count", statements.size())
                    + ")"));
            if (statements.isEmpty()) {
                block.add(new Paragraph(getTranslation("assessment.content.no-statements")));
            } else {
                OrderedList list = new OrderedList();
                statements.forEach(statement -> list.add(statement(statement)));
                block.add(list);
            }
            Button add = new Button(getTranslation("assessment.content.add-statement"), event -> {
                questionnaire.add(cornerstone);
                statements();
            });
            add.setAriaLabel(getTranslation("assessment.content.add-statement") + ": " + name);
            block.add(add);
            statementsBox.add(block);
        }
    }

    private ListItem statement(EditableQuestionnaire.Statement statement) {
        String name = getTranslation("assessment.content.statement-name", statement.key);
        FormLayout texts = LanguageFields.row(language -> LanguageFields.area(LanguageFields.label(
                "assessment.content.field.statement", language), statement.text, language,
                QuestionnaireRules.STATEMENT_LENGTH));
        Select<Cornerstone> cornerstone = new Select<>();
        cornerstone.setLabel(getTranslation("assessment.content.field.cornerstone"));
        cornerstone.setItems(Cornerstone.values());
        cornerstone.setItemLabelGenerator(value -> getTranslation("cornerstone." + value.name()));
        cornerstone.setValue(statement.cornerstone);
        cornerstone.addValueChangeListener(event -> {
            questionnaire.changeCornerstone(statement, event.getValue());
            statements();
        });
        MultiSelectComboBox<String> modules = links("assessment.content.field.modules", moduleTitles,
                statement.modules);
        MultiSelectComboBox<String> scenarios = links("assessment.content.field.scenarios", scenarioTitles,
                statement.scenarios);
        // the linked titles are long: each choice gets a line of its own under the cornerstone and the actions
        modules.setWidthFull();
        scenarios.setWidthFull();
        FlexLayout settings = new FlexLayout(cornerstone,
                small("editor.move-up", name, () -> {
                    questionnaire.move(statement, -1);
                    statements();
                }),
                small("editor.move-down", name, () -> {
                    questionnaire.move(statement, 1);
                    statements();
                }),
                small("editor.remove", name, () -> {
                    questionnaire.statements.remove(statement);
                    statements();
                }));
        settings.addClassName("editor-row");
        Span key = new Span(getTranslation("assessment.content.field.key", statement.key));
        ListItem entry = new ListItem(texts, settings, modules, scenarios, key);
        entry.addClassName("editor-answer");
        return entry;
    }

    /** A choice of modules or role-plays by title; a key no longer published stays shown as it is. */
    private MultiSelectComboBox<String> links(String labelKey, Map<String, String> titles, Set<String> chosen) {
        MultiSelectComboBox<String> choice = new MultiSelectComboBox<>(getTranslation(labelKey));
        // every chosen title stays readable: chips wrap onto further lines instead of collapsing or being cut off
        choice.setAutoExpand(AutoExpandMode.VERTICAL);
        choice.addClassName("wrapping-chips");
        List<String> keys = new ArrayList<>(titles.keySet());
        chosen.stream().filter(key -> !keys.contains(key)).forEach(keys::add);
        choice.setItems(keys);
        choice.setItemLabelGenerator(key -> titles.getOrDefault(key, key));
        choice.setValue(chosen);
        choice.addValueChangeListener(event -> {
            chosen.clear();
            // in the order of the list, so the stored content does not depend on the order of clicks
            keys.stream().filter(event.getValue()::contains).forEach(chosen::add);
        });
        return choice;
    }

    private void save() {
        version = questionnaires.saveDraft(questionnaireId, version, questionnaire.toContent());
        Notifications.success(getTranslation("editor.saved"));
    }

    private void showProblems(List<QuestionnaireProblem> found) {
        problems.removeAll();
        if (found.isEmpty()) {
            problems.add(new Paragraph(getTranslation("assessment.content.no-problems")));
            return;
        }
        problems.add(new H3(getTranslation("module.publish-problems")), new QuestionnaireProblemList(found));
    }

    private String title(Map<String, String> titles) {
        return titles.getOrDefault(getLocale().getLanguage(), titles.getOrDefault(questionnaire.defaultLanguage,
                questionnaire.key));
    }

    @Override
    public String titleKey() {
        return "nav.questionnaires";
    }
}
