package de.willkommensakademie.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import de.willkommensakademie.base.content.ContentAccess;
import de.willkommensakademie.base.content.ShippedContent;
import de.willkommensakademie.base.content.ShippedItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * Start-up compares the shipped files by hash: the same hash reads no file at all; another one (a new release with a
 * new or corrected file) takes the full path once and stores the new hash. Here a counting role-play store stands in
 * for the shipped files, and the hash for a release. Rolled back, so the shared database stays as it was.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class ShippedContentByHashTest {

    private static final String STORE = CountingStore.class.getName();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ScenarioRepository scenarios;
    @Autowired
    ScenarioVersionRepository versions;
    @Autowired
    ScenarioMediaRepository media;
    @Autowired
    ScenarioCodec codec;
    @Autowired
    ContentAccess access;

    private CountingStore store;
    private final AtomicReference<Optional<String>> release = new AtomicReference<>(Optional.of("release-1"));

    /** A role-play store whose shipped files are the real ones plus what a test adds, counting every read. */
    class CountingStore extends ScenarioStore {

        int reads;
        final List<ShippedItem<ScenarioContent>> added = new ArrayList<>();

        CountingStore() {
            super(scenarios, versions, media, codec, access, clock);
        }

        @Override
        protected List<ShippedItem<ScenarioContent>> readShipped() {
            reads++;
            List<ShippedItem<ScenarioContent>> items = new ArrayList<>(super.readShipped());
            items.addAll(added);
            return items;
        }
    }

    @BeforeEach
    void a_store_that_has_never_published_by_hash() {
        store = new CountingStore();
    }

    private void start() {
        new ShippedContent(List.of(store), jdbc, clock, release::get).run(new DefaultApplicationArguments());
    }

    @Test
    void an_unchanged_release_reads_no_shipped_file_and_a_new_file_is_imported_once() throws Exception {
        int before = versionCount();
        start();
        assertThat(store.reads).as("the first start after the upgrade: no hash yet, the full path").isEqualTo(1);
        assertThat(versionCount()).as("nothing new shipped, nothing published").isEqualTo(before);
        assertThat(storedHash()).contains("release-1");

        start();
        start();
        assertThat(store.reads).as("same hash: no file read, nothing parsed").isEqualTo(1);

        store.added.add(item(shippedFile().replace("key: angry-client", "key: shipped-hash-check")));
        release.set(Optional.of("release-2"));
        start();
        assertThat(store.reads).as("a release with a new file: the full path once").isEqualTo(2);
        assertThat(version("shipped-hash-check")).as("the new file imported and published").isEqualTo(1);
        assertThat(versionCount()).as("only the new file published").isEqualTo(before + 1);
        assertThat(storedHash()).contains("release-2");

        start();
        assertThat(store.reads).as("the same release again").isEqualTo(2);
    }

    @Test
    void a_changed_file_becomes_the_next_version_and_its_hash_is_stored() throws Exception {
        String file = shippedFile().replace("key: angry-client", "key: shipped-hash-check");
        store.added.add(item(file));
        start();
        assertThat(version("shipped-hash-check")).isEqualTo(1);

        store.added.set(0, item(file.replaceFirst("(?m)^estimatedMinutes: \\d+", "estimatedMinutes: 99")));
        start();
        assertThat(version("shipped-hash-check")).as("unchanged hash: the corrected file is not even read")
                .isEqualTo(1);

        release.set(Optional.of("release-2"));
        start();
        assertThat(version("shipped-hash-check")).as("a release with the corrected file").isEqualTo(2);
        assertThat(store.reads).isEqualTo(2);
        assertThat(storedHash()).contains("release-2");
    }

    @Test
    void a_broken_file_in_a_changed_release_stops_the_start_and_stores_no_hash() throws Exception {
        start();
        store.added.add(new ShippedItem<>("modules/s99-broken/scenario.yaml", read(shippedFile()), Map.of(),
                List.of("a node leads nowhere")));
        release.set(Optional.of("release-2"));
        assertThatThrownBy(this::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("s99-broken").hasMessageContaining("a node leads nowhere");
        assertThat(storedHash()).as("the next start tries again").contains("release-1");
    }

    @Test
    void without_build_information_every_start_takes_the_full_path_and_stores_no_hash() {
        release.set(Optional.empty());
        start();
        start();
        assertThat(store.reads).isEqualTo(2);
        assertThat(storedHash()).isEmpty();
    }

    @Test
    void the_start_stored_the_hash_of_every_content_store() {
        assertThat(jdbc.queryForList("select store from shipped_content_hash", String.class)).contains(
                "de.willkommensakademie.learning.ModuleStore", ScenarioStore.class.getName(),
                "de.willkommensakademie.onboarding.TemplateStore",
                "de.willkommensakademie.assessment.QuestionnaireStore");
    }

    private Optional<String> storedHash() {
        return jdbc.queryForList("select content_hash from shipped_content_hash where store = ?", String.class, STORE)
                .stream().findFirst();
    }

    private int versionCount() {
        return jdbc.queryForObject("select count(*) from scenario_version", Integer.class);
    }

    private int version(String key) {
        return scenarios.findByContentKeyAndAuthorityIdIsNull(key).orElseThrow().publishedVersion();
    }

    private static ShippedItem<ScenarioContent> item(String file) {
        return new ShippedItem<>("modules/s99-added/scenario.yaml", read(file), Map.of(), List.of());
    }

    private static ScenarioContent read(String file) {
        ScenarioFileReader.Result result = ScenarioFileReader.read(file.getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).isEmpty();
        return result.scenario();
    }

    private static String shippedFile() throws Exception {
        try (InputStream in = ShippedContentByHashTest.class.getResourceAsStream(
                "/modules/s05-angry-client/scenario.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
