package de.willkommensakademie.provisioning.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.AppAddress;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.people.AuthorityRow;
import de.willkommensakademie.provisioning.NewScimToken;
import de.willkommensakademie.provisioning.ScimTokenRow;
import de.willkommensakademie.provisioning.ScimTokens;
import jakarta.annotation.security.RolesAllowed;
/**
 * The platform operator's SCIM tokens: one is created for an authority and shown once, to be entered at its identity
 * provider together with the endpoint's address; the list shows who created each and when it was last used, and
 * revokes it.
 */
@Route("operator/scim")
@RolesAllowed(Role.Name.OPERATOR)
@Menu(title = "nav.scim", order = 97, icon = "vaadin:connect")
class ScimTokensView extends VerticalLayout implements TranslatedTitle {

    private final transient ScimTokens tokens;
    private final Grid<ScimTokenRow> grid = new Grid<>();
    private final ComboBox<AuthorityRow> authority = new ComboBox<>();
    private final String endpoint;

    ScimTokensView(ScimTokens tokens) {
        this.tokens = tokens;
        this.endpoint = AppAddress.baseUrl() + "/scim/v2";
        addClassName("page");
        setSizeFull();

        authority.setLabel(getTranslation("scim.operator.authority"));
        authority.setItems(tokens.authorities());
        authority.setItemLabelGenerator(AuthorityRow::name);
        authority.setWidth("min(24rem, 100%)");
        Button create = new Button(getTranslation("scim.operator.create"), event -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout creation = new HorizontalLayout(authority, create);
        creation.setAlignItems(FlexComponent.Alignment.BASELINE);
        creation.setWrap(true);

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        // Name (wrapping) and the revoke action first, so both fit on a phone; the dates scroll beside them.
        grid.addColumn(ScimTokenRow::authorityName).setHeader(getTranslation("scim.operator.column.authority"))
                .setWidth("10rem").setFlexGrow(1);
        grid.addComponentColumn(row -> {
            Button revoke = new Button(getTranslation("scim.operator.revoke"), event -> confirmRevoke(row));
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            revoke.setAriaLabel(getTranslation("scim.operator.revoke.named", row.authorityName(),
                    when.format(row.createdAt())));
            return revoke;
        }).setHeader(getTranslation("scim.operator.column.actions")).setKey("actions").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> when.format(row.createdAt())).setHeader(getTranslation("scim.operator.column.created"))
                .setAutoWidth(true);
        grid.addColumn(ScimTokenRow::createdBy).setHeader(getTranslation("scim.operator.column.created-by"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.lastUsedAt() == null ? getTranslation("scim.operator.never")
                : when.format(row.lastUsedAt())).setHeader(getTranslation("scim.operator.column.last-used"))
                .setKey("lastUsed").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("nav.scim"));
        grid.setEmptyStateText(getTranslation("scim.operator.empty"));
        refresh();

        add(new H2(getTranslation("nav.scim")), new Paragraph(getTranslation("scim.operator.intro", endpoint)),
                creation, grid);
        setFlexGrow(1, grid);
    }

    private void create() {
        if (authority.isEmpty()) {
            authority.setInvalid(true);
            authority.setErrorMessage(getTranslation("scim.operator.choose-authority"));
            return;
        }
        authority.setInvalid(false);
        NewScimToken created = tokens.create(authority.getValue().id());
        refresh();
        showOnce(created);
    }

    /** The token leaves the server this once: closing the dialog is the last chance to copy it. */
    private void showOnce(NewScimToken created) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("scim.operator.created.title", created.authorityName()));
        TextField address = new TextField(getTranslation("scim.operator.created.endpoint"));
        address.setValue(endpoint);
        address.setReadOnly(true);
        address.setWidthFull();
        TextField token = new TextField(getTranslation("scim.operator.created.token"));
        token.setValue(created.token());
        token.setReadOnly(true);
        token.setWidthFull();
        token.addClassName("monospace");
        dialog.add(new Paragraph(getTranslation("scim.operator.created.once")), address, token);
        Button close = new Button(getTranslation("action.close"), event -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.setCloseOnOutsideClick(false);
        dialog.setWidth("min(40rem, 100vw)");
        dialog.open();
    }

    private void confirmRevoke(ScimTokenRow row) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("scim.operator.revoke.confirm", row.authorityName()));
        dialog.setText(getTranslation("scim.operator.revoke.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("scim.operator.revoke"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            tokens.revoke(row.id());
            refresh();
            Notifications.success(getTranslation("scim.operator.revoked", row.authorityName()));
        });
        dialog.open();
    }

    private void refresh() {
        grid.setItems(tokens.list());
    }


    @Override
    public String titleKey() {
        return "nav.scim";
    }
}
