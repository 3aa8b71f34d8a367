package de.willkommensakademie.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.certificate.ExpiringCertificates;
import de.willkommensakademie.people.TeamOption;
import de.willkommensakademie.people.TeamService;
import de.willkommensakademie.team.TeamSummary.TeamFigures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

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
        var statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            login("admin");
            statistics.clear();
            assertThat(summary.authority().teams()).hasSizeGreaterThanOrEqualTo(3);
            long threeTeams = statistics.getPrepareStatementCount();

            login("admin2");
            statistics.clear();
            assertThat(summary.authority().teams()).hasSize(1);
            long oneTeam = statistics.getPrepareStatementCount();

            login("manager");
            statistics.clear();
            assertThat(summary.cards().teams()).hasSize(2);
            long card = statistics.getPrepareStatementCount();

            System.out.printf("Team summary statements: authority with 3 teams %d, with 1 team %d, card %d%n",
                    threeTeams, oneTeam, card);
            assertThat(threeTeams).isEqualTo(oneTeam).isLessThanOrEqualTo(10);
            assertThat(card).isLessThanOrEqualTo(threeTeams + 2);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
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
