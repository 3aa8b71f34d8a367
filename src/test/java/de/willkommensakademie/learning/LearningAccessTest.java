package de.willkommensakademie.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link LearningAccess} as the rule it guards: a progress record belongs to its learner alone (another authority's
 * and a colleague's, even the manager's or administrator's, read as not found), completions are read only within the
 * caller's authority, and the list of one's progress and a single record agree because they share one predicate.
 * Learned in an authority of the class's own; "another authority" is a further one.
 */
@SpringBootTest
@ActiveProfiles("test")
class LearningAccessTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    ModuleLibrary modules;
    @Autowired
    MyLearning learning;
    @Autowired
    LearningRecords records;
    @Autowired
    Assignments assignments;
    @Autowired
    LearningAccess access;
    @Autowired
    LearningProgressRepository progresses;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    TestAuthority authority;
    TestAuthority other;
    long module;
    long aylin;

    @BeforeEach
    void aModuleOfTheFirstAuthority() {
        authority = TestAuthority.of(context, getClass());
        other = TestAuthority.of(context, getClass(), "b");
        SignedIn.as(accounts, authority.trainer());
        assertThat(modules.importZip(ModuleFixtures.zip(ModuleFixtures.manifest("zz-learning-access",
                "Zz Lernzugriff")))).isEmpty();
        module = jdbc.queryForObject("select id from learning_module where module_key = 'zz-learning-access'"
                + " and authority_id = ?", Long.class, authority.id());
        aylin = authority.employee().id();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void someone_elses_progress_reads_as_not_found_and_completions_stay_in_the_authority() {
        SignedIn.as(accounts, authority.employee());
        long progress = learning.open(module).progressId();
        learning.view(progress, 0);
        assertThat(learning.submitQuiz(progress, 1, List.of(Set.of(0))).moduleCompleted()).isTrue();

        for (Person stranger : List.of(other.admin(), other.employee(), authority.manager(), authority.admin(),
                authority.trainer())) {
            String username = stranger.username();
            SignedIn.as(accounts, username);
            assertThatThrownBy(() -> learning.view(progress, 0)).as(username)
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> learning.submitQuiz(progress, 1, List.of(Set.of(0)))).as(username)
                    .isInstanceOf(RecordNotFoundException.class);
        }
        SignedIn.as(accounts, other.admin());
        assertThat(records.completions(module, List.of(aylin))).isEmpty();
        assertThatThrownBy(() -> assignments.assign(module, AssignmentTarget.EMPLOYEE, aylin, true, null, null))
                .isInstanceOf(RecordNotFoundException.class);
        SignedIn.as(accounts, other.employee());
        assertThatThrownBy(() -> learning.open(module)).as("not shared").isInstanceOf(RecordNotFoundException.class);
        SignedIn.as(accounts, authority.admin());
        assertThat(records.completions(module, List.of(aylin))).extracting(ModuleCompleted::employeeId)
                .containsExactly(aylin);
    }

    @Test
    void ones_progress_list_and_a_single_record_agree() {
        for (Person learner : List.of(authority.employee(), authority.manager())) {
            SignedIn.as(accounts, learner);
            learning.open(module);
        }
        List<Long> all = jdbc.queryForList("select id from learning_progress", Long.class);
        for (Person viewer : List.of(authority.employee(), authority.manager(), authority.admin(), other.admin())) {
            String username = viewer.username();
            long me = SignedIn.as(accounts, username).accountId();
            List<LearningProgress> own = progresses.findAll(access.ownProgress());
            assertThat(own).as(username).allMatch(progress -> progress.employeeId() == me);
            List<Long> listed = own.stream().map(LearningProgress::getId).toList();
            for (long progress : all) {
                if (listed.contains(progress)) {
                    assertThat(access.ownProgress(progress).getId()).as(username).isEqualTo(progress);
                } else {
                    assertThatThrownBy(() -> access.ownProgress(progress)).as(username + " " + progress)
                            .isInstanceOf(RecordNotFoundException.class);
                }
            }
        }
        SignedIn.as(accounts, authority.employee());
        assertThat(progresses.findAll(access.ownProgress())).extracting(LearningProgress::moduleId).contains(module);
    }
}
