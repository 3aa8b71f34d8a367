package de.willkommensakademie.scenario.ui;

import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.content.ContentStatus;
import de.willkommensakademie.base.content.ContentSummary;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.ContentLibraryList;
import de.willkommensakademie.base.ui.FileTransfer;
import de.willkommensakademie.base.ui.NewDraftDialog;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.base.ui.ZipImportDialog;
import de.willkommensakademie.learning.AssignedKind;
import de.willkommensakademie.learning.ui.assign.AssignDialogs;
import de.willkommensakademie.scenario.ScenarioLibrary;
import de.willkommensakademie.scenario.ScenarioProblem;
import de.willkommensakademie.scenario.ScenarioResults;
import jakarta.annotation.security.RolesAllowed;

/**
 * Every role-play a trainer can see: the shipped library, the authority's own, and those other authorities share.
 * Pick one, then edit, preview, publish, archive, duplicate, share, export (ZIP or Twee), assign or look at its
 * statistics; create a new one or import a ZIP or a Twine story. Managers and admins see the list to assign
 * role-plays, as they do with modules.
 */
@Route("scenarios/library")
@RolesAllowed({Role.Name.TRAINER, Role.Name.MANAGER, Role.Name.ADMIN})
@Menu(title = "nav.scenario-library", order = 31, icon = "vaadin:sitemap")
class ScenarioLibraryView extends VerticalLayout implements TranslatedTitle {

    private final transient ScenarioLibrary library;
    private final ContentLibraryList<ScenarioProblem> list;

    ScenarioLibraryView(ScenarioLibrary library, ScenarioResults results, AssignDialogs assignDialogs,
            CurrentUser currentUser) {
        this.library = library;
        boolean trainer = currentUser.require().hasRole(Role.TRAINER);
        addClassName("page");
        setSizeFull();
        list = new ContentLibraryList<>(library, "scenario.status.", "nav.scenario-library", getLocale(), trainer,
                id -> getUI().ifPresent(ui -> ui.navigate(ScenarioEditorView.class, id)), ScenarioProblemList::new,
                "scenario.publish-problems.text", new ContentLibraryList.Extras() {

                    @Override
                    public void afterEdit(ContentSummary item, String title) {
                        if (item.editable() || item.publishedVersion() > 0) {
                            list.button("module.action.preview", title, () -> new ScenarioPreviewDialog(library,
                                    item.id(), library.draft(item.id()).content(), null).open());
                        }
                    }

                    @Override
                    public void afterChanges(ContentSummary item, String title) {
                        list.actions().add(FileTransfer.download(getTranslation("module.action.export"), title,
                                item.key() + ".zip", "application/zip", () -> library.exportZip(item.id())));
                        list.actions().add(FileTransfer.download(getTranslation("scenario.action.export-twee"),
                                title, item.key() + ".twee", "text/plain;charset=utf-8",
                                () -> library.exportTwee(item.id()).getBytes(StandardCharsets.UTF_8)));
                        if (item.publishedVersion() > 0) {
                            list.button("scenario.action.statistics", title, () -> new ScenarioStatisticsDialog(
                                    results.statistics(item.id()), getLocale()).open());
                        }
                    }

                    /** The same assign dialog as for modules, for published role-plays. */
                    @Override
                    public void forEveryone(ContentSummary item, String title) {
                        if (item.status() == ContentStatus.PUBLISHED) {
                            list.button("module.action.assign", title,
                                    () -> assignDialogs.open(AssignedKind.ROLE_PLAY, item.id(), title));
                        }
                    }
                });

        Button create = new Button(getTranslation("scenario.new"), VaadinIcon.PLUS.create(), event -> createDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importZip = new Button(getTranslation("scenario.import"), VaadinIcon.UPLOAD.create(),
                event -> importDialog());
        Button importTwee = new Button(getTranslation("scenario.import-twee"), VaadinIcon.UPLOAD.create(),
                event -> tweeDialog());
        FlexLayout toolbar = new FlexLayout(create, importZip, importTwee);
        toolbar.addClassName("module-actions");
        add(new H2(getTranslation("nav.scenario-library")));
        if (trainer) {
            add(new Paragraph(getTranslation("scenario.library.intro")), toolbar);
        } else {
            add(new Paragraph(getTranslation("scenario.library.intro-assign")));
        }
        add(list.filters(), list.grid(), new Paragraph(getTranslation("scenario.select-hint")), list.actions());
        setFlexGrow(1, list.grid());
    }

    private void createDialog() {
        new NewDraftDialog("scenario.new", "scenario.new.explanation", library::create,
                id -> getUI().ifPresent(ui -> ui.navigate(ScenarioEditorView.class, id))).open();
    }

    private void importDialog() {
        new ZipImportDialog<>("scenario.import", "scenario.import.explanation", "scenario.import.done",
                library.maxArchiveBytes(), library::importZip, ScenarioProblemList::new, list::refresh).open();
    }

    private void tweeDialog() {
        Dialog dialog = new Dialog(getTranslation("scenario.import-twee"));
        RadioButtonGroup<String> language = new RadioButtonGroup<>(getTranslation("scenario.twee.language"));
        language.setItems("de", "en");
        language.setItemLabelGenerator(code -> getTranslation("content-language." + code));
        language.setValue("de");
        int maxBytes = (int) library.maxTweeBytes();
        Upload upload = FileTransfer.upload(maxBytes, "Twee", bytes -> {
            ScenarioLibrary.TweeImport imported = library.importTwee(bytes, language.getValue());
            dialog.close();
            Notifications.success(imported.untranslated().isEmpty() ? getTranslation("scenario.twee.done")
                    : getTranslation("scenario.twee.done-with-notes", imported.untranslated().size()));
            getUI().ifPresent(ui -> ui.navigate(ScenarioEditorView.class, imported.id()));
        }, ".twee", ".tw", "text/plain");
        dialog.add(new Paragraph(getTranslation("scenario.twee.explanation", library.maxNodes())), language, upload);
        dialog.getFooter().add(new Button(getTranslation("action.close"), event -> dialog.close()));
        dialog.setWidth("min(40rem, 100vw)");
        dialog.open();
    }

    @Override
    public String titleKey() {
        return "nav.scenario-library";
    }
}
