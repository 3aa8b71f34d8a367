package de.willkommensakademie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.visibility.PresetSwitch;
import de.willkommensakademie.visibility.VisibilityPreset;

/**
 * Issue 18's check of a team page, shared by the {@code *StatementsTest} classes: Team Nord of the test's own
 * authority is grown with real people (each given the page's rows by the test), and the page is opened as its manager
 * under each preset; every team size must need the same number of SQL statements per page load, at most a fixed
 * figure, so an N+1 cannot come back unnoticed. A page load is what the browser gets: navigation from the start page
 * plus one client round trip (what grids and lazy parts fetch). Statements are counted at the JDBC connection
 * ({@link StatementCount}; import its {@code Config} into the test).
 */
public final class TeamPageStatements {

    private final KaribuTest test;
    private final TestAuthority authority;
    private final Map<String, Load> loads = new LinkedHashMap<>();
    private List<VisibilityPreset> presets = List.of(VisibilityPreset.STATUS_PER_PERSON,
            VisibilityPreset.TOTALS_ONLY);
    private Consumer<List<Person>> rows = added -> {
    };

    private record Load(String route, QueryParameters parameters) {
    }

    private TeamPageStatements(KaribuTest test, TestAuthority authority) {
        this.test = test;
        this.authority = authority;
    }

    /** The check for this test's authority, whose Team Nord the manager leads. */
    public static TeamPageStatements of(KaribuTest test, TestAuthority authority) {
        return new TeamPageStatements(test, authority);
    }

    /** The page to open (the only one, or one of several loads, e.g. tabs, each counted on its own). */
    public TeamPageStatements opening(String route) {
        return opening(route, route, QueryParameters.empty());
    }

    /** A further page load, named for the counts (e.g. a tab). */
    public TeamPageStatements opening(String name, String route, QueryParameters parameters) {
        loads.put(name, new Load(route, parameters));
        return this;
    }

    /** The presets the page is opened under (per-person and counts-only unless given). */
    public TeamPageStatements underPresets(VisibilityPreset... presets) {
        this.presets = List.of(presets);
        return this;
    }

    /** Gives the people added to the team what the page shows (levels, checklists, attempts, …). */
    public TeamPageStatements withRows(Consumer<List<Person>> rows) {
        this.rows = rows;
        return this;
    }

    /**
     * Grows the team to each size in turn (ascending), counts every page load under every preset, and asserts that
     * each size needs exactly what the first needs, and that no load needs more than {@code most}. Returns the counts
     * per size for the test to print or check further.
     */
    public Map<Integer, Map<String, Long>> assertSameForSizesAndAtMost(long most, int... sizes) {
        if (loads.isEmpty() || sizes.length < 2) {
            throw new IllegalStateException("a page to open and at least two team sizes are needed");
        }
        for (int index = 1; index < sizes.length; index++) {
            if (sizes[index] <= sizes[index - 1]) {
                // the team only grows: a smaller size after a larger one would count the larger team again
                throw new IllegalStateException("team sizes must ascend: " + Arrays.toString(sizes));
            }
        }
        Map<Integer, Map<String, Long>> bySize = new LinkedHashMap<>();
        for (int size : sizes) {
            bySize.put(size, countedAt(size));
        }
        System.out.println("Statements per page load of " + loads.keySet() + " by team size: " + bySize);
        List<Map<String, Long>> counts = new ArrayList<>(bySize.values());
        Map<String, Long> first = counts.getFirst();
        for (int index = 1; index < counts.size(); index++) {
            assertThat(counts.get(index)).as("the same for %d people as for %d", sizes[index], sizes[0])
                    .isEqualTo(first);
        }
        assertThat(first.values()).as("at most %d statements per page load", most).isNotEmpty()
                .allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(most));
        return bySize;
    }

    private Map<String, Long> countedAt(int size) {
        rows.accept(authority.growTeamNord(test.context, size));
        SignedIn.nobody();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (VisibilityPreset preset : presets) {
            PresetSwitch.set(test.context, authority.id(), preset);
            test.login(authority.manager());
            for (var load : loads.entrySet()) {
                UI.getCurrent().navigate("");
                MockVaadin.clientRoundtrip(false);
                StatementCount.start();
                try {
                    UI.getCurrent().navigate(load.getValue().route(), load.getValue().parameters());
                    // what the grids and lazy parts fetch before the browser gets the page
                    MockVaadin.clientRoundtrip(false);
                } finally {
                    counts.put(preset + (loads.size() > 1 ? " " + load.getKey() : ""), StatementCount.stop());
                }
            }
        }
        return counts;
    }
}
