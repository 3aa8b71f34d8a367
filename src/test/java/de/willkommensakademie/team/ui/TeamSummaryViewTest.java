package de.willkommensakademie.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.base.ui.NotFoundView;
import de.willkommensakademie.people.TeamOption;
import de.willkommensakademie.people.TeamService;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.team.SummaryFixture;
import de.willkommensakademie.team.TeamSummary;
import de.willkommensakademie.team.TeamSummary.TeamFigures;
import de.willkommensakademie.visibility.VisibilityPreset;
import de.willkommensakademie.visibility.VisibilitySettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The manager's start page card and the administrator's authority summary on screen, in German and English: links
 * carry the right filter, the chart is described and escaped, and without names small counts stay hidden. Cards and
 * summary are read against the demo's teams; the markup and totals-only tests work in the class's own authority
 * ({@link SummaryFixture}), whose preset changes there for good.
 */
class TeamSummaryViewTest extends KaribuTest {

    @Autowired
    TeamSummary summary;
    @Autowired
    TeamService teams;
    @Autowired
    VisibilitySettings settings;

    @Test
    void in_german_the_managers_card_links_each_figure_of_their_teams_into_the_filtered_matrix() {
        login("manager");
        UI.getCurrent().setLocale(Locale.GERMAN);
        List<TeamFigures> mine = summary.cards().teams();
        UI.getCurrent().navigate("");
        UI.getCurrent().refreshCurrentRoute(true);

        Section card = card("Teamfortschritt");
        List<String> links = hrefs(card);
        assertThat(links).hasSize(3 * mine.size());
        for (TeamFigures team : mine) {
            assertThat(links).contains("team/progress?team=" + team.teamId() + "&mandatory=true",
                    "team/progress?team=" + team.teamId() + "&status=overdue",
                    "team/progress?team=" + team.teamId() + "&status=expiring");
            String text = card.getElement().getTextRecursively();
            assertThat(text).contains(team.team(), "Überfällig oder abgelaufen: " + team.overdue(),
                    "Bescheinigungen, die innerhalb von 30 Tagen ablaufen: " + team.expiringCertificates());
            assertThat(text).contains(team.compliancePercent() == null ? "Pflichtschulungen erledigt: keine zugewiesen"
                    : "Pflichtschulungen erledigt: " + team.compliancePercent() + " %");
        }
        assertThat(card.getElement().getTextRecursively()).doesNotContain("Fachkräfte & Einbürgerung");
        assertThat(card("Ihre Teams").getElement().getTextRecursively()).contains("Asyl & Rückkehr: 7 aktive Mitarbeitende");
    }

    @Test
    void in_english_a_manager_sees_the_card_for_their_only_team() {
        login("admin2");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().refreshCurrentRoute(true);

        Section card = card("Team progress");
        long team = teams.myTeams().getFirst().id();
        assertThat(hrefs(card)).containsExactlyInAnyOrder("team/progress?team=" + team + "&mandatory=true",
                "team/progress?team=" + team + "&status=overdue", "team/progress?team=" + team + "&status=expiring");
        assertThat(card.getElement().getTextRecursively()).contains("Ausländerbehörde", "Mandatory training done:",
                "Overdue or expired:", "Certificates expiring within 30 days:");
    }

    @Test
    void in_german_the_summary_draws_one_described_bar_per_team_above_the_table_behind_it() {
        login("admin");
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate(TeamSummaryView.class);

        List<TeamOption> all = teams.options();
        Html chart = _get(Html.class);
        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
        String svg = chart.getInnerHtml();
        assertThat(svg).contains("<title id=\"compliance-title\">Erledigte Pflichtschulungen je Team</title>",
                "<desc id=\"compliance-desc\">");
        assertThat(count(svg, "class=\"" + ComplianceChart.BAR_CLASS + "\"")).isEqualTo(all.size());
        @SuppressWarnings("unchecked")
        Grid<TeamFigures> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(all.size());
        for (TeamOption team : all) {
            assertThat(svg).contains(ComplianceChart.escape(team.name()));
        }
        List<String> links = IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> ((Anchor) GridKt._getCellComponent(grid, row, "team")).getHref()).toList();
        assertThat(links).containsExactlyInAnyOrderElementsOf(
                all.stream().map(team -> "team/progress?team=" + team.id()).toList());
    }

    @Test
    void in_english_another_authoritys_administrator_sees_only_their_own_team() {
        login("admin2");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(TeamSummaryView.class);

        String svg = _get(Html.class).getInnerHtml();
        assertThat(svg).contains("<title id=\"compliance-title\">Mandatory training done by team</title>");
        assertThat(count(svg, "class=\"" + ComplianceChart.BAR_CLASS + "\"")).isEqualTo(1);
        assertThat(svg).contains("Ausländerbehörde").doesNotContain("Servicepoint");
        @SuppressWarnings("unchecked")
        Grid<TeamFigures> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
    }

    @Test
    void managers_and_employees_are_refused_the_summary() {
        for (String username : List.of("manager", "employee")) {
            login(username);
            UI.getCurrent().navigate("admin/team-summary");
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                    .as(username).isInstanceOf(NotFoundView.class);
        }
    }

    @Test
    void a_team_name_with_markup_is_written_as_text_in_the_chart() {
        login(SummaryFixture.ensure(context, getClass()).admin());
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate(TeamSummaryView.class);

        String svg = _get(Html.class).getInnerHtml();
        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;alert(");
    }

    @Test
    void with_totals_only_the_card_and_the_summary_show_no_names_and_no_counts_below_five() {
        TestAuthority authority = SummaryFixture.ensure(context, getClass());
        login(authority.admin());
        settings.change(VisibilityPreset.TOTALS_ONLY, settings.state().version());
        login(authority.manager());
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate("");
        UI.getCurrent().refreshCurrentRoute(true);
        String card = card("Teamfortschritt").getElement().getTextRecursively();
        assertThat(card).contains(SummaryFixture.BIG_TEAM, "Bescheinigungen, die innerhalb von 30 Tagen ablaufen: weniger als 5",
                "Überfällig oder abgelaufen: weniger als 5");
        noNames(card);

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().refreshCurrentRoute(true);
        String english = card("Team progress").getElement().getTextRecursively();
        assertThat(english).contains("Certificates expiring within 30 days: fewer than 5");
        noNames(english);

        login(authority.admin());
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate(TeamSummaryView.class);
        @SuppressWarnings("unchecked")
        Grid<TeamFigures> grid = _get(Grid.class);
        List<String> rows = IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> String.join(" | ", GridKt._getFormattedRow(grid, row))).toList();
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("6"));
        // the figures only: the first cell links to the team by its id, which may contain any digit
        assertThat(rows).anySatisfy(row -> assertThat(row.substring(row.indexOf(" | "))).contains("weniger als 5")
                .doesNotContain("2"));
        String svg = _get(Html.class).getInnerHtml();
        assertThat(svg).contains("weniger als 5");
        noNames(svg);
        rows.forEach(TeamSummaryViewTest::noNames);
    }

    private static void noNames(String text) {
        for (String name : SummaryFixture.BIG_MEMBERS) {
            assertThat(text).doesNotContain(name);
        }
        for (String name : SummaryFixture.SMALL_MEMBERS) {
            assertThat(text).doesNotContain(name);
        }
    }

    private static Section card(String title) {
        return _find(Section.class).stream()
                .filter(section -> section.getElement().getChild(0).getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + title));
    }

    private static List<String> hrefs(Section card) {
        return _find(card, Anchor.class).stream().map(Anchor::getHref).toList();
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
