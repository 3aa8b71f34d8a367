package de.willkommensakademie.scenario.ui;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.FileTransfer;
import de.willkommensakademie.base.ui.NewDraftDialog;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.base.ui.ZipImportDialog;
import de.willkommensakademie.learning.AssignedKind;
import de.willkommensakademie.learning.ui.assign.AssignDialogs;
import de.willkommensakademie.scenario.ScenarioLibrary;
import de.willkommensakademie.base.content.ContentSummary;
import de.willkommensakademie.scenario.ScenarioProblem;
import de.willkommensakademie.scenario.ScenarioResults;
import de.willkommensakademie.base.content.ContentStatus;
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
    private final transient ScenarioResults results;
    private final transient AssignDialogs assignDialogs;
    private final boolean trainer;
    private final TextField search = new TextField();
    private final ComboBox<ContentStatus> status = new ComboBox<>();
    private final Grid<ContentSummary> grid = new Grid<>();
    private final FlexLayout actions = new FlexLayout();

    ScenarioLibraryView(ScenarioLibrary library, ScenarioResults results, AssignDialogs assignDialogs,
            CurrentUser currentUser) {
        this.library = library;
        this.results = results;
        this.assignDialogs = assignDialogs;
        this.trainer = currentUser.require().hasRole(Role.TRAINER);
        Locale locale = getLocale();
        addClassName("page");
        setSizeFull();

        search.setLabel(getTranslation("employees.filter.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        status.setLabel(getTranslation("employees.filter.status"));
        status.setItems(ContentStatus.values());
        status.setItemLabelGenerator(option -> getTranslation("scenario.status." + option.name()));
        status.setClearButtonVisible(true);
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        FlexLayout filters = new FlexLayout(search, status);
        filters.addClassName("filters");

        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        grid.addColumn(item -> item.title(locale)).setHeader(getTranslation("module.field.title")).setFlexGrow(2);
        grid.addColumn(item -> getTranslation("scenario.status." + item.status().name()))
                .setHeader(getTranslation("employees.filter.status")).setAutoWidth(true);
        grid.addColumn(ContentSummary::publishedVersion).setHeader(getTranslation("module.field.version"))
                .setAutoWidth(true);
        grid.addColumn(item -> getTranslation(item.library() ? "module.source.library"
                : item.editable() ? "module.source.own" : "module.source.shared"))
                .setHeader(getTranslation("module.field.source")).setAutoWidth(true);
        grid.addColumn(item -> dates.format(item.updatedAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("module.field.updated")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("nav.scenario-library"));
        grid.setItems(query -> library.find(search.getValue(), status.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) library.count(search.getValue(), status.getValue()));
        grid.asSingleSelect().addValueChangeListener(event -> showActions(event.getValue()));
        actions.addClassName("module-actions");
        actions.getElement().setAttribute("role", "toolbar");
        actions.getElement().setAttribute("aria-label", getTranslation("module.actions"));

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
        add(filters, grid, new Paragraph(getTranslation("scenario.select-hint")), actions);
        setFlexGrow(1, grid);
        showActions(null);
    }

    private void showActions(ContentSummary item) {
        actions.removeAll();
        if (item == null) {
            return;
        }
        String title = item.title(getLocale());
        if (!trainer) {
            addAssign(item, title);
            return;
        }
        boolean changeable = item.editable() && item.status() != ContentStatus.ARCHIVED;
        if (changeable) {
            actions.add(button("module.action.edit", title, () -> getUI().ifPresent(
                    ui -> ui.navigate(ScenarioEditorView.class, item.id()))));
        }
        if (item.editable() || item.publishedVersion() > 0) {
            actions.add(button("module.action.preview", title, () -> new ScenarioPreviewDialog(library, item.id(),
                    library.draft(item.id()).content(), null).open()));
        }
        actions.add(button("module.action.duplicate", title, () -> {
            long copy = library.duplicate(item.id());
            Notifications.success(getTranslation("module.duplicated", title));
            getUI().ifPresent(ui -> ui.navigate(ScenarioEditorView.class, copy));
        }));
        if (changeable) {
            actions.add(button("module.action.publish", title, () -> publish(item)));
            actions.add(button("module.action.archive", title, () -> {
                library.archive(item.id(), item.version());
                Notifications.success(getTranslation("module.archived", title));
                refresh();
            }));
            actions.add(button(item.shared() ? "module.action.unshare" : "module.action.share", title, () -> {
                library.share(item.id(), item.version(), !item.shared());
                refresh();
            }));
        }
        actions.add(FileTransfer.download(getTranslation("module.action.export"), title, item.key() + ".zip",
                "application/zip",
                () -> library.exportZip(item.id())));
        actions.add(FileTransfer.download(getTranslation("scenario.action.export-twee"), title, item.key() + ".twee",
                "text/plain;charset=utf-8",
                () -> library.exportTwee(item.id()).getBytes(StandardCharsets.UTF_8)));
        if (item.publishedVersion() > 0) {
            actions.add(button("scenario.action.statistics", title, () -> new ScenarioStatisticsDialog(
                    results.statistics(item.id()), getLocale()).open()));
        }
        addAssign(item, title);
    }

    /** The same assign dialog as for modules, for published role-plays. */
    private void addAssign(ContentSummary item, String title) {
        if (item.status() == ContentStatus.PUBLISHED) {
            actions.add(button("module.action.assign", title,
                    () -> assignDialogs.open(AssignedKind.ROLE_PLAY, item.id(), title)));
        }
    }

    private Button button(String key, String title, Runnable action) {
        Button button = new Button(getTranslation(key), event -> action.run());
        button.setAriaLabel(getTranslation(key) + ": " + title);
        return button;
    }

    private void publish(ContentSummary item) {
        List<ScenarioProblem> problems = library.publish(item.id(), item.version());
        if (problems.isEmpty()) {
            Notifications.success(getTranslation("module.published", item.title(getLocale())));
            refresh();
            return;
        }
        Dialog dialog = new Dialog(getTranslation("module.publish-problems"));
        dialog.add(new Paragraph(getTranslation("scenario.publish-problems.text")), new ScenarioProblemList(problems));
        dialog.getFooter().add(new Button(getTranslation("action.close"), event -> dialog.close()));
        dialog.setWidth("min(48rem, 100vw)");
        dialog.open();
    }

    private void createDialog() {
        new NewDraftDialog("scenario.new", "scenario.new.explanation", library::create,
                id -> getUI().ifPresent(ui -> ui.navigate(ScenarioEditorView.class, id))).open();
    }

    private void importDialog() {
        new ZipImportDialog<>("scenario.import", "scenario.import.explanation", "scenario.import.done",
                library.maxArchiveBytes(), library::importZip, ScenarioProblemList::new, this::refresh).open();
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

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showActions(null);
    }

    @Override
    public String titleKey() {
        return "nav.scenario-library";
    }
}
