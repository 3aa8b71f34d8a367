package de.willkommensakademie.assessment.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.assessment.QuestionnaireProblem;
import de.willkommensakademie.assessment.Questionnaires;
import de.willkommensakademie.base.content.ContentStatus;
import de.willkommensakademie.base.content.ContentSummary;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.ContentLibraryList;
import de.willkommensakademie.base.ui.TranslatedTitle;
import jakarta.annotation.security.RolesAllowed;

/**
 * The self-assessment questionnaires a trainer or admin can see: the shipped one, the authority's own and those other
 * authorities share. The shipped one is adapted into the authority's own copy under the same key (so rounds stay
 * comparable) and edited there; own ones are edited, published, archived, shared or duplicated.
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
                });
        add(new H2(getTranslation("nav.questionnaires")),
                new Paragraph(getTranslation("assessment.content.library.intro")), list.filters(), list.grid(),
                new Paragraph(getTranslation("assessment.content.select-hint")), list.actions());
        setFlexGrow(1, list.grid());
    }

    private void openEditor(long id) {
        getUI().ifPresent(ui -> ui.navigate(QuestionnaireEditorView.class, id));
    }

    @Override
    public String titleKey() {
        return "nav.questionnaires";
    }
}
