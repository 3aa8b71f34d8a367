package de.willkommensakademie.certificate.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import de.willkommensakademie.base.content.ContentStatus;
import de.willkommensakademie.base.content.ContentSummary;
import de.willkommensakademie.base.ui.FileTransfer;
import de.willkommensakademie.certificate.BulkResult;
import de.willkommensakademie.certificate.CertificateService;
import de.willkommensakademie.learning.ModuleLibrary;
import de.willkommensakademie.people.TeamOption;
import de.willkommensakademie.people.TeamService;
import org.springframework.data.domain.PageRequest;

/**
 * Issues the missing certificates of one module for one team. The work runs in the background with the signed-in
 * person's rights while the dialog polls for progress; at the end it offers every certificate as one ZIP.
 */
class BulkIssueDialog extends Dialog {

    private final ProgressBar bar = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Div result = new Div();

    BulkIssueDialog(CertificateService certificates, TeamService teams, ModuleLibrary modules, Runnable done) {
        setHeaderTitle(getTranslation("certificate.bulk"));
        ComboBox<TeamOption> team = new ComboBox<>(getTranslation("certificate.field.team"));
        team.setItems(teams.assignableTeams());
        team.setItemLabelGenerator(TeamOption::name);
        // Full width of the dialog: long team names and module titles must be readable, not cut off.
        team.setWidthFull();
        team.setHelperText(getTranslation("certificate.bulk.team-helper"));
        ComboBox<ContentSummary> module = new ComboBox<>(getTranslation("certificate.field.module"));
        module.setItems(modules.find(null, ContentStatus.PUBLISHED,
                PageRequest.of(0, 500)));
        module.setItemLabelGenerator(summary -> summary.title(getLocale()));
        module.setWidthFull();
        module.setHelperText(getTranslation("certificate.bulk.module-helper"));
        // The open list may be wider than the field, so that even a long title shows in one piece.
        module.getStyle().set("--vaadin-combo-box-overlay-width", "min(40rem, 95vw)");
        team.getStyle().set("--vaadin-combo-box-overlay-width", "min(40rem, 95vw)");
        bar.setVisible(false);
        bar.getElement().setAttribute("aria-label", getTranslation("certificate.bulk.progress"));
        status.getElement().setAttribute("role", "status");
        Button start = new Button(getTranslation("certificate.bulk.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(event -> {
            if (team.getValue() == null || module.getValue() == null) {
                status.setText(getTranslation("certificate.bulk.choose"));
                return;
            }
            start.setEnabled(false);
            run(certificates, team.getValue().id(), module.getValue().id(), done);
        });
        add(new Paragraph(getTranslation("certificate.bulk.explanation")), team, module, bar, status, result);
        getFooter().add(new Button(getTranslation("action.close"), event -> close()), start);
        setWidth("min(40rem, 100vw)");
    }

    private void run(CertificateService certificates, long teamId, long moduleId, Runnable done) {
        UI ui = UI.getCurrent();
        int total = certificates.completionsToCheck(teamId, moduleId);
        bar.setVisible(true);
        bar.setMin(0);
        bar.setMax(Math.max(1, total));
        bar.setValue(0);
        status.setText(getTranslation("certificate.bulk.running", 0, total));
        ui.setPollInterval(500);
        certificates.issueMissingInBackground(teamId, moduleId, count -> ui.access(() -> {
            bar.setValue(count);
            status.setText(getTranslation("certificate.bulk.running", count, total));
        })).whenComplete((outcome, failed) -> ui.access(() -> {
            if (failed == null) {
                finished(outcome, done);
            } else {
                ui.setPollInterval(-1);
                status.setText(getTranslation("certificate.bulk.error"));
            }
        }));
    }

    private void finished(BulkResult outcome, Runnable done) {
        UI.getCurrent().setPollInterval(-1);
        bar.setValue(bar.getMax());
        status.setText(getTranslation("certificate.bulk.done", outcome.issued(), outcome.alreadyHad(),
                outcome.failures().size()));
        if (!outcome.failures().isEmpty()) {
            UnorderedList failures = new UnorderedList();
            outcome.failures().forEach(failure -> failures.add(new ListItem(failure.holderName() + ": "
                    + getTranslation(failure.reasonKey()))));
            result.add(failures);
        }
        result.add(FileTransfer.download(getTranslation("certificate.bulk.zip"), null, "certificates.zip",
                "application/zip", outcome::zip));
        done.run();
    }
}
