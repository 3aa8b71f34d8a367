package de.willkommensakademie.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.learning.TrainingState;
import de.willkommensakademie.people.TeamOption;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The matrix on the demo data: who sees which teams, the demo's history, and a fixed number of queries. */
@SpringBootTest
@ActiveProfiles("test")
class TeamProgressTest {

    @Autowired
    TeamProgress progress;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void a_manager_follows_her_own_teams_and_an_admin_every_team_of_the_authority() {
        SignedIn.as(accounts, "manager");
        assertThat(progress.teams()).extracting(TeamOption::name)
                .containsExactlyInAnyOrder("Asyl & Rückkehr", "Servicepoint & Aufenthalt");
        Matrix mine = progress.matrix(ProgressFilter.none());
        assertThat(mine.people()).extracting(Matrix.PersonRow::team)
                .containsOnly("Asyl & Rückkehr", "Servicepoint & Aufenthalt");
        assertThat(mine.people()).extracting(Matrix.PersonRow::name).contains("Demir, Aylin", "Fischer, Sabine")
                .doesNotContain("Öztürk, Hüseyin");

        SignedIn.as(accounts, "admin");
        assertThat(progress.teams()).extracting(TeamOption::name).contains("Fachkräfte & Einbürgerung");
        assertThat(progress.matrix(ProgressFilter.none()).people()).extracting(Matrix.PersonRow::name)
                .contains("Öztürk, Hüseyin");
    }

    @Test
    void a_team_the_manager_does_not_lead_is_reset_to_all_of_hers_and_another_authority_sees_none_of_it() {
        SignedIn.as(accounts, "admin");
        long skilled = progress.teams().stream().filter(team -> team.name().startsWith("Fachkräfte")).findFirst()
                .orElseThrow().id();
        SignedIn.as(accounts, "manager");
        Matrix matrix = progress.matrix(ProgressFilter.none().withTeam(skilled));
        assertThat(matrix.filter().teamId()).isNull();
        assertThat(matrix.people()).extracting(Matrix.PersonRow::team).doesNotContain("Fachkräfte & Einbürgerung");

        SignedIn.as(accounts, "admin2");
        Matrix other = progress.matrix(ProgressFilter.none().withTeam(skilled));
        assertThat(other.people()).extracting(Matrix.PersonRow::name).doesNotContain("Öztürk, Hüseyin",
                "Demir, Aylin");
    }

    @Test
    void employees_and_trainers_have_no_team_progress() {
        SignedIn.as(accounts, "employee");
        assertThatThrownBy(() -> progress.matrix(ProgressFilter.none())).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(accounts, "trainer");
        assertThatThrownBy(() -> progress.teams()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_demo_history_shows_done_expiring_in_progress_and_overdue_in_the_asylum_team() {
        SignedIn.as(accounts, "manager");
        long asylum = progress.teams().stream().filter(team -> team.name().startsWith("Asyl")).findFirst()
                .orElseThrow().id();
        Matrix matrix = progress.matrix(ProgressFilter.fromQuery(Map.of("team", List.of(String.valueOf(asylum)))));
        int column = columnOf(matrix, "Deeskalation");
        assertThat(state(matrix, "Fischer, Sabine", column)).isEqualTo(TrainingState.EXPIRING);
        assertThat(state(matrix, "Zimmermann-Oberhausen, Laura", column)).isEqualTo(TrainingState.DONE);
        assertThat(state(matrix, "Petrović, Dragan", column)).isEqualTo(TrainingState.OVERDUE);
        assertThat(state(matrix, "Petrović, Dragan", columnOf(matrix, "Ermessen")))
                .isEqualTo(TrainingState.IN_PROGRESS);
        assertThat(state(matrix, "Haddad, Nadia", column)).isEqualTo(TrainingState.OVERDUE);
        assertThat(matrix.columns().get(column).totals().overdue()).isGreaterThanOrEqualTo(3);

        Matrix overdue = progress.matrix(matrix.filter().withStatus(StatusFilter.OVERDUE));
        assertThat(overdue.people()).extracting(Matrix.PersonRow::name).contains("Haddad, Nadia")
                .doesNotContain("Fischer, Sabine");
        Matrix expiring = progress.matrix(matrix.filter().withStatus(StatusFilter.EXPIRING));
        assertThat(expiring.people()).extracting(Matrix.PersonRow::name).containsExactly("Fischer, Sabine");
    }

    @Test
    void a_person_sees_their_own_row_as_their_manager_sees_it_and_nothing_of_colleagues() {
        SignedIn.as(accounts, "s.fischer");
        Matrix mine = progress.asMyManagerSees();
        assertThat(mine.people()).singleElement().satisfies(row -> assertThat(row.name()).isEqualTo("Fischer, Sabine"));
        assertThat(state(mine, "Fischer, Sabine", columnOf(mine, "Deeskalation"))).isEqualTo(TrainingState.EXPIRING);
        assertThat(mine.teams()).isEmpty();

        SignedIn.as(accounts, "trainer");
        assertThat(progress.asMyManagerSees().people()).as("no team, no manager").isEmpty();
    }

    @Test
    void one_team_or_all_teams_take_the_same_number_of_queries() {
        SignedIn.as(accounts, "admin");
        long oneTeam = progress.teams().getFirst().id();
        long forOne = queries(ProgressFilter.none().withTeam(oneTeam));
        long forAll = queries(ProgressFilter.none());
        assertThat(forAll).isEqualTo(forOne).isLessThanOrEqualTo(10);
    }

    private long queries(ProgressFilter filter) {
        progress.matrix(filter);
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        assertThat(progress.matrix(filter).people()).isNotEmpty();
        return statistics.getPrepareStatementCount();
    }

    private static int columnOf(Matrix matrix, String titleStart) {
        for (int index = 0; index < matrix.columns().size(); index++) {
            String title = matrix.columns().get(index).titleDe();
            if (title != null && title.startsWith(titleStart)) {
                return index;
            }
        }
        throw new AssertionError("no column " + titleStart + " in " + matrix.columns());
    }

    private static TrainingState state(Matrix matrix, String name, int column) {
        Matrix.PersonRow row = matrix.people().stream().filter(person -> person.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in the matrix"));
        return row.cells().get(column).state();
    }
}
