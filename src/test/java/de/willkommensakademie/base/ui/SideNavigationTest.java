package de.willkommensakademie.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import de.willkommensakademie.KaribuTest;
import org.junit.jupiter.api.Test;

/** The side navigation in groups by purpose, as a manager and an employee see it, and which groups stay open. */
class SideNavigationTest extends KaribuTest {

    @Test
    void a_manager_finds_the_entries_grouped_by_purpose() {
        login("manager");
        UI.getCurrent().navigate("");

        assertThat(labels(_get(SideNav.class).getItems()))
                .containsExactly("Startseite", "Mein Bereich", "Team", "Inhalte erstellen");
        assertThat(labels(group("Mein Bereich").getItems())).containsExactly("Meine ersten Wochen", "Mein Lernen",
                "Rollenspiele", "Bescheinigungen", "Meine Sprachen", "Sprachenpool", "Meine Einarbeitungsaufgaben");
        assertThat(labels(group("Team").getItems())).containsExactly("Mein Team", "Rollenspiele im Team", "Teamfortschritt",
                "Einarbeitung im Team", "Sprachen im Team", "Standortbestimmung", "Maßnahmenplan");
        assertThat(labels(group("Inhalte erstellen").getItems())).containsExactly("Lernmodule", "Rollenspiel-Bibliothek");
    }

    @Test
    void an_employee_sees_only_the_groups_that_hold_an_entry_for_them() {
        login("employee");
        UI.getCurrent().navigate("");

        assertThat(labels(_get(SideNav.class).getItems())).containsExactly("Startseite", "Mein Bereich");
        assertThat(labels(group("Mein Bereich").getItems())).containsExactly("Meine ersten Wochen", "Mein Lernen",
                "Rollenspiele", "Bescheinigungen", "Meine Sprachen", "Sprachenpool", "Meine Einarbeitungsaufgaben");
    }

    @Test
    void the_group_of_the_current_page_is_open_and_groups_the_person_opened_stay_open() {
        login("manager");
        UI.getCurrent().navigate("team");
        assertThat(group("Team").isExpanded()).as("the group holding the page shown").isTrue();
        assertThat(group("Inhalte erstellen").isExpanded()).isFalse();

        group("Inhalte erstellen").setExpanded(true);
        UI.getCurrent().navigate("learning");
        assertThat(group("Mein Bereich").isExpanded()).isTrue();
        assertThat(group("Inhalte erstellen").isExpanded()).as("opened by the person").isTrue();

        group("Team").setExpanded(false);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("certificates");
        assertThat(group("Inhalte erstellen").isExpanded()).as("still open after a reload").isTrue();
        assertThat(group("Team").isExpanded()).as("closed by the person").isFalse();
    }

    @Test
    void the_toggle_of_a_group_speaks_the_persons_language() {
        login("manager");
        UI.getCurrent().navigate("");

        assertThat(_get(SideNav.class).getI18n()).isNotNull();
        assertThat(_get(SideNav.class).getI18n().getToggle()).isEqualTo("Untereinträge ein- oder ausblenden");
    }

    private static SideNavItem group(String label) {
        return _get(SideNav.class).getItems().stream().filter(item -> label.equals(item.getLabel())).findFirst()
                .orElseThrow(() -> new AssertionError("no navigation group " + label));
    }

    private static List<String> labels(List<SideNavItem> items) {
        return items.stream().map(SideNavItem::getLabel).toList();
    }
}
