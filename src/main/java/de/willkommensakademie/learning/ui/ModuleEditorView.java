package de.willkommensakademie.learning.ui;

import java.util.List;

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
import de.willkommensakademie.learning.ContentProblem;
import de.willkommensakademie.learning.ModuleDraft;
import de.willkommensakademie.learning.ModuleLibrary;
import jakarta.annotation.security.RolesAllowed;

/**
 * Edits a module draft: general information in both languages, lessons in order (move, add, remove), each lesson
 * with its German and English texts side by side. Check lists what stands in the way of publishing. The parts are
 * components of their own: the general form and the lessons panel with its lesson form (media, quiz).
 */
@Route("modules/edit")
@RolesAllowed(Role.Name.TRAINER)
class ModuleEditorView extends VerticalLayout implements HasUrlParameter<Long>, TranslatedTitle {

    private final transient ModuleLibrary library;
    private long moduleId;
    private long version;
    private EditableModule module;
    private final Div problems = new Div();

    ModuleEditorView(ModuleLibrary library) {
        this.library = library;
        addClassName("page");
        addClassName("module-editor");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        ModuleDraft draft = library.draft(id);
        if (!draft.editable() || draft.status() == ContentStatus.ARCHIVED) {
            showNotEditable(draft);
            return;
        }
        moduleId = id;
        version = draft.version();
        module = EditableModule.from(draft.content());
        build();
    }

    private void showNotEditable(ModuleDraft draft) {
        String title = draft.content().title().in(getLocale(), draft.content().defaultLanguage());
        DraftEditor.showNotEditable(this, "modules", "preview.back", title,
                draft.editable() ? "module.error.archived" : "module.error.not-own", draft.content().key(), () -> {
                    long copy = library.duplicate(draft.id());
                    Notifications.success(getTranslation("module.duplicated", title));
                    getUI().ifPresent(ui -> ui.navigate(ModuleEditorView.class, copy));
                });
    }

    private void build() {
        removeAll();
        FlexLayout toolbar = DraftEditor.toolbar(this::save, () -> {
            save();
            showProblems(library.check(moduleId));
        }, () -> {
            save();
            List<ContentProblem> found = library.publish(moduleId, version);
            version = library.draft(moduleId).version();
            showProblems(found);
            if (found.isEmpty()) {
                Notifications.success(getTranslation("module.published", module.title.get(module.defaultLanguage)));
            }
        }, new Button(getTranslation("module.action.preview"), event -> {
            save();
            getUI().ifPresent(ui -> ui.navigate(ModulePreviewView.class, moduleId));
        }));
        problems.addClassName("editor-problems");
        problems.getElement().setAttribute("role", "status");

        Section general = DraftEditor.section("editor.tab.general", new ModuleGeneralForm(module));
        Section lessons = new Section(new LessonsPanel(module, library, moduleId));
        lessons.addClassName("editor-section");
        add(new Anchor("modules", getTranslation("preview.back")), new H2(getTranslation("editor.title", module.key)),
                toolbar, problems, general, lessons);
    }

    private void save() {
        version = library.saveDraft(moduleId, version, module.toContent());
        Notifications.success(getTranslation("editor.saved"));
    }

    private void showProblems(List<ContentProblem> found) {
        problems.removeAll();
        if (found.isEmpty()) {
            problems.add(new Paragraph(getTranslation("editor.no-problems")));
        } else {
            problems.add(new H3(getTranslation("module.publish-problems")), new ProblemList(found));
        }
    }

    @Override
    public String titleKey() {
        return "editor.page-title";
    }
}
