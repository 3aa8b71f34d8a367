package de.willkommensakademie.scenario.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.content.ContentStatus;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.DraftEditor;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.scenario.ScenarioContent;
import de.willkommensakademie.scenario.ScenarioDraft;
import de.willkommensakademie.scenario.ScenarioGraph;
import de.willkommensakademie.scenario.ScenarioLibrary;
import de.willkommensakademie.scenario.ScenarioProblem;
import jakarta.annotation.security.RolesAllowed;

/**
 * Edits a role-play draft: brief, competences and variables, then the nodes one at a time (scenes with their
 * continuation, routes and picture; choice points with feedback, scores, effects and conditions; endings with their
 * outcome), German and English side by side. The graph picture follows every change; check lists each problem with
 * its node; the preview plays the draft from any node. The parts are components of their own: the general form, the
 * competence and variable lists, and the nodes panel with its node form (routes, picture, choices).
 */
@Route("scenarios/edit")
@RolesAllowed(Role.Name.TRAINER)
class ScenarioEditorView extends VerticalLayout implements HasUrlParameter<Long>, TranslatedTitle {

    private final transient ScenarioLibrary library;
    private long scenarioId;
    private long version;
    private EditableScenario scenario;
    private final Div graph = new Div();
    private final Div problems = new Div();

    ScenarioEditorView(ScenarioLibrary library) {
        this.library = library;
        addClassName("page");
        addClassName("scenario-editor");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        ScenarioDraft draft = library.draft(id);
        if (!draft.editable() || draft.status() == ContentStatus.ARCHIVED) {
            // An expected situation (a shipped or shared role-play, an old link): say what to do, no error page.
            showNotEditable(draft);
            return;
        }
        scenarioId = id;
        version = draft.version();
        scenario = EditableScenario.from(draft.content());
        build();
    }

    private void showNotEditable(ScenarioDraft draft) {
        String title = draft.content().title().in(getLocale(), draft.content().defaultLanguage());
        DraftEditor.showNotEditable(this, "scenarios/library", "scenario.back-to-library", title,
                draft.editable() ? "scenario.error.archived" : "scenario.error.not-own", draft.content().key(), () -> {
                    long copy = library.duplicate(draft.id());
                    Notifications.success(getTranslation("module.duplicated", title));
                    getUI().ifPresent(ui -> ui.navigate(ScenarioEditorView.class, copy));
                });
    }

    private void build() {
        removeAll();
        FlexLayout toolbar = DraftEditor.toolbar(this::save, () -> {
            save();
            showProblems(library.check(scenarioId));
        }, () -> {
            save();
            List<ScenarioProblem> found = library.publish(scenarioId, version);
            version = library.draft(scenarioId).version();
            showProblems(found);
            if (found.isEmpty()) {
                Notifications.success(getTranslation("module.published", scenario.title.get(scenario.defaultLanguage)));
            }
        }, new Button(getTranslation("module.action.preview"), event -> preview(null)));
        problems.addClassName("editor-problems");
        problems.getElement().setAttribute("role", "status");
        graph.addClassName("scenario-graph");

        ScenarioEditing editing = new ScenarioEditing(scenario, this::changed, this::preview,
                (int) library.maxImageBytes(), bytes -> library.uploadImage(scenarioId, bytes));
        NodesPanel nodesPanel = new NodesPanel(editing, library.maxNodes());
        Section general = DraftEditor.section("scenario.editor.general", new ScenarioGeneralForm(editing));
        Section dimensions = DraftEditor.section("scenario.editor.dimensions",
                new CompetenceList(editing, nodesPanel::showNode), new VariableList(editing, nodesPanel::showNode));
        Section picture = DraftEditor.section("scenario.editor.graph",
                new Paragraph(getTranslation("scenario.editor.graph.hint")), graph);
        Section nodes = new Section(nodesPanel);
        nodes.addClassName("editor-section");
        add(new Anchor("scenarios/library", getTranslation("scenario.back-to-library")),
                new H2(getTranslation("scenario.editor.title", scenario.key)), toolbar, problems);
        if (!scenario.importNotes.isEmpty()) {
            add(importNotes());
        }
        add(general, dimensions, picture, nodes);
        changed();
    }

    /** What a Twee import removed untranslated; listed (and blocking publication) until marked as dealt with. */
    private Component importNotes() {
        Section section = DraftEditor.section("scenario.editor.import-notes",
                new Paragraph(getTranslation("scenario.editor.import-notes.hint")),
                new ScenarioProblemList(scenario.importNotes.stream().map(note -> new ScenarioProblem(note.node(), null,
                        note.macro() == null ? "scenario.problem.twee-passage" : "scenario.problem.twee-macro",
                        note.macro() == null ? List.of(note.passage()) : List.of(note.passage(), note.macro())))
                        .toList()));
        section.add(new Button(getTranslation("scenario.editor.import-notes.done"), event -> {
            scenario.importNotes.clear();
            save();
            build();
        }));
        return section;
    }

    /** Redraws the graph from the working copy, so the picture follows every change. */
    private void changed() {
        Map<String, String> outcomes = Map.of(
                "GOOD", getTranslation("scenarios.outcome.GOOD"),
                "ACCEPTABLE", getTranslation("scenarios.outcome.ACCEPTABLE"),
                "POOR", getTranslation("scenarios.outcome.POOR"));
        graph.removeAll();
        try {
            graph.add(new Html(ScenarioGraph.svg(scenario.toContent(), getLocale(), outcomes,
                    getTranslation("scenario.graph.description", scenario.nodes.size()))));
        } catch (RuntimeException incomplete) {
            // A half-filled node (no type or outcome yet) cannot be drawn; the check names it.
            graph.add(new Paragraph(getTranslation("scenario.graph.incomplete")));
        }
    }

    /** Saves, then plays what was saved (the key is the stored one, the working copy never changes it). */
    private void preview(String fromNode) {
        ScenarioContent saved = save();
        new ScenarioPreviewDialog(library, scenarioId, saved, fromNode).open();
    }

    private ScenarioContent save() {
        ScenarioContent content = scenario.toContent();
        version = library.saveDraft(scenarioId, version, content);
        Notifications.success(getTranslation("editor.saved"));
        return content;
    }

    private void showProblems(List<ScenarioProblem> found) {
        problems.removeAll();
        if (found.isEmpty()) {
            problems.add(new Paragraph(getTranslation("scenario.editor.no-problems")));
        } else {
            problems.add(new H3(getTranslation("module.publish-problems")), new ScenarioProblemList(found));
        }
    }

    @Override
    public String titleKey() {
        return "scenario.editor.page-title";
    }
}
