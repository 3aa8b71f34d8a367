package de.willkommensakademie.base.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.willkommensakademie.base.content.ContentLibrary;
import de.willkommensakademie.base.content.ContentStatus;
import de.willkommensakademie.base.content.ContentSummary;

/**
 * The list every content library page shares (modules, role-plays, and types to come): search and status filters,
 * the grid (title, status, version, source, last change) loaded page by page, and the toolbar of the selected entry
 * with the actions every type has (edit, duplicate, publish, archive, share). A page adds its own actions (preview,
 * export, statistics, assign) through {@link Extras}, and places {@link #filters()}, {@link #grid()} and
 * {@link #actions()} where it wants them.
 */
public class ContentLibraryList<P> {

    /** The page's own actions, each added with {@link #button}; the defaults add nothing. */
    public interface Extras {

        /** Trainers, after "edit" (e.g. preview). */
        default void afterEdit(ContentSummary item, String title) {
        }

        /** Trainers, after the changing actions (exports, statistics). */
        default void afterChanges(ContentSummary item, String title) {
        }

        /** Everyone who sees the list (e.g. assign). */
        default void forEveryone(ContentSummary item, String title) {
        }
    }

    private final ContentLibrary<P> library;
    private final boolean trainer;
    private final LongConsumer openEditor;
    private final Function<List<P>, Component> problemList;
    private final String problemsTextKey;
    private final Extras extras;
    private final Locale locale;
    private final TextField search = new TextField();
    private final ComboBox<ContentStatus> status = new ComboBox<>();
    private final Grid<ContentSummary> grid = new Grid<>();
    private final FlexLayout filters;
    private final FlexLayout actions = new FlexLayout();

    /**
     * @param statusPrefix the type's status translations ({@code module.status.})
     * @param labelKey names the grid for screen readers
     * @param trainer whether the changing actions are offered (others see the list to assign)
     * @param problemList shows the problems that prevent publishing, under the text {@code problemsTextKey}
     */
    public ContentLibraryList(ContentLibrary<P> library, String statusPrefix, String labelKey, Locale locale,
            boolean trainer, LongConsumer openEditor, Function<List<P>, Component> problemList,
            String problemsTextKey, Extras extras) {
        this.library = library;
        this.trainer = trainer;
        this.openEditor = openEditor;
        this.problemList = problemList;
        this.problemsTextKey = problemsTextKey;
        this.extras = extras;
        this.locale = locale;

        search.setLabel(t("employees.filter.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        status.setLabel(t("employees.filter.status"));
        status.setItems(ContentStatus.values());
        status.setItemLabelGenerator(option -> t(statusPrefix + option.name()));
        status.setClearButtonVisible(true);
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        filters = new FlexLayout(search, status);
        filters.addClassName("filters");

        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        grid.addColumn(item -> item.title(locale)).setHeader(t("module.field.title")).setFlexGrow(2);
        grid.addColumn(item -> t(statusPrefix + item.status().name())).setHeader(t("employees.filter.status"))
                .setAutoWidth(true);
        grid.addColumn(ContentSummary::publishedVersion).setHeader(t("module.field.version")).setAutoWidth(true);
        grid.addColumn(item -> t(item.library() ? "module.source.library"
                : item.editable() ? "module.source.own" : "module.source.shared"))
                .setHeader(t("module.field.source")).setAutoWidth(true);
        grid.addColumn(item -> dates.format(item.updatedAt().atZone(ZoneId.systemDefault())))
                .setHeader(t("module.field.updated")).setAutoWidth(true);
        grid.setAriaLabel(t(labelKey));
        grid.setItems(query -> library.find(search.getValue(), status.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) library.count(search.getValue(), status.getValue()));
        grid.asSingleSelect().addValueChangeListener(event -> showActions(event.getValue()));
        actions.addClassName("module-actions");
        actions.getElement().setAttribute("role", "toolbar");
        actions.getElement().setAttribute("aria-label", t("module.actions"));
    }

    public FlexLayout filters() {
        return filters;
    }

    public Grid<ContentSummary> grid() {
        return grid;
    }

    public FlexLayout actions() {
        return actions;
    }

    /** After a change: fresh rows, nothing selected. */
    public void refresh() {
        grid.getDataProvider().refreshAll();
        showActions(null);
    }

    /** A button for the selected entry whose accessible name says which entry it acts on. */
    public Button button(String key, String title, Runnable action) {
        Button button = new Button(t(key), event -> action.run());
        button.setAriaLabel(t(key) + ": " + title);
        actions.add(button);
        return button;
    }

    private void showActions(ContentSummary item) {
        actions.removeAll();
        if (item == null) {
            return;
        }
        String title = item.title(locale);
        if (trainer) {
            if (item.changeable()) {
                button("module.action.edit", title, () -> openEditor.accept(item.id()));
            }
            extras.afterEdit(item, title);
            button("module.action.duplicate", title, () -> {
                long copy = library.duplicate(item.id());
                Notifications.success(t("module.duplicated", title));
                openEditor.accept(copy);
            });
            if (item.changeable()) {
                button("module.action.publish", title, () -> publish(item, title));
                button("module.action.archive", title, () -> {
                    library.archive(item.id(), item.version());
                    Notifications.success(t("module.archived", title));
                    refresh();
                });
                button(item.shared() ? "module.action.unshare" : "module.action.share", title, () -> {
                    library.share(item.id(), item.version(), !item.shared());
                    refresh();
                });
            }
            extras.afterChanges(item, title);
        }
        extras.forEveryone(item, title);
    }

    private void publish(ContentSummary item, String title) {
        List<P> problems = library.publish(item.id(), item.version());
        if (problems.isEmpty()) {
            Notifications.success(t("module.published", title));
            refresh();
            return;
        }
        Dialog dialog = new Dialog(t("module.publish-problems"));
        dialog.add(new Paragraph(t(problemsTextKey)), problemList.apply(problems));
        dialog.getFooter().add(new Button(t("action.close"), event -> dialog.close()));
        dialog.setWidth("min(48rem, 100vw)");
        dialog.open();
    }

    private static String t(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }
}
