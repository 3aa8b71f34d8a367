package de.willkommensakademie.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.certificate.ExpiringCertificates;
import de.willkommensakademie.learning.AssignmentTarget;
import de.willkommensakademie.learning.Assignments;
import de.willkommensakademie.people.TeamOption;
import de.willkommensakademie.people.TeamService;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.team.TeamSummary.TeamFigures;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The start page card's and the authority summary's figures: those of each team's matrix, for whom they belong to. */
class TeamSummaryTest extends KaribuTest {

    @Autowired
    TeamSummary summary;
    @Autowired
    TeamProgress progress;
    @Autowired
    TeamService teams;
    @Autowired
    ExpiringCertificates certificates;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Assignments assignments;

    @Test
    void a_managers_card_has_each_team_they_lead_with_the_figures_its_matrix_reports() {
        AppUser manager = login("manager");
        List<TeamFigures> cards = summary.cards().teams();

        assertThat(cards).extracting(TeamFigures::team)
                .containsExactlyInAnyOrder("Servicepoint & Aufenthalt", "Asyl & Rückkehr");
        for (TeamFigures card : cards) {
            Matrix matrix = progress.matrix(ProgressFilter.none().withTeam(card.teamId()));
            assertThat(card.members()).as(card.team()).isEqualTo(matrix.people().size());
            assertThat(card.mandatoryAssigned()).as(card.team()).isEqualTo(matrix.mandatory().assigned());
            assertThat(card.mandatoryDone()).as(card.team()).isEqualTo(matrix.mandatory().done());
            assertThat(card.compliancePercent()).as(card.team()).isEqualTo(matrix.mandatory().donePercent());
            assertThat(card.overdue()).as(card.team()).isEqualTo(matrix.total().late());
            Set<Long> members = matrix.people().stream().map(Matrix.PersonRow::id).collect(Collectors.toSet());
            int expiring = certificates.within(manager.authorityId(), members, 30).values().stream()
                    .mapToInt(List::size).sum();
            assertThat(card.expiringCertificates()).as(card.team()).isEqualTo(expiring);
        }
        assertThat(cards).as("the demo teams have mandatory training")
                .anyMatch(card -> card.mandatoryAssigned() > 0 && card.compliancePercent() != null);
    }

    @Test
    void the_authority_summary_lists_every_team_of_the_administrators_authority_and_nothing_else() {
        login("admin");
        List<TeamFigures> musterstadt = summary.authority().teams();
        assertThat(musterstadt).extracting(TeamFigures::team).containsExactlyInAnyOrderElementsOf(
                teams.options().stream().map(TeamOption::name).toList());
        assertThat(musterstadt).extracting(TeamFigures::team).contains("Servicepoint & Aufenthalt",
                "Fachkräfte & Einbürgerung", "Asyl & Rückkehr");
        for (TeamFigures line : musterstadt) {
            Matrix matrix = progress.matrix(ProgressFilter.none().withTeam(line.teamId()));
            assertThat(line.compliancePercent()).as(line.team()).isEqualTo(matrix.mandatory().donePercent());
            assertThat(line.overdue()).as(line.team()).isEqualTo(matrix.total().late());
            assertThat(line.expiringCertificates()).as("not counted in the summary").isNull();
        }

        login("admin2");
        assertThat(summary.authority().teams()).extracting(TeamFigures::team).containsExactly("Ausländerbehörde");
    }

    @Test
    void the_summary_and_the_card_read_all_teams_with_a_fixed_number_of_statements() {
        login("admin");
        long threeTeams = statements(() -> assertThat(summary.authority().teams()).hasSizeGreaterThanOrEqualTo(3));
        login("admin2");
        long oneTeam = statements(() -> assertThat(summary.authority().teams()).hasSize(1));
        login("manager");
        long card = statements(() -> assertThat(summary.cards().teams()).hasSize(2));

        System.out.printf("Team summary statements: authority with 3 teams %d, with 1 team %d, card %d%n",
                threeTeams, oneTeam, card);
        assertThat(threeTeams).isEqualTo(oneTeam).isLessThanOrEqualTo(10);
        assertThat(card).isLessThanOrEqualTo(10);
    }

    @Test
    void the_card_takes_the_same_statements_however_large_the_teams_are() {
        TestAuthority authority = ownAuthority();
        login(authority.trainer());
        long module = jdbc.queryForObject("""
                select id from learning_module where module_key = 'de-escalation-safety' and authority_id is null""",
                Long.class);
        assignments.assign(module, AssignmentTarget.TEAM, authority.teamId(), true, null, 30);
        login(authority.manager());
        List<TeamFigures> before = summary.cards().teams();
        long asTheyAre = statements(() -> assertThat(summary.cards().teams()).hasSize(1));

        // everyone outside the manager's team joins it: the administrator, the trainer and Team Süd's employee
        List<Long> newcomers = List.of(authority.admin().id(), authority.trainer().id(), authority.outsider().id());
        newcomers.forEach(id -> jdbc.update("update employee set team_id = ? where id = ?", authority.teamId(), id));
        List<TeamFigures> after = summary.cards().teams();
        long grown = statements(() -> assertThat(summary.cards().teams()).hasSize(1));

        assertThat(people(after)).isEqualTo(people(before) + newcomers.size());
        assertThat(after.getFirst().mandatoryAssigned()).as("the team's mandatory module reaches the newcomers")
                .isGreaterThan(before.getFirst().mandatoryAssigned());
        assertThat(grown).isEqualTo(asTheyAre).isLessThanOrEqualTo(10);
    }

    /** SQL statements of one call after a first one, counted by Hibernate (which prepares native queries too). */
    private long statements(Runnable call) {
        call.run();
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            call.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private static int people(List<TeamFigures> figures) {
        return figures.stream().mapToInt(TeamFigures::members).sum();
    }

    @Test
    void only_administrators_get_the_summary_and_only_managers_the_card() {
        login("manager");
        assertThatThrownBy(() -> summary.authority()).isInstanceOf(AccessDeniedException.class);
        login("employee");
        assertThatThrownBy(() -> summary.cards()).isInstanceOf(AccessDeniedException.class);
        login("admin");
        assertThatThrownBy(() -> summary.cards()).isInstanceOf(AccessDeniedException.class);
    }
}
