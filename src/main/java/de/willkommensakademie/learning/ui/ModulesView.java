package de.willkommensakademie.learning.ui;

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
import com.vaadin.flow.component.textfield.TextField;
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
import de.willkommensakademie.learning.ContentProblem;
import de.willkommensakademie.learning.ModuleLibrary;
import de.willkommensakademie.base.content.ContentStatus;
import de.willkommensakademie.base.content.ContentSummary;
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
    private final transient AssignDialogs assignDialogs;
    private final boolean trainer;
    private final TextField search = new TextField();
    private final ComboBox<ContentStatus> status = new ComboBox<>();
    private final Grid<ContentSummary> grid = new Grid<>();
    private final FlexLayout actions = new FlexLayout();

    ModulesView(ModuleLibrary library, AssignDialogs assignDialogs, CurrentUser currentUser) {
        this.library = library;
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
        status.setItemLabelGenerator(option -> getTranslation("module.status." + option.name()));
        status.setClearButtonVisible(true);
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        FlexLayout filters = new FlexLayout(search, status);
        filters.addClassName("filters");

        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        grid.addColumn(module -> module.title(locale)).setHeader(getTranslation("module.field.title"))
                .setFlexGrow(2);
        grid.addColumn(module -> getTranslation("module.status." + module.status().name()))
                .setHeader(getTranslation("employees.filter.status")).setAutoWidth(true);
        grid.addColumn(ContentSummary::publishedVersion).setHeader(getTranslation("module.field.version"))
                .setAutoWidth(true);
        grid.addColumn(module -> getTranslation(module.library() ? "module.source.library"
                : module.editable() ? "module.source.own" : "module.source.shared"))
                .setHeader(getTranslation("module.field.source")).setAutoWidth(true);
        grid.addColumn(module -> dates.format(module.updatedAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("module.field.updated")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("nav.modules"));
        grid.setItems(query -> library.find(search.getValue(), status.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) library.count(search.getValue(), status.getValue()));
        grid.asSingleSelect().addValueChangeListener(event -> showActions(event.getValue()));
        actions.addClassName("module-actions");
        actions.getElement().setAttribute("role", "toolbar");
        actions.getElement().setAttribute("aria-label", getTranslation("module.actions"));

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
        add(filters, grid, new Paragraph(getTranslation("module.select-hint")), actions);
        setFlexGrow(1, grid);
        showActions(null);
    }

    private void showActions(ContentSummary module) {
        actions.removeAll();
        if (module == null) {
            return;
        }
        String title = module.title(getLocale());
        if (trainer) {
            if (module.editable() && module.status() != ContentStatus.ARCHIVED) {
                actions.add(button("module.action.edit", title, () -> getUI().ifPresent(
                        ui -> ui.navigate(ModuleEditorView.class, module.id()))));
            }
            actions.add(button("module.action.preview", title, () -> getUI().ifPresent(
                    ui -> ui.navigate(ModulePreviewView.class, module.id()))));
            actions.add(button("module.action.duplicate", title, () -> {
                long copy = library.duplicate(module.id());
                Notifications.success(getTranslation("module.duplicated", title));
                getUI().ifPresent(ui -> ui.navigate(ModuleEditorView.class, copy));
            }));
            if (module.editable() && module.status() != ContentStatus.ARCHIVED) {
                actions.add(button("module.action.publish", title, () -> publish(module)));
                actions.add(button("module.action.archive", title, () -> {
                    library.archive(module.id(), module.version());
                    Notifications.success(getTranslation("module.archived", title));
                    refresh();
                }));
                actions.add(button(module.shared() ? "module.action.unshare" : "module.action.share", title, () -> {
                    library.share(module.id(), module.version(), !module.shared());
                    refresh();
                }));
            }
            actions.add(FileTransfer.download(getTranslation("module.action.export"), title, module.key() + ".zip",
                    "application/zip", () -> library.exportZip(module.id())));
            if (module.publishedVersion() > 0) {
                actions.add(button("module.action.statistics", title, () -> new StatisticsDialog(
                        library.statistics(module.id()), title, getLocale()).open()));
            }
        }
        if (module.status() == ContentStatus.PUBLISHED) {
            actions.add(button("module.action.assign", title,
                    () -> assignDialogs.open(AssignedKind.MODULE, module.id(), title)));
        }
    }

    private Button button(String key, String title, Runnable action) {
        Button button = new Button(getTranslation(key), event -> action.run());
        button.setAriaLabel(getTranslation(key) + ": " + title);
        return button;
    }

    private void publish(ContentSummary module) {
        List<ContentProblem> problems = library.publish(module.id(), module.version());
        if (problems.isEmpty()) {
            Notifications.success(getTranslation("module.published", module.title(getLocale())));
            refresh();
            return;
        }
        Dialog dialog = new Dialog(getTranslation("module.publish-problems"));
        dialog.add(new Paragraph(getTranslation("module.publish-problems.text")), new ProblemList(problems));
        dialog.getFooter().add(new Button(getTranslation("action.close"), event -> dialog.close()));
        dialog.open();
    }

    private void createDialog() {
        new NewDraftDialog("module.new", null, library::create,
                id -> getUI().ifPresent(ui -> ui.navigate(ModuleEditorView.class, id))).open();
    }

    private void importDialog() {
        new ZipImportDialog<>("module.import", "module.import.explanation", "module.import.done",
                library.maxArchiveBytes(), library::importZip, ProblemList::new, this::refresh).open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showActions(null);
    }

    @Override
    public String titleKey() {
        return "nav.modules";
    }
}
