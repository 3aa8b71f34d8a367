package de.willkommensakademie.sso.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.sso.ConnectionCheck;
import de.willkommensakademie.sso.SsoConfiguration;
import de.willkommensakademie.sso.SsoSettingsService;

/**
 * Edits one authority's single sign-on settings. Nothing is checked here that the service does not check again; a
 * refused save leaves the dialog open with everything typed, and the session's error handler shows why.
 */
class SsoSettingsDialog extends Dialog {

    // The widths of the sso_settings columns (V27), so nothing typed is too long to store.
    private static final int ISSUER = 500;
    private static final int CLIENT_ID = 200;
    private static final int SECRET_REF = 300;
    private static final int CLAIM = 100;
    private static final int LIST = 1000;
    private static final int USERNAME = 60;

    private final transient SsoSettingsService settings;
    private final transient Runnable onSaved;
    private final String authorityName;
    private final long authorityId;
    private long version;

    private final Checkbox enabled = new Checkbox();
    private final TextField issuer = new TextField();
    private final TextField clientId = new TextField();
    private final TextField secretRef = new TextField();
    private final TextField usernameClaim = new TextField();
    private final TextField emailClaim = new TextField();
    private final TextField givenNameClaim = new TextField();
    private final TextField familyNameClaim = new TextField();
    private final TextField groupsClaim = new TextField();
    private final Checkbox manageRoles = new Checkbox();
    private final TextArea employeeGroups = new TextArea();
    private final TextArea managerGroups = new TextArea();
    private final TextArea trainerGroups = new TextArea();
    private final TextArea adminGroups = new TextArea();
    private final TextField teamClaim = new TextField();
    private final TextField jobRoleClaim = new TextField();
    private final TextArea emailDomains = new TextArea();
    private final Checkbox localLogin = new Checkbox();
    private final TextField breakGlass = new TextField();
    private final Div checkResult = new Div();

    SsoSettingsDialog(SsoSettingsService settings, SsoConfiguration configuration, String authorityName,
            String slug, String baseUrl, Runnable onSaved) {
        this.settings = settings;
        this.onSaved = onSaved;
        this.authorityName = authorityName;
        this.authorityId = configuration.authorityId();
        this.version = configuration.version();
        setHeaderTitle(getTranslation("sso.operator.edit.title", authorityName));
        setWidth("min(56rem, 100vw)");

        label(enabled, "sso.operator.field.enabled", "sso.operator.field.enabled.helper");
        label(issuer, "sso.operator.field.issuer", "sso.operator.field.issuer.helper", ISSUER);
        issuer.setPlaceholder("https://keycloak.example/realms/musterstadt");
        label(clientId, "sso.operator.field.client-id", "sso.operator.field.client-id.helper", CLIENT_ID);
        label(secretRef, "sso.operator.field.secret-ref", "sso.operator.field.secret-ref.helper", SECRET_REF);
        secretRef.setPlaceholder("env:WA_SSO_SECRET");
        label(usernameClaim, "sso.operator.field.username-claim", null, CLAIM);
        label(emailClaim, "sso.operator.field.email-claim", null, CLAIM);
        label(givenNameClaim, "sso.operator.field.given-name-claim", null, CLAIM);
        label(familyNameClaim, "sso.operator.field.family-name-claim", null, CLAIM);
        label(groupsClaim, "sso.operator.field.groups-claim", "sso.operator.field.groups-claim.helper", CLAIM);
        claimHelper(usernameClaim, "preferred_username");
        claimHelper(emailClaim, "email");
        claimHelper(givenNameClaim, "given_name");
        claimHelper(familyNameClaim, "family_name");
        label(manageRoles, "sso.operator.field.manage-roles", "sso.operator.field.manage-roles.helper");
        label(employeeGroups, "sso.operator.field.employee-groups", "sso.operator.field.employee-groups.helper");
        label(managerGroups, "sso.operator.field.manager-groups", "sso.operator.field.groups.helper");
        label(trainerGroups, "sso.operator.field.trainer-groups", "sso.operator.field.groups.helper");
        label(adminGroups, "sso.operator.field.admin-groups", "sso.operator.field.groups.helper");
        label(teamClaim, "sso.operator.field.team-claim", "sso.operator.field.team-claim.helper", CLAIM);
        label(jobRoleClaim, "sso.operator.field.job-role-claim", "sso.operator.field.job-role-claim.helper", CLAIM);
        label(emailDomains, "sso.operator.field.email-domains", "sso.operator.field.email-domains.helper");
        label(localLogin, "sso.operator.field.local-login", "sso.operator.field.local-login.helper");
        label(breakGlass, "sso.operator.field.break-glass", "sso.operator.field.break-glass.helper", USERNAME);
        read(configuration);
        // The group lists only mean something while the provider keeps the roles.
        manageRoles.addValueChangeListener(event -> showRoleMapping());
        localLogin.addValueChangeListener(event -> breakGlass.setRequiredIndicatorVisible(!event.getValue()));
        showRoleMapping();
        breakGlass.setRequiredIndicatorVisible(!configuration.localLogin());

        FormLayout connection = form(enabled, issuer, clientId, secretRef);
        connection.setColspan(enabled, 2);
        connection.setColspan(issuer, 2);
        FormLayout claims = form(usernameClaim, emailClaim, givenNameClaim, familyNameClaim, groupsClaim);
        FormLayout roles = form(manageRoles, employeeGroups, managerGroups, trainerGroups, adminGroups, teamClaim,
                jobRoleClaim);
        roles.setColspan(manageRoles, 2);
        FormLayout login = form(emailDomains, localLogin, breakGlass);
        login.setColspan(emailDomains, 2);
        login.setColspan(localLogin, 2);

        checkResult.addClassName("sso-check-result");
        // Announced when the test finishes, without moving the focus away from the button.
        checkResult.getElement().setAttribute("role", "status");

        add(section("sso.operator.section.connection"), connection,
                section("sso.operator.section.provider-urls"),
                new Paragraph(getTranslation("sso.operator.provider-urls.intro")), providerUrls(baseUrl, slug),
                section("sso.operator.section.claims"), claims,
                section("sso.operator.section.roles"), roles,
                section("sso.operator.section.login"), login, checkResult);

        Button test = new Button(getTranslation("sso.operator.action.check"), event -> check());
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        getFooter().add(cancel, test, save);
    }

    /**
     * Read-only and selectable, so the operator can copy them into the identity provider's client settings; text areas,
     * so a long address wraps on a phone instead of hiding its end.
     */
    private FormLayout providerUrls(String baseUrl, String slug) {
        String registrationId = SsoConfiguration.defaults(authorityId).registrationId();
        TextArea redirect = url("sso.operator.url.redirect", baseUrl + "/login/oauth2/code/" + registrationId);
        TextArea backChannel = url("sso.operator.url.back-channel",
                baseUrl + "/logout/connect/back-channel/" + registrationId);
        TextArea postLogout = url("sso.operator.url.post-logout", baseUrl + "/login");
        TextArea deepLink = url("sso.operator.url.login-link", baseUrl + "/login?authority=" + slug);
        FormLayout urls = form(redirect, backChannel, postLogout, deepLink);
        urls.setColspan(redirect, 2);
        urls.setColspan(backChannel, 2);
        urls.setColspan(postLogout, 2);
        urls.setColspan(deepLink, 2);
        return urls;
    }

    private H3 section(String titleKey) {
        H3 title = new H3(getTranslation(titleKey));
        title.addClassName("sso-section");
        return title;
    }

    private TextArea url(String labelKey, String value) {
        TextArea field = new TextArea(getTranslation(labelKey));
        field.setValue(value);
        field.setReadOnly(true);
        field.setHelperText(getTranslation(labelKey + ".helper"));
        field.setWidthFull();
        return field;
    }

    private void label(TextField field, String labelKey, String helperKey, int maxLength) {
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        if (helperKey != null) {
            field.setHelperText(getTranslation(helperKey));
        }
    }

    private void claimHelper(TextField field, String keycloakDefault) {
        field.setHelperText(getTranslation("sso.operator.field.claim.helper", keycloakDefault));
    }

    private void label(TextArea field, String labelKey, String helperKey) {
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(LIST);
        field.setHelperText(getTranslation(helperKey));
    }

    private void label(Checkbox field, String labelKey, String helperKey) {
        field.setLabel(getTranslation(labelKey));
        field.setHelperText(getTranslation(helperKey));
    }

    private static FormLayout form(Component... fields) {
        FormLayout layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        return layout;
    }

    private void showRoleMapping() {
        boolean managed = manageRoles.getValue();
        for (TextArea list : new TextArea[] {employeeGroups, managerGroups, trainerGroups, adminGroups}) {
            list.setEnabled(managed);
        }
    }

    private void read(SsoConfiguration c) {
        enabled.setValue(c.enabled());
        issuer.setValue(text(c.issuerUri()));
        clientId.setValue(text(c.clientId()));
        secretRef.setValue(text(c.clientSecretRef()));
        usernameClaim.setValue(text(c.usernameClaim()));
        emailClaim.setValue(text(c.emailClaim()));
        givenNameClaim.setValue(text(c.givenNameClaim()));
        familyNameClaim.setValue(text(c.familyNameClaim()));
        groupsClaim.setValue(text(c.groupsClaim()));
        manageRoles.setValue(c.manageRoles());
        employeeGroups.setValue(text(c.employeeGroups()));
        managerGroups.setValue(text(c.managerGroups()));
        trainerGroups.setValue(text(c.trainerGroups()));
        adminGroups.setValue(text(c.adminGroups()));
        teamClaim.setValue(text(c.teamClaim()));
        jobRoleClaim.setValue(text(c.jobRoleClaim()));
        emailDomains.setValue(text(c.emailDomains()));
        localLogin.setValue(c.localLogin());
        breakGlass.setValue(text(c.breakGlassUsername()));
    }

    /** The settings as typed, with the version they were loaded at. */
    SsoConfiguration current() {
        return new SsoConfiguration(authorityId, version, enabled.getValue(), issuer.getValue().strip(),
                clientId.getValue().strip(), secretRef.getValue().strip(), usernameClaim.getValue().strip(),
                emailClaim.getValue().strip(), givenNameClaim.getValue().strip(), familyNameClaim.getValue().strip(),
                groupsClaim.getValue().strip(), manageRoles.getValue(), employeeGroups.getValue(),
                managerGroups.getValue(), trainerGroups.getValue(), adminGroups.getValue(), teamClaim.getValue().strip(),
                jobRoleClaim.getValue().strip(), emailDomains.getValue(), localLogin.getValue(),
                breakGlass.getValue().strip());
    }

    private void check() {
        checkResult.removeAll();
        ConnectionCheck result = settings.check(current());
        if (result.reachable()) {
            checkResult.add(new Paragraph(getTranslation("sso.operator.check.reachable", result.issuer())),
                    new Paragraph(getTranslation(result.endSession() ? "sso.operator.check.end-session.yes"
                            : "sso.operator.check.end-session.no")),
                    new Paragraph(getTranslation(result.backChannelLogout() ? "sso.operator.check.back-channel.yes"
                            : "sso.operator.check.back-channel.no")));
            checkResult.setClassName("sso-check-ok", true);
            checkResult.setClassName("sso-check-failed", false);
        } else {
            checkResult.add(new Paragraph(getTranslation("sso.operator.check.unreachable", result.issuer())),
                    new Paragraph(getTranslation("sso.operator.check.problem", result.problem())));
            checkResult.setClassName("sso-check-ok", false);
            checkResult.setClassName("sso-check-failed", true);
        }
    }

    private void save() {
        SsoConfiguration saved = settings.save(current());
        version = saved.version();
        Notifications.success(getTranslation("sso.operator.saved", authorityName));
        close();
        onSaved.run();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
