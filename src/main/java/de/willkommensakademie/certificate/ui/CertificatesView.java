package de.willkommensakademie.certificate.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.FileTransfer;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.certificate.CertificateFile;
import de.willkommensakademie.certificate.CertificateLimits;
import de.willkommensakademie.certificate.CertificateRow;
import de.willkommensakademie.certificate.CertificateService;
import de.willkommensakademie.certificate.CertificateStatus;
import de.willkommensakademie.learning.ModuleLibrary;
import de.willkommensakademie.people.ManagedStaff;
import de.willkommensakademie.people.TeamService;
import jakarta.annotation.security.RolesAllowed;

/**
 * The certificate register: employees see their own, managers their teams', admins the whole authority's. Download
 * the archived PDF; managers and admins revoke with a reason; managers and trainers certify external training;
 * managers and admins issue missing certificates for a team in one go.
 */
@Route("certificates")
@RolesAllowed({Role.Name.EMPLOYEE, Role.Name.MANAGER, Role.Name.TRAINER, Role.Name.ADMIN})
@Menu(title = "nav.certificates", order = 7, icon = "vaadin:diploma")
class CertificatesView extends VerticalLayout implements TranslatedTitle {

    private final transient CertificateService certificates;
    private final TextField search = new TextField();
    private final Grid<CertificateRow> grid = new Grid<>();
    private final FlexLayout actions = new FlexLayout();
    private final AppUser user;

    CertificatesView(CertificateService certificates, ManagedStaff employees, TeamService teams,
            ModuleLibrary modules, CurrentUser currentUser) {
        this.certificates = certificates;
        this.user = currentUser.require();
        Locale locale = getLocale();
        addClassName("page");
        setSizeFull();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);

        search.setLabel(getTranslation("employees.filter.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        grid.addColumn(CertificateRow::holderName).setHeader(getTranslation("certificate.field.holder"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.title(locale)).setHeader(getTranslation("certificate.field.title")).setFlexGrow(2);
        grid.addColumn(CertificateRow::number).setHeader(getTranslation("certificate.field.number"))
                .setAutoWidth(true);
        grid.addColumn(row -> dates.format(row.completedOn())).setHeader(getTranslation("certificate.field.date"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.validUntil() == null ? getTranslation("certificate.unlimited")
                : dates.format(row.validUntil())).setHeader(getTranslation("certificate.field.valid-until"))
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation("certificate.status." + row.status().name()))
                .setHeader(getTranslation("certificate.field.status")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("nav.certificates"));
        grid.setItems(query -> certificates.find(search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) certificates.count(search.getValue()));
        grid.asSingleSelect().addValueChangeListener(event -> showActions(event.getValue()));
        actions.addClassName("module-actions");
        actions.getElement().setAttribute("role", "toolbar");
        actions.getElement().setAttribute("aria-label", getTranslation("module.actions"));

        FlexLayout commands = new FlexLayout();
        commands.addClassName("editor-toolbar");
        if (user.hasRole(Role.MANAGER) || user.hasRole(Role.TRAINER)) {
            commands.add(new Button(getTranslation("certificate.external"), VaadinIcon.PLUS.create(),
                    event -> new ExternalTrainingDialog(certificates, employees, this::refresh).open()));
        }
        if (user.hasRole(Role.MANAGER) || user.hasRole(Role.ADMIN)) {
            commands.add(new Button(getTranslation("certificate.bulk"), VaadinIcon.FILE_ZIP.create(),
                    event -> new BulkIssueDialog(certificates, teams, modules, this::refresh).open()));
        }
        add(new H2(getTranslation("nav.certificates")), new Paragraph(getTranslation("certificate.intro")), commands,
                search, grid, new Paragraph(getTranslation("certificate.select-hint")), actions);
        setFlexGrow(1, grid);
    }

    private void showActions(CertificateRow row) {
        actions.removeAll();
        if (row == null) {
            return;
        }
        String what = row.holderName() + ", " + row.title(getLocale());
        actions.add(FileTransfer.download(getTranslation("certificate.download"), what,
                "certificate-" + row.number() + ".pdf", "application/pdf", () -> {
                    CertificateFile file = certificates.download(row.id());
                    return file.content();
                }));
        actions.add(FileTransfer.download(getTranslation("certificate.badge"), what,
                "certificate-" + row.number() + ".badge.json", "application/json",
                () -> certificates.badge(row.id()).content()));
        boolean mayRevoke = user.hasRole(Role.ADMIN)
                || (user.hasRole(Role.MANAGER) && row.employeeId() != user.accountId());
        if (mayRevoke && row.status() != CertificateStatus.REVOKED) {
            Button revoke = new Button(getTranslation("certificate.revoke"), event -> revokeDialog(row));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            revoke.setAriaLabel(getTranslation("certificate.revoke") + ": " + what);
            actions.add(revoke);
        }
        if (row.status() == CertificateStatus.REVOKED) {
            actions.add(new Paragraph(getTranslation("certificate.revoked-because", row.revokedReason())));
        }
    }

    private void revokeDialog(CertificateRow row) {
        Dialog dialog = new Dialog(getTranslation("certificate.revoke-title", row.number()));
        TextArea reason = new TextArea(getTranslation("certificate.field.reason"));
        reason.setRequired(true);
        reason.setMinLength(CertificateLimits.REVOCATION_REASON_MIN);
        reason.setMaxLength(CertificateLimits.REVOCATION_REASON);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("certificate.revoke"), event -> {
            certificates.revoke(row.id(), row.version(), reason.getValue());
            dialog.close();
            Notifications.success(getTranslation("certificate.revoked", row.number()));
            refresh();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("certificate.revoke-explanation")), reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), event -> dialog.close()), confirm);
        dialog.setWidth("min(36rem, 100vw)");
        dialog.open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showActions(null);
    }

    @Override
    public String titleKey() {
        return "nav.certificates";
    }
}
