package de.willkommensakademie.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditRecord;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit log screen in German and English: every action filterable, a range of days, sign-ins hidden, CSV. The
 * entries are written into authorities of the class's own, so the lists read are exactly them.
 */
class AuditLogViewTest extends KaribuTest {

    private static final AtomicLong IDS = new AtomicLong(91_000_000);
    private static final LocalDate DAY = LocalDate.of(2018, 3, 7);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void in_german_every_action_is_a_filter_and_days_and_sign_ins_narrow_the_list() {
        seed();
        login(ownAuthority().admin());
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate(AuditLogView.class);

        ComboBox<AuditAction> action = actionFilter("Aktion");
        assertThat(action.getListDataView().getItems().toList()).containsExactlyInAnyOrder(AuditAction.values());
        for (AuditAction each : AuditAction.values()) {
            assertThat(action.getItemLabelGenerator().apply(each)).as(each.name()).doesNotStartWith("!")
                    .doesNotContain("_");
        }
        assertThat(action.getItemLabelGenerator().apply(AuditAction.CERTIFICATE_TEMPLATE_CHANGED))
                .isEqualTo("Gestaltung der Bescheinigungen geändert");

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Von (Datum)")), DAY);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Bis (Datum)")), DAY);
        assertThat(shown()).extracting(AuditRecord::target).containsExactly("view-renamed", "view-login");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("von „Alt“ zu „Neu“", "Team umbenannt");

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("An- und Abmeldungen ausblenden")), true);
        assertThat(shown()).extracting(AuditRecord::target).containsExactly("view-renamed");

        _setValue(action, AuditAction.LOGIN);
        assertThat(shown()).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withText("Gefilterte Einträge als CSV herunterladen"))).isNotNull();
    }

    @Test
    void in_english_the_same_screen_speaks_english() {
        seed();
        login(ownAuthority().admin());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(AuditLogView.class);

        ComboBox<AuditAction> action = actionFilter("Action");
        for (AuditAction each : AuditAction.values()) {
            assertThat(action.getItemLabelGenerator().apply(each)).as(each.name()).doesNotStartWith("!");
        }
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("From (date)")), DAY);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("To (date)")), DAY);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Hide sign-ins and sign-outs")), true);
        assertThat(shown()).extracting(AuditRecord::target).containsExactly("view-renamed");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("from “Alt” to “Neu”", "Team renamed");
        assertThat(_find(Anchor.class, spec -> spec.withText("Download the filtered entries as CSV"))).hasSize(1);
    }

    @Test
    void an_admin_sees_only_their_authoritys_entries_and_others_cannot_open_the_log() {
        seed();
        login(other().admin());
        UI.getCurrent().navigate(AuditLogView.class);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Von (Datum)")), DAY);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Bis (Datum)")), DAY);
        assertThat(shown()).extracting(AuditRecord::target).containsExactly("view-other-authority");

        for (Person person : List.of(ownAuthority().manager(), ownAuthority().employee())) {
            login(person);
            UI.getCurrent().navigate("admin/audit");
            assertThat(_find(AuditLogView.class)).as(person.username()).isEmpty();
        }
    }

    /** A further authority of the class's own, the "other" one. */
    private TestAuthority other() {
        return TestAuthority.of(context, getClass(), "b");
    }

    /** The entries, written once into the class's own authority and the other one. */
    private void seed() {
        long ours = ownAuthority().id();
        long theirs = other().id();
        if (jdbc.queryForObject("select count(*) from audit_entry where target like 'view-%' and authority_id = ?",
                Integer.class, ours) > 0) {
            return;
        }
        var noon = DAY.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant();
        insert(ours, AuditAction.LOGIN, "view-login", Timestamp.from(noon), null, null);
        insert(ours, AuditAction.TEAM_RENAMED, "view-renamed", Timestamp.from(noon.plusSeconds(60)),
                "audit.details.from-to", "[\"Alt\",\"Neu\"]");
        insert(ours, AuditAction.TEAM_CREATED, "view-day-before", Timestamp.from(noon.minusSeconds(86_400)), null,
                null);
        insert(theirs, AuditAction.TEAM_CREATED, "view-other-authority", Timestamp.from(noon), null, null);
    }

    private void insert(long authority, AuditAction action, String target, Timestamp at, String key,
            String arguments) {
        jdbc.update("insert into audit_entry (id, occurred_at, authority_id, actor, action, target, details_key,"
                + " details_arguments) values (?, ?, ?, 'admin', ?, ?, ?, ?)", IDS.incrementAndGet(), at, authority,
                action.name(), target, key, arguments);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<AuditAction> actionFilter(String label) {
        return _get(ComboBox.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditRecord> grid() {
        return _get(Grid.class);
    }

    private static List<AuditRecord> shown() {
        return GridKt._findAll(grid());
    }
}
