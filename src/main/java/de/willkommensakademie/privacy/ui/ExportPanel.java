package de.willkommensakademie.privacy.ui;

import java.util.function.LongSupplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import de.willkommensakademie.base.ui.FileTransfer;
import de.willkommensakademie.privacy.ExportDownload;
import de.willkommensakademie.privacy.ExportProgress;
import de.willkommensakademie.privacy.ExportStatus;
import de.willkommensakademie.privacy.PersonalDataExports;

/**
 * One button that starts an export, a progress bar while the features' parts are collected (the page polls every
 * second), then a link that fetches the ZIP once: afterwards the link is gone and the export deleted.
 */
class ExportPanel extends VerticalLayout {

    private final PersonalDataExports exports;
    private final Button start;
    private final ProgressBar bar = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final VerticalLayout result = new VerticalLayout();
    private Registration polling;

    ExportPanel(PersonalDataExports exports, String startText, LongSupplier starter) {
        this.exports = exports;
        setPadding(false);
        result.setPadding(false);
        bar.setVisible(false);
        bar.setMin(0);
        status.getElement().setAttribute("aria-live", "polite");
        start = new Button(startText, event -> start(starter));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(start, bar, status, result);
    }

    void setStartEnabled(boolean enabled) {
        start.setEnabled(enabled);
    }

    private void start(LongSupplier starter) {
        start.setEnabled(false);
        result.removeAll();
        long id = starter.getAsLong();
        bar.setVisible(true);
        show(exports.progress(id));
        UI ui = UI.getCurrent();
        if (polling == null && !exports.progress(id).ready()) {
            ui.setPollInterval(1000);
            polling = ui.addPollListener(event -> show(exports.progress(id)));
        }
    }

    private void show(ExportProgress progress) {
        bar.setMax(Math.max(1, progress.totalParts()));
        bar.setValue(progress.doneParts());
        if (progress.status() == ExportStatus.RUNNING) {
            status.setText(getTranslation("privacy.export.running", progress.doneParts(), progress.totalParts()));
            return;
        }
        stopPolling();
        start.setEnabled(true);
        if (progress.status() == ExportStatus.FAILED) {
            status.setText(getTranslation("privacy.export.failed"));
            return;
        }
        status.setText(getTranslation("privacy.export.ready"));
        UI ui = UI.getCurrent();
        Anchor[] link = new Anchor[1];
        link[0] = FileTransfer.download(getTranslation("privacy.export.download"), progress.fileName(),
                progress.fileName(), "application/zip", () -> {
                    ExportDownload download = exports.fetch(progress.id());
                    ui.access(() -> {
                        link[0].setVisible(false);
                        status.setText(getTranslation("privacy.export.fetched"));
                    });
                    return download.content();
                });
        result.add(link[0]);
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            UI.getCurrent().setPollInterval(-1);
        }
    }
}
