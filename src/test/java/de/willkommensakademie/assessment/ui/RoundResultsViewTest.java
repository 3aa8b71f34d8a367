package de.willkommensakademie.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.assessment.AssessmentRounds;
import de.willkommensakademie.assessment.ResultsFixture;
import de.willkommensakademie.assessment.RoundAnswers.GroupKind;
import de.willkommensakademie.assessment.RoundInfo;
import de.willkommensakademie.assessment.RoundResults;
import de.willkommensakademie.assessment.RoundStatus;
import de.willkommensakademie.base.PdfStandards;
import de.willkommensakademie.base.ui.NotFoundView;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.people.JobRoleOption;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.TestAuthority;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The results page per role and language: an admin sees everything of groups with at least 5 answers, a manager the
 * job roles and only his own team, an employee cannot open it; nothing before 5 respondents, no group under 5.
 */
class RoundResultsViewTest extends KaribuTest {

    private static final int[] TWELVE_CURRENT = {1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 5, 0};
    private static final int[] TWELVE_IMPORTANCE = {5, 5, 4, 4, 4, 4, 5, 5, 4, 4, 3, 0};

    private static Long round;
    private static String jobRole;

    /** An earlier round (all at 2) and the round under test, once per class: the database outlives each test. */
    private long round(TestAuthority authority) {
        if (round == null) {
            LocalDate today = LocalDate.now(context.getBean(Clock.class));
            long earlier = ResultsFixture.round(context, "Standortbestimmung 2024", today.minusDays(90),
                    today.minusDays(60));
            ResultsFixture.answers(context, earlier, GroupKind.ALL, 0, 20, new int[] {2, 2, 2, 2, 2, 2, 2, 2, 2, 2},
                    new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4, 4});
            long now = ResultsFixture.round(context, "Standortbestimmung 2026", today.minusDays(30),
                    today.minusDays(1));
            ResultsFixture.answers(context, now, GroupKind.ALL, 0, 20, TWELVE_CURRENT, TWELVE_IMPORTANCE);
            ResultsFixture.answers(context, now, GroupKind.TEAM, authority.teamId(), 6, new int[] {4, 4, 4, 4, 4},
                    new int[] {4, 4, 4, 4, 4});
            ResultsFixture.answers(context, now, GroupKind.TEAM, authority.otherTeamId(), 7,
                    new int[] {2, 2, 2, 2, 2, 2}, new int[] {4, 4, 4, 4, 4, 4});
            ResultsFixture.answers(context, now, GroupKind.TEAM, authority.thirdTeamId(), 6, new int[] {1, 1, 1, 1},
                    new int[] {1, 1, 1, 1});
            JobRoleOption role = context.getBean(JobRoleService.class).options().getFirst();
            jobRole = role.nameDe();
            ResultsFixture.answers(context, now, GroupKind.JOB_ROLE, role.id(), 9, new int[] {3, 3, 3, 3, 3},
                    new int[] {5, 5, 5, 5, 5});
            ResultsFixture.comment(context, now, Cornerstone.SELF_IMAGE, "Leitbild <sichtbar> & aushängen");
            round = now;
        }
        return round;
    }

    private long openAsAdmin() {
        TestAuthority authority = ownAuthority();
        login(authority.admin());
        long id = round(authority);
        UI.getCurrent().navigate("assessment/results/" + id);
        return id;
    }

    private static Grid<?> grid(String ariaLabel) {
        return _find(Grid.class).stream().filter(grid -> grid.getAriaLabel().orElse("").equals(ariaLabel))
                .findFirst().orElseThrow(() -> new AssertionError("no table " + ariaLabel));
    }

    private static List<String> rows(Grid<?> grid) {
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            rows.add(String.join(" | ", GridKt._getFormattedRow(grid, row)));
        }
        return rows;
    }

    private static List<String> texts(Class<? extends Component> type) {
        return _find(type).stream().map(component -> component.getElement().getText()).toList();
    }

    @Test
    void an_admin_sees_charts_tables_groups_disagreement_change_and_comments_in_german() {
        openAsAdmin();

        assertThat(_get(H2.class).getText()).isEqualTo("Ergebnisse: Standortbestimmung 2026");
        assertThat(texts(Paragraph.class)).contains("12 von 20 Befragten haben geantwortet.");
        List<String> charts = _find(Html.class).stream().map(html -> html.getElement().getOuterHTML()).toList();
        assertThat(charts).hasSize(2);
        assertThat(charts.get(0)).contains("Eckpunkte: Stand heute und Wichtigkeit</title>", "<table");
        assertThat(charts.get(1)).contains("Prioritätenmatrix</title>", "Jetzt handeln");
        assertThat(texts(H4.class)).contains("Jetzt handeln");
        // every statement: 11 ratings of 28/11 ≈ 2.5 ± 1.2 now, importance 47/11 ≈ 4.3
        assertThat(rows(grid("Aussagen: Selbstverständnis")).getFirst()).contains("2,5 ± 1,2 | 4,3 ± 0,6 | 12 | 1 / 1");
        assertThat(rows(grid("Vergleich der Gruppen"))).hasSize(3).anyMatch(row -> row.startsWith(
                "Team Nord (Team) | 5 von 6")).anyMatch(row -> row.startsWith("Team Süd (Team) | 6 von 7"))
                .anyMatch(row -> row.startsWith(jobRole + " (Funktion)")).noneMatch(row -> row.contains("Team Ost"));
        assertThat(texts(ListItem.class)).contains("Leitbild <sichtbar> & aushängen")
                .anyMatch(item -> item.contains("Team Nord (Team) im Mittel 4,0, Team Süd (Team) im Mittel 2,0"));
        assertThat(rows(grid("Veränderung seit der letzten Runde: Selbstverständnis")).getFirst())
                .contains("↑ +0,5 (2,0 → 2,5, gestiegen)");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).contains("Bericht als PDF", "Zahlen als CSV");
    }

    @Test
    void the_same_page_in_english() {
        login(ownAuthority().admin());
        long id = round(ownAuthority());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("assessment/results/" + id);

        assertThat(_get(H2.class).getText()).isEqualTo("Results: Standortbestimmung 2026");
        assertThat(texts(Paragraph.class)).contains("12 of 20 people asked have answered.");
        assertThat(texts(H4.class)).contains("Act now");
        assertThat(rows(grid("Groups compared"))).anyMatch(row -> row.startsWith("Team Nord (team) | 5 of 6"));
        assertThat(rows(grid("Change since the previous round: Self-image")).getFirst())
                .contains("↑ +0.5 (2.0 → 2.5, higher)");
    }

    @Test
    void a_manager_sees_job_roles_and_his_own_team_but_no_other_team() {
        TestAuthority authority = ownAuthority();
        login(authority.admin());
        long id = round(authority);
        login(authority.manager());
        UI.getCurrent().navigate("assessment/results/" + id);

        assertThat(rows(grid("Vergleich der Gruppen"))).hasSize(2)
                .anyMatch(row -> row.startsWith("Team Nord (Team)")).anyMatch(row -> row.contains("(Funktion)"))
                .noneMatch(row -> row.contains("Team Süd"));
        assertThat(texts(ListItem.class)).noneMatch(item -> item.contains("Team Süd"));
    }

    @Test
    void an_employee_cannot_open_the_results() {
        TestAuthority authority = ownAuthority();
        login(authority.admin());
        long id = round(authority);
        login(authority.employee());
        UI.getCurrent().navigate("assessment/results/" + id);

        assertThat((Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(NotFoundView.class);
    }

    @Test
    void nothing_shows_at_four_respondents_and_everything_at_five() {
        TestAuthority authority = ownAuthority();
        login(authority.admin());
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        long id = ResultsFixture.round(context, "Kleine Runde", today.minusDays(10), today.minusDays(2));
        ResultsFixture.answers(context, id, GroupKind.ALL, 0, 9, new int[] {3, 3, 3, 3}, new int[] {4, 4, 4, 4});
        UI.getCurrent().navigate("assessment/results/" + id);

        assertThat(texts(Paragraph.class)).contains("Es haben 4 Personen geantwortet. Ergebnisse erscheinen erst ab 5"
                + " Antworten, damit niemand erkennbar ist.");
        assertThat(_find(Html.class)).isEmpty();
        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).doesNotContain("Bericht als PDF");

        ResultsFixture.answers(context, id, GroupKind.ALL, 0, 9, new int[] {3, 3, 3, 3, 3}, new int[] {4, 4, 4, 4, 4});
        UI.getCurrent().navigate("assessment/results/" + id);

        assertThat(_find(Html.class)).hasSize(2);
        assertThat(texts(Paragraph.class)).contains("Keine Gruppe hat genug Antworten für einen eigenen Wert.");
    }

    @Test
    void the_demo_authority_shows_the_results_of_its_ended_round_and_only_counts_of_the_running_one()
            throws Exception {
        login("admin");
        AssessmentRounds rounds = context.getBean(AssessmentRounds.class);
        List<RoundInfo> demo = rounds.list(PageRequest.of(0, 50));
        RoundInfo ended = demo.stream().filter(info -> info.status() == RoundStatus.ENDED).findFirst().orElseThrow();
        RoundInfo running = demo.stream().filter(info -> info.status() == RoundStatus.RUNNING).findFirst()
                .orElseThrow();

        UI.getCurrent().navigate("assessment/results/" + ended.id());
        assertThat(_find(Html.class)).hasSize(2);
        assertThat(texts(Paragraph.class)).anyMatch(text -> text.startsWith(ended.respondents() + " von "));
        byte[] pdf = context.getBean(RoundResults.class).pdf(ended.id(), Locale.GERMAN);
        PdfStandards.writeSample("assessment-results-demo-de.pdf", pdf);
        assertThat(PdfStandards.violations(pdf, PDFAFlavour.PDFUA_1)).isEmpty();

        UI.getCurrent().navigate("assessment/results/" + running.id());
        assertThat(_find(Html.class)).isEmpty();
        assertThat(texts(Paragraph.class)).anyMatch(text -> text.startsWith("Die Ergebnisse erscheinen, wenn die"
                + " Runde am"));
    }

    @Test
    void the_report_of_the_shipped_questionnaire_passes_veraPDF_and_the_csv_has_no_small_group() throws Exception {
        TestAuthority authority = ownAuthority();
        login(authority.admin());
        long id = round(authority);
        RoundResults results = context.getBean(RoundResults.class);

        byte[] pdf = results.pdf(id, Locale.GERMAN);
        String csv = new String(results.csv(id, Locale.ENGLISH), StandardCharsets.UTF_8);

        PdfStandards.writeSample("assessment-results-shipped-de.pdf", pdf);
        assertThat(PdfStandards.violations(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(PdfStandards.violations(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(csv).contains("Everyone asked;Self-image;", "Team Nord (team);", "Team Süd (team);")
                .doesNotContain("Team Ost").doesNotContain("Leitbild <sichtbar>");
    }
}
