package de.willkommensakademie.assessment.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.assessment.QuestionnaireProblem;
import de.willkommensakademie.assessment.Questionnaires;
import de.willkommensakademie.base.content.ContentStatus;
import de.willkommensakademie.base.content.ContentSummary;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.ContentLibraryList;
import de.willkommensakademie.base.ui.FileTransfer;
import de.willkommensakademie.base.ui.TranslatedTitle;
import jakarta.annotation.security.RolesAllowed;

/**
 * The self-assessment questionnaires a trainer or admin can see: the shipped one, the authority's own and those other
 * authorities share. The shipped one is adapted into the authority's own copy under the same key (so rounds stay
 * comparable) and edited there; own ones are edited, published, archived, shared or duplicated. Any questionnaire can
 * be exported as {@code questionnaire.yaml}, and such a file imported (and published) into the own authority.
 */
@Route("questionnaires")
@RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
@Menu(title = "nav.questionnaires", order = 33, icon = "vaadin:clipboard-text")
class QuestionnairesView extends VerticalLayout implements TranslatedTitle {

    private final ContentLibraryList<QuestionnaireProblem> list;

    QuestionnairesView(Questionnaires questionnaires) {
        addClassName("page");
        setSizeFull();
        list = new ContentLibraryList<>(questionnaires, "module.status.", "nav.questionnaires", getLocale(), true,
                this::openEditor, QuestionnaireProblemList::new, "assessment.content.publish-problems.text",
                new ContentLibraryList.Extras() {

                    /** Shipped and shared questionnaires are adapted: the own copy keeps the key. */
                    @Override
                    public void afterEdit(ContentSummary item, String title) {
                        if (!item.editable() && item.status() == ContentStatus.PUBLISHED) {
                            list.button("assessment.content.action.adapt", title,
                                    () -> openEditor(questionnaires.adapt(item.id())));
                        }
                    }

                    @Override
                    public void afterChanges(ContentSummary item, String title) {
                        list.actions().add(FileTransfer.download(getTranslation("assessment.content.action.export"),
                                title, item.key() + ".yaml", "application/yaml",
                                () -> questionnaires.exportYaml(item.id())));
                    }
                });
        Button importFile = new Button(getTranslation("assessment.content.import"), VaadinIcon.UPLOAD.create(),
                event -> importDialog(questionnaires));
        FlexLayout toolbar = new FlexLayout(importFile);
        toolbar.addClassName("module-actions");
        add(new H2(getTranslation("nav.questionnaires")),
                new Paragraph(getTranslation("assessment.content.library.intro")), toolbar, list.filters(), list.grid(),
                new Paragraph(getTranslation("assessment.content.select-hint")), list.actions());
        setFlexGrow(1, list.grid());
    }

    /** Imports a questionnaire.yaml; a file with any problem stores nothing and lists them all. */
    private void importDialog(Questionnaires questionnaires) {
        Dialog dialog = new Dialog(getTranslation("assessment.content.import"));
        VerticalLayout result = new VerticalLayout();
        result.setPadding(false);
        Upload upload = FileTransfer.upload(Questionnaires.MAX_FILE_BYTES, "YAML", file -> {
            result.removeAll();
            List<QuestionnaireProblem> problems = questionnaires.importYaml(file);
            if (problems.isEmpty()) {
                result.add(new Paragraph(getTranslation("assessment.content.import.done")));
                list.refresh();
            } else {
                result.add(new H3(getTranslation("module.import.problems", problems.size())),
                        new QuestionnaireProblemList(problems));
            }
        }, ".yaml", ".yml", "application/yaml", "text/yaml");
        dialog.add(new Paragraph(getTranslation("assessment.content.import.explanation")), upload, result);
        dialog.getFooter().add(new Button(getTranslation("action.close"), event -> dialog.close()));
        dialog.setWidth("min(48rem, 100vw)");
        dialog.open();
    }

    private void openEditor(long id) {
        getUI().ifPresent(ui -> ui.navigate(QuestionnaireEditorView.class, id));
    }

    @Override
    public String titleKey() {
        return "nav.questionnaires";
    }
}
