package de.willkommensakademie.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import de.willkommensakademie.StoredJson;
import de.willkommensakademie.base.content.ShippedContent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/** A new release's shipped templates reach a running installation: changed files become new versions, no more. */
// Start-up runs this in one transaction; here it is the test's, rolled back so the shared database stays as it was.
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class ShippedOnboardingTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ShippedContent shipped;
    @Autowired
    TemplateStore store;
    @Autowired
    OnboardingTemplateRepository templates;

    @Test
    void a_start_on_a_database_another_run_wrote_makes_no_new_template_versions() {
        int before = versions();
        // Another JVM run wrote the language maps in another order: same content, different text.
        assertThat(StoredJson.reverseKeyOrder(jdbc, "onboarding_template_version")).isPositive();
        // The first start after the upgrade that brought the stored hashes: no hash yet, so compared as JSON.
        jdbc.update("delete from shipped_content_hash");
        shipped.run(new DefaultApplicationArguments());
        assertThat(versions()).as("unchanged files, whatever order the stored keys are in").isEqualTo(before);
        shipped.run(new DefaultApplicationArguments());
        assertThat(versions()).as("a second start on the same database").isEqualTo(before);
    }

    private int versions() {
        return jdbc.queryForObject("select count(*) from onboarding_template_version", Integer.class);
    }

    @Test
    void a_restart_leaves_unchanged_templates_alone_and_a_changed_file_becomes_the_next_version() throws Exception {
        int before = version("team-lead");
        shipped.run(new DefaultApplicationArguments());
        assertThat(version("team-lead")).as("unchanged file, no new version").isEqualTo(before);

        String file;
        try (InputStream in = getClass().getResourceAsStream("/modules/o03-team-lead/onboarding.yaml")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // Only the description changes, so checklists started from the new version have the same items.
        String corrected = file.replace("  de: \"Dieser Plan bereitet", "  de: \"Korrigiert: Dieser Plan bereitet");
        assertThat(corrected).isNotEqualTo(file);
        assertThat(store.publishShipped(read(corrected), Map.of())).as("a corrected file").isTrue();
        assertThat(store.publishShipped(read(corrected), Map.of())).as("the same again").isFalse();
        assertThat(version("team-lead")).isEqualTo(before + 1);
    }

    private int version(String key) {
        return templates.findByContentKeyAndAuthorityIdIsNull(key).orElseThrow().publishedVersion();
    }

    private static TemplateContent read(String file) {
        TemplateFileReader.Result result = TemplateFileReader.read(file.getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).isEmpty();
        return result.template();
    }
}
