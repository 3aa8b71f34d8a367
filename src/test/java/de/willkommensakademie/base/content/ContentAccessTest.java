package de.willkommensakademie.base.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.learning.ModuleFixtures;
import de.willkommensakademie.learning.ModuleLibrary;
import de.willkommensakademie.learning.MyLearning;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link ContentAccess} as the rule it guards, through the module library (every content type shares the kernel's
 * store): another authority's content reads as not found until it is shared and published, and the library list and a
 * single record agree for every role because they share one predicate.
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

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void another_authoritys_module_reads_as_not_found_until_it_is_shared_and_published() {
        SignedIn.as(accounts, "trainer");
        assertThat(modules.importZip(ModuleFixtures.zip(ModuleFixtures.manifest("zz-content-access", "Zz Zugriff"))))
                .isEmpty();
        long published = jdbc.queryForObject("select id from learning_module where module_key = 'zz-content-access'",
                Long.class);
        long draft = modules.create("Zz Entwurf für den Zugriff", null);

        SignedIn.as(accounts, "admin2");
        assertThatThrownBy(() -> modules.draft(published)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> modules.draft(draft)).isInstanceOf(RecordNotFoundException.class);
        assertThat(listed()).doesNotContain(published, draft);
        SignedIn.as(accounts, "m.koch");
        assertThatThrownBy(() -> learning.open(published)).isInstanceOf(RecordNotFoundException.class);

        SignedIn.as(accounts, "trainer");
        modules.share(published, modules.draft(published).version(), true);
        modules.share(draft, modules.draft(draft).version(), true);

        SignedIn.as(accounts, "admin2");
        assertThat(modules.draft(published).editable()).as("shared, not theirs").isFalse();
        assertThatThrownBy(() -> modules.draft(draft)).as("shared but never published")
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(listed()).contains(published).doesNotContain(draft);
        SignedIn.as(accounts, "m.koch");
        assertThat(learning.open(published).moduleId()).isEqualTo(published);
        assertThatThrownBy(() -> learning.open(draft)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void the_library_and_a_single_module_agree_for_every_role() {
        SignedIn.as(accounts, "trainer");
        long own = modules.create("Zz Eigener Entwurf", null);
        List<Long> all = jdbc.queryForList("select id from learning_module", Long.class);

        for (String username : new String[] {"trainer", "admin", "admin2"}) {
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
            assertThat(listed.contains(own)).as(username).isEqualTo(!username.equals("admin2"));
        }
    }

    private List<Long> listed() {
        return modules.find(null, null, Pageable.unpaged()).stream().map(ContentSummary::id).toList();
    }
}
