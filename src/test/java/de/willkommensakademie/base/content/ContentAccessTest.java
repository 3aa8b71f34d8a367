package de.willkommensakademie.base.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.learning.ModuleFixtures;
import de.willkommensakademie.learning.ModuleLibrary;
import de.willkommensakademie.learning.MyLearning;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link ContentAccess} as the rule it guards, through the module library (every content type shares the kernel's
 * store): another authority's content reads as not found until it is shared and published, and the library list and a
 * single record agree for every role because they share one predicate. The modules are the trainer's of an authority
 * of the class's own; "another authority" is a further one.
 */
@SpringBootTest
@ActiveProfiles("test")
class ContentAccessTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    ModuleLibrary modules;
    @Autowired
    MyLearning learning;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    TestAuthority authority;
    TestAuthority other;

    @BeforeEach
    void twoAuthorities() {
        authority = TestAuthority.of(context, getClass());
        other = TestAuthority.of(context, getClass(), "b");
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void another_authoritys_module_reads_as_not_found_until_it_is_shared_and_published() {
        SignedIn.as(accounts, authority.trainer());
        assertThat(modules.importZip(ModuleFixtures.zip(ModuleFixtures.manifest("zz-content-access", "Zz Zugriff"))))
                .isEmpty();
        long published = jdbc.queryForObject("select id from learning_module where module_key = 'zz-content-access'"
                + " and authority_id = ?", Long.class, authority.id());
        long draft = modules.create("Zz Entwurf für den Zugriff", null);

        SignedIn.as(accounts, other.admin());
        assertThatThrownBy(() -> modules.draft(published)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> modules.draft(draft)).isInstanceOf(RecordNotFoundException.class);
        assertThat(listed()).doesNotContain(published, draft);
        SignedIn.as(accounts, other.employee());
        assertThatThrownBy(() -> learning.open(published)).isInstanceOf(RecordNotFoundException.class);

        SignedIn.as(accounts, authority.trainer());
        modules.share(published, modules.draft(published).version(), true);
        modules.share(draft, modules.draft(draft).version(), true);

        SignedIn.as(accounts, other.admin());
        assertThat(modules.draft(published).editable()).as("shared, not theirs").isFalse();
        assertThatThrownBy(() -> modules.draft(draft)).as("shared but never published")
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(listed()).contains(published).doesNotContain(draft);
        SignedIn.as(accounts, other.employee());
        assertThat(learning.open(published).moduleId()).isEqualTo(published);
        assertThatThrownBy(() -> learning.open(draft)).isInstanceOf(RecordNotFoundException.class);

        // a shared module reaches every authority, the demo ones too: shared no longer
        SignedIn.as(accounts, authority.trainer());
        modules.share(published, modules.draft(published).version(), false);
        modules.share(draft, modules.draft(draft).version(), false);
    }

    @Test
    void the_library_and_a_single_module_agree_for_every_role() {
        SignedIn.as(accounts, authority.trainer());
        long own = modules.create("Zz Eigener Entwurf", null);
        List<Long> all = jdbc.queryForList("select id from learning_module", Long.class);

        for (Person viewer : List.of(authority.trainer(), authority.admin(), other.admin())) {
            String username = viewer.username();
            SignedIn.as(accounts, username);
            List<Long> listed = listed();
            assertThat(modules.count(null, null)).as(username).isEqualTo(listed.size());
            for (long module : all) {
                if (listed.contains(module)) {
                    assertThat(modules.draft(module).id()).as(username).isEqualTo(module);
                } else {
                    assertThatThrownBy(() -> modules.draft(module)).as(username + " " + module)
                            .isInstanceOf(RecordNotFoundException.class);
                }
            }
            assertThat(listed.contains(own)).as(username).isEqualTo(!viewer.equals(other.admin()));
        }
    }

    private List<Long> listed() {
        return modules.find(null, null, Pageable.unpaged()).stream().map(ContentSummary::id).toList();
    }
}
