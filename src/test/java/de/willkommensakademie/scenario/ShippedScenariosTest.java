package de.willkommensakademie.scenario;

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

/** A new release's shipped scenarios reach a running installation: changed files become new versions, no more. */
// Start-up runs this in one transaction; here it is the test's, rolled back so the shared database stays as it was.
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class ShippedScenariosTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ShippedContent shipped;
    @Autowired
    ScenarioStore store;
    @Autowired
    ScenarioRepository scenarios;

    @Test
    void a_start_on_a_database_another_run_wrote_makes_no_new_scenario_versions() {
        int before = versions();
        // Another JVM run wrote the language maps in another order: same content, different text.
        assertThat(StoredJson.reverseKeyOrder(jdbc, "scenario_version")).isPositive();
        // The first start after the upgrade that brought the stored hashes: no hash yet, so compared as JSON.
        jdbc.update("delete from shipped_content_hash");
        shipped.run(new DefaultApplicationArguments());
        assertThat(versions()).as("unchanged files, whatever order the stored keys are in").isEqualTo(before);
        shipped.run(new DefaultApplicationArguments());
        assertThat(versions()).as("a second start on the same database").isEqualTo(before);
    }

    private int versions() {
        return jdbc.queryForObject("select count(*) from scenario_version", Integer.class);
    }

    @Test
    void a_restart_leaves_unchanged_scenarios_alone_and_a_changed_file_becomes_the_next_version() throws Exception {
        int before = version("angry-client");
        shipped.run(new DefaultApplicationArguments());
        assertThat(version("angry-client")).as("unchanged file, no new version").isEqualTo(before);

        String file = shippedFile().replace("key: angry-client", "key: shipped-update-check");
        assertThat(store.publishShipped(read(file), Map.of())).as("a new key").isTrue();
        assertThat(store.publishShipped(read(file), Map.of())).as("the same again").isFalse();
        assertThat(version("shipped-update-check")).isEqualTo(1);

        String corrected = file.replaceFirst("(?m)^estimatedMinutes: \\d+", "estimatedMinutes: 99");
        assertThat(corrected).isNotEqualTo(file);
        assertThat(store.publishShipped(read(corrected), Map.of())).as("a corrected file").isTrue();
        assertThat(version("shipped-update-check")).isEqualTo(2);
    }

    private int version(String key) {
        return scenarios.findByContentKeyAndAuthorityIdIsNull(key).orElseThrow().publishedVersion();
    }

    private static String shippedFile() throws Exception {
        try (InputStream in = ShippedScenariosTest.class.getResourceAsStream("/modules/s05-angry-client/scenario.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ScenarioContent read(String file) {
        ScenarioFileReader.Result result = ScenarioFileReader.read(file.getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).isEmpty();
        return result.scenario();
    }
}
