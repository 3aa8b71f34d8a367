package de.willkommensakademie.provisioning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.people.AuthorityRow;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.provisioning.ScimTokenRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The operator's SCIM tokens, used by their labels: a token is created, shown once, listed and revoked. */
class ScimTokensViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void the_operator_creates_a_token_that_is_shown_once_stored_as_a_hash_and_revokes_it() throws Exception {
        TestAuthority authority = ownAuthority();
        login("operator");
        UI.getCurrent().navigate(ScimTokensView.class);

        ComboBox<AuthorityRow> choice = _get(ComboBox.class, spec -> spec.withLabel("Behörde"));
        _click(_get(Button.class, spec -> spec.withText("Token erstellen")));
        assertThat(choice.isInvalid()).as("an authority must be chosen").isTrue();
        assertThat(_find(Dialog.class)).isEmpty();

        _setValue(choice, choice.getListDataView().getItems().filter(row -> row.id() == authority.id()).findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Token erstellen")));

        Dialog shown = _get(Dialog.class);
        assertThat(shown.getHeaderTitle()).isEqualTo("Neues SCIM-Token für " + authority.name());
        String token = _get(TextField.class, spec -> spec.withLabel("Token (geheim)")).getValue();
        assertThat(token).as("32 random bytes, base64url").matches("[A-Za-z0-9_-]{43}");
        assertThat(_get(TextField.class, spec -> spec.withLabel("SCIM-Adresse (Tenant-URL)")).getValue())
                .endsWith("/scim/v2");
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.queryForObject("select count(*) from scim_token where authority_id = ? and token_hash = ?"
                + " and created_by = 'operator'", Long.class, authority.id(), hash)).isEqualTo(1);
        _click(_get(Button.class, spec -> spec.withText("Schließen")));
        assertThat(_find(Dialog.class)).as("and never again").isEmpty();
        assertThat(audit(authority, AuditAction.SCIM_TOKEN_CREATED)).isEqualTo(1);

        Grid<ScimTokenRow> grid = _get(Grid.class);
        int row = rowOf(grid, authority);
        assertThat(GridKt._getFormattedRow(grid, row)).contains(authority.name(), "operator", "noch nie");
        _click((Button) GridKt._getCellComponent(grid, row, "actions"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(notificationTexts()).contains("Token von " + authority.name() + " widerrufen.");
        assertThat(rowOf(grid, authority)).as("gone from the list").isEqualTo(-1);
        assertThat(jdbc.queryForObject("select count(*) from scim_token where authority_id = ?", Long.class,
                authority.id())).isZero();
        assertThat(audit(authority, AuditAction.SCIM_TOKEN_REVOKED)).isEqualTo(1);
    }

    private static int rowOf(Grid<ScimTokenRow> grid, TestAuthority authority) {
        return IntStream.range(0, GridKt._size(grid)).filter(row -> GridKt._get(grid, row).authorityId()
                == authority.id()).findFirst().orElse(-1);
    }

    private long audit(TestAuthority authority, AuditAction action) {
        return jdbc.queryForObject("select count(*) from audit_entry where authority_id = ? and action = ?"
                + " and actor = 'operator'", Long.class, authority.id(), action.name());
    }
}
