package de.willkommensakademie.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.content.ContentStatus;
import de.willkommensakademie.base.content.ContentSummary;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.ContentLibraryList;
import de.willkommensakademie.base.ui.FileTransfer;
import de.willkommensakademie.base.ui.NewDraftDialog;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.base.ui.ZipImportDialog;
import de.willkommensakademie.learning.AssignedKind;
import de.willkommensakademie.learning.ContentProblem;
import de.willkommensakademie.learning.ModuleLibrary;
import de.willkommensakademie.learning.ui.assign.AssignDialogs;
import jakarta.annotation.security.RolesAllowed;

/**
 * All modules a trainer can see: the shipped library, the authority's own, and those other authorities share. Pick
 * one, then edit, preview, publish, archive, duplicate, export, assign or look at its quiz statistics. Managers and
 * admins see the list to assign modules.
 */
@Route("modules")
@RolesAllowed({Role.Name.TRAINER, Role.Name.MANAGER, Role.Name.ADMIN})
@Menu(title = "nav.modules", order = 30, icon = "vaadin:book")
class ModulesView extends VerticalLayout implements TranslatedTitle {

    private final transient ModuleLibrary library;
    private final ContentLibraryList<ContentProblem> list;

    ModulesView(ModuleLibrary library, AssignDialogs assignDialogs, CurrentUser currentUser) {
        this.library = library;
        boolean trainer = currentUser.require().hasRole(Role.TRAINER);
        addClassName("page");
        setSizeFull();
        list = new ContentLibraryList<>(library, "module.status.", "nav.modules", getLocale(), trainer,
                id -> getUI().ifPresent(ui -> ui.navigate(ModuleEditorView.class, id)), ProblemList::new,
                "module.publish-problems.text", new ContentLibraryList.Extras() {

                    @Override
                    public void afterEdit(ContentSummary module, String title) {
                        list.button("module.action.preview", title, () -> getUI().ifPresent(
                                ui -> ui.navigate(ModulePreviewView.class, module.id())));
                    }

                    @Override
                    public void afterChanges(ContentSummary module, String title) {
                        list.actions().add(FileTransfer.download(getTranslation("module.action.export"), title,
                                module.key() + ".zip", "application/zip", () -> library.exportZip(module.id())));
                        if (module.publishedVersion() > 0) {
                            list.button("module.action.statistics", title, () -> new StatisticsDialog(
                                    library.statistics(module.id()), title, getLocale()).open());
                        }
                    }

                    @Override
                    public void forEveryone(ContentSummary module, String title) {
                        if (module.status() == ContentStatus.PUBLISHED) {
                            list.button("module.action.assign", title,
                                    () -> assignDialogs.open(AssignedKind.MODULE, module.id(), title));
                        }
                    }
                });

        add(new H2(getTranslation("nav.modules")));
        if (trainer) {
            Button create = new Button(getTranslation("module.new"), VaadinIcon.PLUS.create(), event -> createDialog());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button importButton = new Button(getTranslation("module.import"), VaadinIcon.UPLOAD.create(),
                    event -> importDialog());
            FlexLayout toolbar = new FlexLayout(create, importButton);
            toolbar.addClassName("module-actions");
            add(toolbar);
        }
        add(list.filters(), list.grid(), new Paragraph(getTranslation("module.select-hint")), list.actions());
        setFlexGrow(1, list.grid());
    }

    private void createDialog() {
        new NewDraftDialog("module.new", null, library::create,
                id -> getUI().ifPresent(ui -> ui.navigate(ModuleEditorView.class, id))).open();
    }

    private void importDialog() {
        new ZipImportDialog<>("module.import", "module.import.explanation", "module.import.done",
                library.maxArchiveBytes(), library::importZip, ProblemList::new, list::refresh).open();
    }

    @Override
    public String titleKey() {
        return "nav.modules";
    }
}
