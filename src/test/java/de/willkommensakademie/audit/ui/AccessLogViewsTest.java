package de.willkommensakademie.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.audit.AccessKind;
import de.willkommensakademie.audit.AccessRecord;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Who viewed my data" for every person and the authority's access log for administrators, in German and English:
 * labels, the entries each may see and no others, filters, and the pages refused to everyone else. The entries are
 * written about people of the class's own authority (and a further one), not about demo people.
 */
class AccessLogViewsTest extends KaribuTest {

    private static final AtomicLong IDS = new AtomicLong(92_000_000);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void in_german_a_person_opens_who_viewed_their_data_from_the_user_menu_and_sees_only_entries_about_them() {
        String what = unique();
        TestAuthority authority = ownAuthority();
        Person manager = authority.manager();
        Person kevin = authority.employee();
        insert(manager, kevin, AccessKind.ONBOARDING_VIEWED, what + " neu", Instant.now().minusSeconds(3600));
        insert(manager, kevin, AccessKind.PERSON_PAGE_VIEWED, what + " alt", Instant.now().minusSeconds(86_400 * 30));
        insert(manager, kevin, AccessKind.EXPORTED, what + " zu alt",
                Instant.now().atZone(ZoneId.systemDefault()).minusMonths(13).toInstant());
        insert(manager, authority.buddy(), AccessKind.EXPORTED, what + " Sophie", Instant.now());

        login(kevin);
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate("");
        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class), "Wer hat meine Daten angesehen?");

        assertThat(_get(H2.class).getText()).isEqualTo("Wer hat meine Daten angesehen?");
        assertThat(_find(Paragraph.class)).anyMatch(text -> text.getText().contains("letzten 12 Monaten"));
        Grid<AccessRecord> grid = grid();
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText)
                .containsExactly("Zeitpunkt", "Wer", "Was", "Gegenstand");
        List<AccessRecord> mine = shown(grid).stream().filter(entry -> entry.what() != null && entry.what().startsWith(what)).toList();
        assertThat(mine).extracting(AccessRecord::what).containsExactly(what + " neu", what + " alt");
        int row = shown(grid).indexOf(mine.getFirst());
        assertThat(GridKt._getFormattedRow(grid, row)).contains(manager.fullName(), "Einarbeitungsplan angesehen",
                what + " neu");
    }

    @Test
    void in_english_the_same_page_speaks_english_and_says_when_nobody_looked() {
        String what = unique();
        TestAuthority authority = ownAuthority();
        insert(authority.admin(), authority.englishSpeaker(), AccessKind.EVIDENCE_DOWNLOADED, what, Instant.now());

        login(authority.englishSpeaker());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("account/access-log");

        assertThat(_get(H2.class).getText()).isEqualTo("Who viewed my data?");
        assertThat(_find(Paragraph.class)).anyMatch(text -> text.getText().contains("last 12 months"));
        Grid<AccessRecord> grid = grid();
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText)
                .containsExactly("When", "Who", "What", "Concerning");
        assertThat(grid.getEmptyStateText()).isEqualTo("Nobody else has viewed your records in the last 12 months.");
        int row = shown(grid).stream().map(AccessRecord::what).toList().indexOf(what);
        assertThat(GridKt._getFormattedRow(grid, row)).contains(authority.admin().fullName(),
                "Language evidence downloaded");
    }

    @Test
    void in_german_an_administrator_filters_the_authoritys_log_by_person_kind_and_days() {
        String what = unique();
        LocalDate day = LocalDate.of(2019, 5, 14);
        Instant noon = day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant();
        TestAuthority authority = ownAuthority();
        TestAuthority other = TestAuthority.of(context, getClass(), "b");
        Person oleksandr = authority.outsider();
        Person claudia = authority.secondManager();
        Person huseyin = authority.englishSpeaker();
        insert(authority.manager(), oleksandr, AccessKind.PERSON_PAGE_VIEWED, what + " Oleksandr", noon);
        insert(claudia, huseyin, AccessKind.EXPORTED, what + " Hüseyin", noon.plusSeconds(60));
        insert(authority.manager(), oleksandr, AccessKind.REMINDED, what + " Tag davor", noon.minusSeconds(86_400));
        insert(other.admin(), other.employee(), AccessKind.PERSON_PAGE_VIEWED, what + " andere Behörde", noon);

        login(authority.admin());
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate("admin/access-log");

        assertThat(_get(H2.class).getText()).isEqualTo("Zugriffsprotokoll");
        assertThat(grid().getColumns()).extracting(Grid.Column::getHeaderText)
                .containsExactly("Zeitpunkt", "Wer", "Wessen Daten", "Was", "Gegenstand");
        ComboBox<AccessKind> kind = kindFilter("Art des Zugriffs");
        assertThat(kind.getListDataView().getItems().toList()).containsExactlyInAnyOrder(AccessKind.values());
        for (AccessKind each : AccessKind.values()) {
            assertThat(kind.getItemLabelGenerator().apply(each)).as(each.name()).doesNotStartWith("!")
                    .doesNotContain("_");
        }
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Von (Datum)")), day);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Bis (Datum)")), day);
        assertThat(whats()).containsExactly(what + " Hüseyin", what + " Oleksandr");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains(claudia.fullName(), huseyin.fullName(), "Exportiert");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Person")), oleksandr.lastName().toLowerCase(Locale.ROOT));
        assertThat(whats()).containsExactly(what + " Oleksandr");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Person")), claudia.lastName());
        assertThat(whats()).containsExactly(what + " Hüseyin");
        _setValue(kind, AccessKind.PERSON_PAGE_VIEWED);
        assertThat(whats()).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withText("Gefilterte Einträge als CSV herunterladen"))).isNotNull();
    }

    @Test
    void in_english_an_administrator_sees_only_their_own_authoritys_entries() {
        String what = unique();
        LocalDate day = LocalDate.of(2019, 6, 3);
        Instant noon = day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant();
        TestAuthority authority = ownAuthority();
        TestAuthority other = TestAuthority.of(context, getClass(), "b");
        insert(authority.manager(), authority.outsider(), AccessKind.PERSON_PAGE_VIEWED, what + " Musterstadt", noon);
        insert(other.admin(), other.employee(), AccessKind.REMINDED, what + " Beispielheim", noon);

        login(other.admin());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("admin/access-log");

        assertThat(_get(H2.class).getText()).isEqualTo("Access log");
        assertThat(grid().getColumns()).extracting(Grid.Column::getHeaderText)
                .containsExactly("When", "Who", "Whose records", "What", "Concerning");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("From (date)")), day);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("To (date)")), day);
        assertThat(whats()).containsExactly(what + " Beispielheim");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains(other.admin().fullName(), other.employee().fullName(),
                "Reminder sent");
        assertThat(_find(Anchor.class, spec -> spec.withText("Download the filtered entries as CSV"))).hasSize(1);
    }

    @Test
    void only_administrators_open_the_authoritys_log_and_operators_have_no_page_about_themselves() {
        TestAuthority authority = ownAuthority();
        // the operator is the platform's, in no authority: the demo's one serves
        for (String username : List.of(authority.manager().username(), authority.trainer().username(),
                authority.employee().username(), "operator")) {
            login(username);
            UI.getCurrent().navigate("admin/access-log");
            assertThat(_find(AccessLogView.class)).as(username).isEmpty();
        }
        login("operator");
        UI.getCurrent().navigate("account/access-log");
        assertThat(_find(MyAccessLogView.class)).isEmpty();
        UI.getCurrent().navigate("");
        assertThat(_get(MenuBar.class).getItems().getFirst().getSubMenu().getItems())
                .noneMatch(item -> item.getText().contains("Daten"));
    }

    /** An access entry as the access hooks write it, in the actor's authority. */
    private void insert(Person actor, Person subject, AccessKind kind, String what, Instant at) {
        long authority = jdbc.queryForObject("select authority_id from employee where id = ?", Long.class, actor.id());
        jdbc.update("insert into access_entry (id, accessed_at, authority_id, actor_id, actor, subject_id, subject,"
                + " kind, what) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", IDS.incrementAndGet(), Timestamp.from(at),
                authority, actor.id(), actor.fullName(), subject.id(), subject.fullName(), kind.name(), what);
    }

    private static String unique() {
        return "view-test " + UUID.randomUUID().toString().substring(0, 8);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<AccessKind> kindFilter(String label) {
        return _get(ComboBox.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AccessRecord> grid() {
        return _get(Grid.class);
    }

    private static List<AccessRecord> shown(Grid<AccessRecord> grid) {
        return GridKt._findAll(grid);
    }

    private static List<String> whats() {
        return shown(grid()).stream().map(AccessRecord::what).toList();
    }
}
