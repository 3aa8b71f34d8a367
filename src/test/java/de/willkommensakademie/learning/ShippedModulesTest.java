package de.willkommensakademie.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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

/** A new release's shipped modules reach a running installation: changed folders become new versions, no more. */
// Start-up runs this in one transaction; here it is the test's, rolled back so the shared database stays as it was.
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class ShippedModulesTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ShippedContent shipped;
    @Autowired
    ModuleStore store;
    @Autowired
    LearningModuleRepository modules;
    @Autowired
    MediaLimits limits;

    @Test
    void a_start_on_a_database_another_run_wrote_makes_no_new_module_versions() {
        int before = versions();
        // Another JVM run wrote the language maps in another order: same content, different text.
        assertThat(StoredJson.reverseKeyOrder(jdbc, "module_version")).isPositive();
        // The first start after the upgrade that brought the stored hashes: no hash yet, so compared as JSON.
        jdbc.update("delete from shipped_content_hash");
        shipped.run(new DefaultApplicationArguments());
        assertThat(versions()).as("unchanged files, whatever order the stored keys are in").isEqualTo(before);
        shipped.run(new DefaultApplicationArguments());
        assertThat(versions()).as("a second start on the same database").isEqualTo(before);
    }

    private int versions() {
        return jdbc.queryForObject("select count(*) from module_version", Integer.class);
    }

    @Test
    void a_restart_leaves_unchanged_modules_alone_and_a_changed_folder_becomes_the_next_version() {
        int before = version("de-escalation-safety");
        shipped.run(new DefaultApplicationArguments());
        assertThat(version("de-escalation-safety")).as("unchanged folder, no new version").isEqualTo(before);

        Map<String, byte[]> folder = ShippedModules.readFolders().get("04-de-escalation-safety");
        String manifest = new String(folder.get(ModuleArchiveReader.MANIFEST), StandardCharsets.UTF_8)
                .replace("key: de-escalation-safety", "key: shipped-module-update-check");
        assertThat(publish(folder, manifest)).as("a new key").isTrue();
        assertThat(publish(folder, manifest)).as("the same again").isFalse();
        assertThat(version("shipped-module-update-check")).isEqualTo(1);

        String corrected = manifest.replaceFirst("(?m)^estimatedMinutes: \\d+", "estimatedMinutes: 99");
        assertThat(corrected).isNotEqualTo(manifest);
        assertThat(publish(folder, corrected)).as("a corrected folder").isTrue();
        assertThat(version("shipped-module-update-check")).isEqualTo(2);
    }

    private int version(String key) {
        return modules.findByContentKeyAndAuthorityIdIsNull(key).orElseThrow().publishedVersion();
    }

    private boolean publish(Map<String, byte[]> folder, String manifest) {
        Map<String, byte[]> files = new LinkedHashMap<>(folder);
        files.put(ModuleArchiveReader.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));
        ModuleArchiveReader.Result result = ModuleArchiveReader.read(files, limits);
        assertThat(result.problems()).isEmpty();
        return store.publishShipped(result.content(), result.media());
    }
}
