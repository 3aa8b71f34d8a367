package de.willkommensakademie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.ui.LoginView;
import de.willkommensakademie.base.ui.NotFoundView;
import de.willkommensakademie.base.ui.RecordNotFoundView;
import org.junit.jupiter.api.Test;

/** Who may open which route: every route against every demo role, allowed and refused. */
class NavigationAccessTest extends KaribuTest {

    /** Route → demo users who may open it. Written out by hand so a wrong annotation cannot pass unnoticed. */
    private static final Map<String, Set<String>> ACCESS = Map.ofEntries(
            Map.entry("", Set.of("admin", "manager", "trainer", "employee", "operator")),
            Map.entry("account/password", Set.of("admin", "manager", "trainer", "employee", "operator")),
            Map.entry("team", Set.of("manager")),
            Map.entry("team/progress", Set.of("admin", "manager")),
            Map.entry("assessment", Set.of("admin", "manager")),
            Map.entry("learning", Set.of("admin", "manager", "trainer", "employee")),
            Map.entry("scenarios", Set.of("admin", "manager", "trainer", "employee")),
            Map.entry("modules", Set.of("admin", "manager", "trainer")),
            Map.entry("scenarios/library", Set.of("admin", "manager", "trainer")),
            Map.entry("certificates", Set.of("admin", "manager", "trainer", "employee")),
            Map.entry("notices", Set.of("admin", "manager", "trainer", "employee")),
            Map.entry("admin/certificates", Set.of("admin")),
            Map.entry("onboarding", Set.of("admin", "manager", "trainer", "employee")),
            Map.entry("onboarding/tasks", Set.of("admin", "manager", "trainer", "employee")),
            Map.entry("onboarding/team", Set.of("manager")),
            Map.entry("onboarding/templates", Set.of("admin", "trainer")),
            Map.entry("questionnaires", Set.of("admin", "trainer")),
            Map.entry("languages", Set.of("admin", "manager", "trainer", "employee")),
            Map.entry("languages/pool", Set.of("admin", "manager", "trainer", "employee")),
            Map.entry("languages/team", Set.of("manager")),
            Map.entry("admin/languages", Set.of("admin")),
            Map.entry("scenarios/team", Set.of("manager")),
            Map.entry("admin/employees", Set.of("admin")),
            Map.entry("admin/teams", Set.of("admin")),
            Map.entry("admin/team-summary", Set.of("admin")),
            Map.entry("admin/job-roles", Set.of("admin")),
            Map.entry("admin/import", Set.of("admin")),
            Map.entry("admin/audit", Set.of("admin")),
            Map.entry("admin/access-log", Set.of("admin")),
            Map.entry("account/access-log", Set.of("admin", "manager", "trainer", "employee")),
            Map.entry("admin/visibility", Set.of("admin")),
            Map.entry("admin/retention", Set.of("admin")),
            Map.entry("admin/erasure", Set.of("admin")),
            Map.entry("admin/privacy-notice", Set.of("admin")),
            Map.entry("admin/accessibility", Set.of("admin")),
            Map.entry("admin/accessibility-feedback", Set.of("admin")),
            Map.entry("my/visibility", Set.of("admin", "manager", "trainer", "employee")),
            Map.entry("my/data", Set.of("admin", "manager", "trainer", "employee")),
            Map.entry("admin/personal-data", Set.of("admin")),
            Map.entry("assessment/actions", Set.of("admin", "manager")),
            Map.entry("assessment/actions/mine", Set.of("admin", "manager", "trainer", "employee")),
            Map.entry("operator/authorities", Set.of("operator")),
            Map.entry("operator/sso", Set.of("operator")),
            Map.entry("operator/scim", Set.of("operator")));

    private static final List<String> USERS = List.of("admin", "manager", "trainer", "employee", "operator");

    /**
     * Pages about one record, with an id no record has → demo users who may open them: they get as far as the page
     * (which then finds nothing), everyone else is refused by role before any record is looked up.
     */
    private static final Map<String, Set<String>> WITH_RECORD = Map.of(
            "assessment/results/0", Set.of("admin", "manager"));

    @Test
    void pages_about_one_record_let_in_only_the_roles_that_may_use_them() {
        for (String username : USERS) {
            login(username);
            WITH_RECORD.forEach((path, allowed) -> {
                UI.getCurrent().navigate(path);
                assertThat(currentView()).as("%s at /%s", username, path)
                        .isInstanceOf(allowed.contains(username) ? RecordNotFoundView.class : NotFoundView.class);
            });
        }
    }

    @Test
    void every_route_opens_for_exactly_the_roles_that_may_use_it() {
        for (String username : USERS) {
            login(username);
            ACCESS.forEach((route, allowed) -> {
                UI.getCurrent().navigate(route);
                Component view = currentView();
                if (allowed.contains(username)) {
                    assertThat(routeOf(view)).as("%s opens /%s", username, route).isEqualTo(route);
                } else {
                    assertThat(view).as("%s is refused /%s", username, route).isInstanceOf(NotFoundView.class);
                }
            });
        }
    }

    @Test
    void signed_out_visitors_are_sent_to_the_login_page() {
        for (String route : ACCESS.keySet()) {
            UI.getCurrent().navigate(route);
            assertThat(currentView()).as("/%s", route).isInstanceOf(LoginView.class);
        }
    }

    @Test
    void the_side_navigation_shows_only_what_the_person_may_open() {
        login("employee");
        UI.getCurrent().navigate("");
        assertThat(menuPaths()).containsExactly("", "onboarding", "learning", "scenarios", "certificates", "languages", "languages/pool",
                "onboarding/tasks");

        login("manager");
        UI.getCurrent().navigate("");
        assertThat(menuPaths()).containsExactly("", "onboarding", "learning", "scenarios", "certificates", "languages", "languages/pool",
                "onboarding/tasks", "team", "scenarios/team", "team/progress", "onboarding/team", "languages/team", "assessment",
                "assessment/actions", "modules", "scenarios/library");

        login("trainer");
        UI.getCurrent().navigate("");
        assertThat(menuPaths()).containsExactly("", "onboarding", "learning", "scenarios", "certificates", "languages", "languages/pool",
                "onboarding/tasks", "modules", "scenarios/library", "onboarding/templates", "questionnaires");

        login("admin");
        UI.getCurrent().navigate("");
        assertThat(menuPaths()).containsExactly("", "onboarding", "learning", "scenarios", "certificates", "languages", "languages/pool",
                "onboarding/tasks", "team/progress", "assessment", "assessment/actions", "modules", "scenarios/library",
                "onboarding/templates", "questionnaires", "admin/employees", "admin/teams",
                "admin/team-summary", "admin/job-roles", "admin/certificates", "admin/languages", "admin/visibility",
                "admin/personal-data", "admin/retention", "admin/erasure", "admin/privacy-notice", "admin/accessibility",
                "admin/accessibility-feedback", "admin/audit",
                "admin/access-log");

        login("operator");
        UI.getCurrent().navigate("");
        assertThat(menuPaths()).containsExactly("", "operator/authorities", "operator/sso", "operator/scim");
    }

    @Test
    void unknown_routes_show_the_friendly_not_found_page() {
        login("employee");
        // UI.navigate hands unknown paths to the client-side router; a page load is what a browser does with them.
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("no/such/page"), NavigationTrigger.PAGE_LOAD);
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        assertThat(LocatorJ._get(H1.class).getText()).isEqualTo("Seite nicht gefunden");
    }

    static Component currentView() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private static String routeOf(Component view) {
        Route route = view.getClass().getAnnotation(Route.class);
        return route == null ? view.getClass().getName() : route.value();
    }

    private static List<String> menuPaths() {
        // Group headers have no path of their own.
        return LocatorJ._find(SideNavItem.class).stream().map(SideNavItem::getPath)
                .filter(Objects::nonNull).toList();
    }
}
