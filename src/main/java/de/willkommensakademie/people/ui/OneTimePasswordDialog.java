package de.willkommensakademie.people.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.willkommensakademie.people.TemporaryPassword;

/**
 * Shows one-time passwords once, right after they were made, with a CSV download for many. They are never stored in
 * plain text, so closing this dialog is the last chance to see them.
 */
class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(List<TemporaryPassword> entries) {
        setHeaderTitle(getTranslation("one-time.title"));
        add(new Paragraph(getTranslation("one-time.explanation")));
        Grid<TemporaryPassword> grid = new Grid<>();
        grid.addColumn(TemporaryPassword::fullName).setHeader(getTranslation("employee.field.name")).setAutoWidth(true);
        grid.addColumn(TemporaryPassword::username).setHeader(getTranslation("employee.field.username")).setAutoWidth(true);
        grid.addColumn(TemporaryPassword::password).setHeader(getTranslation("one-time.password")).setAutoWidth(true)
                .setPartNameGenerator(entry -> "monospace");
        grid.setItems(entries);
        grid.setAllRowsVisible(entries.size() <= 10);
        grid.setAriaLabel(getTranslation("one-time.title"));
        add(grid);
        if (entries.size() > 1) {
            byte[] csv = toCsv(entries);
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(csv), "one-time-passwords.csv", "text/csv", csv.length)),
                    getTranslation("one-time.download"));
            download.getElement().setAttribute("download", true);
            add(download);
        }
        Button close = new Button(getTranslation("action.close"), event -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        setCloseOnOutsideClick(false);
        setWidth("min(48rem, 100vw)");
    }

    static byte[] toCsv(List<TemporaryPassword> entries) {
        StringBuilder csv = new StringBuilder("\uFEFFusername;name;one_time_password\n");
        for (TemporaryPassword entry : entries) {
            csv.append(entry.username()).append(';').append(quote(entry.fullName())).append(';')
                    .append(entry.password()).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Quoted, and never starting like a spreadsheet formula (CSV injection). */
    private static String quote(String text) {
        String safe = text.matches("^[=+\\-@\\t\\r].*") ? "'" + text : text;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
