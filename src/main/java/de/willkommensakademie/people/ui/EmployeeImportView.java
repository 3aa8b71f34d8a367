package de.willkommensakademie.people.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ErrorEvent;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.FileTransfer;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.people.EmployeeImport;
import de.willkommensakademie.people.ImportPreview;
import de.willkommensakademie.people.ImportProblem;
import de.willkommensakademie.people.ImportRow;
import jakarta.annotation.security.RolesAllowed;

/**
 * Upload a CSV file, see every row and every problem with its line, then import all rows at once or none. The file
 * stays in memory only for this page.
 */
@Route("admin/import")
@RolesAllowed(Role.Name.ADMIN)
class EmployeeImportView extends VerticalLayout implements TranslatedTitle {

    static final String EXAMPLE_HEADER = "first_name;last_name;email;username;job_role;team;start_date;language;roles";
    private static final int MAX_BYTES = EmployeeImport.MAX_FILE_BYTES;

    private final transient EmployeeImport employeeImport;
    private final Grid<ImportProblem> problems = new Grid<>();
    private final Grid<ImportRow> rows = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Button importButton = new Button();
    private final ProgressBar progress = new ProgressBar();
    private byte[] content;

    EmployeeImportView(EmployeeImport employeeImport) {
        this.employeeImport = employeeImport;
        Locale locale = getLocale();
        addClassName("page");

        // The shared upload field: translated texts, size enforced by browser and server, preview through UI.access.
        Upload upload = FileTransfer.upload(MAX_BYTES, "CSV", this::showPreview, ".csv", "text/csv");
        upload.getElement().setAttribute("aria-label", getTranslation("import.upload"));

        problems.addColumn(problem -> problem.line() == 0 ? getTranslation("import.whole-file") : problem.line())
                .setHeader(getTranslation("import.column.line")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> problem.column() == null ? "" : problem.column())
                .setHeader(getTranslation("import.column.column")).setAutoWidth(true);
        problems.addColumn(problem -> getTranslation(problem.messageKey(), problem.arguments().toArray()))
                .setHeader(getTranslation("import.column.problem")).setFlexGrow(1);
        problems.setAriaLabel(getTranslation("import.problems"));
        problems.setAllRowsVisible(true);

        rows.addColumn(ImportRow::line).setHeader(getTranslation("import.column.line")).setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(row -> row.firstName() + " " + row.lastName()).setHeader(getTranslation("employee.field.name"))
                .setAutoWidth(true);
        rows.addColumn(ImportRow::username).setHeader(getTranslation("employee.field.username")).setAutoWidth(true);
        rows.addColumn(ImportRow::email).setHeader(getTranslation("employee.field.email")).setAutoWidth(true);
        rows.addColumn(row -> row.jobRole().name(locale)).setHeader(getTranslation("employee.field.job-role"))
                .setAutoWidth(true);
        rows.addColumn(row -> row.team() == null ? "" : row.team().name())
                .setHeader(getTranslation("employee.field.team")).setAutoWidth(true);
        DateTimeFormatter dates = DateTimeFormatter
                .ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        rows.addColumn(row -> row.startDate() == null ? "" : dates.format(row.startDate()))
                .setHeader(getTranslation("employee.field.start-date")).setAutoWidth(true);
        rows.setAriaLabel(getTranslation("import.rows"));

        importButton.setText(getTranslation("import.action"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(event -> importAll());
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("import.running"));
        summary.getElement().setAttribute("role", "status");

        add(new H2(getTranslation("nav.import")), new Paragraph(getTranslation("import.explanation")),
                new Code(EXAMPLE_HEADER), new Paragraph(getTranslation("import.columns")), upload, summary,
                importButton, progress, new H3(getTranslation("import.problems")), problems, new H3(getTranslation("import.rows")),
                rows);
        showPreview(null);
    }

    /** Checks the uploaded file and shows what would happen; nothing is stored yet. */
    void showPreview(byte[] uploaded) {
        this.content = uploaded;
        if (uploaded == null) {
            summary.setText(getTranslation("import.nothing-yet"));
            problems.setItems(List.of());
            rows.setItems(List.of());
            importButton.setEnabled(false);
            return;
        }
        ImportPreview preview = employeeImport.preview(uploaded);
        problems.setItems(preview.problems());
        rows.setItems(preview.rows());
        importButton.setEnabled(preview.importable());
        summary.setText(preview.importable() ? getTranslation("import.ready", preview.rows().size())
                : getTranslation("import.not-ready", preview.problems().size()));
    }

    /**
     * Imports in the background with the admin's rights (2,000 rows take a few seconds): the page shows a progress bar
     * and stays usable, and polls until the result arrives.
     */
    private void importAll() {
        UI ui = UI.getCurrent();
        byte[] file = content;
        importButton.setEnabled(false);
        progress.setVisible(true);
        summary.setText(getTranslation("import.running"));
        ui.setPollInterval(500);
        employeeImport.importInBackground(file).whenComplete((created, failed) -> ui.access(() -> {
            stopWaiting(ui);
            if (failed == null) {
                Notifications.success(getTranslation("import.done", created.size()));
                new OneTimePasswordDialog(created).open();
                showPreview(null);
            } else {
                importButton.setEnabled(true);
                ui.getSession().getErrorHandler().error(new ErrorEvent(unwrapped(failed)));
            }
        }));
    }

    /** The import's own exception, as the error handler translates it, not the future's wrapper. */
    private static Throwable unwrapped(Throwable failed) {
        return failed instanceof CompletionException wrapper && wrapper.getCause() != null ? wrapper.getCause()
                : failed;
    }

    private void stopWaiting(UI ui) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
    }

    @Override
    public String titleKey() {
        return "nav.import";
    }
}
