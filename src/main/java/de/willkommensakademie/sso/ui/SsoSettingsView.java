package de.willkommensakademie.sso.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.AppAddress;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.sso.SsoOverview;
import de.willkommensakademie.sso.SsoSettingsService;
import jakarta.annotation.security.RolesAllowed;
/**
 * The platform operator's single sign-on settings: every authority with whether and where it signs in through its
 * identity provider, and an editor per authority with the addresses to enter at the provider.
 */
@Route("operator/sso")
@RolesAllowed(Role.Name.OPERATOR)
@Menu(title = "nav.sso", order = 96, icon = "vaadin:key")
class SsoSettingsView extends VerticalLayout implements TranslatedTitle {

    private final transient SsoSettingsService settings;
    private final Grid<SsoOverview> grid = new Grid<>();
    private final String baseUrl;

    SsoSettingsView(SsoSettingsService settings) {
        this.settings = settings;
        this.baseUrl = AppAddress.baseUrl();
        addClassName("page");
        setSizeFull();

        // The edit button first and the name wrapping beside it, so a phone shows both without scrolling sideways
        // (a column frozen to the end would cover the others' headers there).
        grid.addComponentColumn(row -> {
            Button edit = new Button(getTranslation("action.edit"), event -> edit(row));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("sso.operator.edit.named", row.authorityName()));
            return edit;
        }).setHeader(getTranslation("sso.operator.column.actions")).setKey("actions").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SsoOverview::authorityName).setHeader(getTranslation("sso.operator.column.authority"))
                .setWidth("12em").setFlexGrow(1);
        grid.addComponentColumn(this::status).setHeader(getTranslation("sso.operator.column.status"))
                .setKey("status").setAutoWidth(true);
        grid.addColumn(SsoOverview::issuerUri)
                .setHeader(getTranslation("sso.operator.field.issuer")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.localLogin() ? "sso.operator.local-login.on"
                : "sso.operator.local-login.off")).setHeader(getTranslation("sso.operator.column.local-login"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("nav.sso"));
        grid.setItems(settings.overview());

        add(new H2(getTranslation("nav.sso")), new Paragraph(getTranslation("sso.operator.intro")), grid);
        setFlexGrow(1, grid);
    }

    private Span status(SsoOverview row) {
        Span badge = new Span(getTranslation(row.enabled() ? "sso.operator.status.on" : "sso.operator.status.off"));
        badge.addClassNames("status-badge", row.enabled() ? "status-active" : "status-inactive");
        return badge;
    }

    private void edit(SsoOverview row) {
        new SsoSettingsDialog(settings, settings.load(row.authorityId()), row.authorityName(), row.slug(), baseUrl,
                () -> grid.setItems(settings.overview())).open();
    }


    @Override
    public String titleKey() {
        return "nav.sso";
    }
}
