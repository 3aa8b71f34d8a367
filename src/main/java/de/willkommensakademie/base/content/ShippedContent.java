package de.willkommensakademie.base.content;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;

/**
 * Publishes the content shipped in {@code modules/} (packed into the jar) into the library every authority sees, at
 * every start and for every content type, in the order of their stores ({@code @Order}): new content is imported,
 * changed files (a corrected text in a new release) become a new version, unchanged ones stay as they are. Each store
 * reads its own file format ({@link ContentStore#readShipped}). A broken shipped file stops the start: it is a build
 * error.
 * <p>
 * Most starts ship nothing new, so the files are first compared by hash ({@link ShippedFingerprint}: raw bytes and
 * the build, nothing parsed) with the hash each store last published, kept in {@code shipped_content_hash}: the same
 * hash skips the store without reading a file; another hash (a new build, the first start after this table came, a
 * new store) takes the full path once (parse, check, compare as JSON, publish what is new or changed) and stores the
 * new hash in the same transaction, so a failed start stores nothing. Instances starting together on PostgreSQL run
 * this one after the other ({@code base.StartupLock}): the second finds the first one's hashes. Content an authority
 * adapted is its own copy (its authority id set) and never touched here.
 */
@Component
@Order(10)
public class ShippedContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedContent.class);

    private final List<ContentStore<?, ?, ?, ?>> stores;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Supplier<Optional<String>> fingerprint;

    @Autowired
    ShippedContent(List<ContentStore<?, ?, ?, ?>> stores, JdbcTemplate jdbc, Clock clock) {
        this(stores, jdbc, clock, ShippedFingerprint::ofClasspath);
    }

    /** With the fingerprint of other shipped files (tests stand in for a new release with it). */
    public ShippedContent(List<ContentStore<?, ?, ?, ?>> stores, JdbcTemplate jdbc, Clock clock,
            Supplier<Optional<String>> fingerprint) {
        this.stores = List.copyOf(stores);
        this.jdbc = jdbc;
        this.clock = clock;
        this.fingerprint = fingerprint;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Optional<String> current = fingerprint.get();
        Map<String, String> published = published();
        int unchanged = 0;
        for (ContentStore<?, ?, ?, ?> store : stores) {
            String name = ClassUtils.getUserClass(store).getName();
            if (current.isPresent() && current.get().equals(published.get(name))) {
                unchanged++;
                continue;
            }
            store.publishAllShipped();
            if (current.isPresent()) {
                remember(name, current.get(), published.containsKey(name));
            }
        }
        if (unchanged > 0) {
            log.info("Shipped content: {} of {} stores unchanged by hash, no file read", unchanged, stores.size());
        }
        if (current.isEmpty()) {
            log.info("Shipped content compared in full: no build information ({}) to compare by hash",
                    ShippedFingerprint.BUILD_INFO);
        }
    }

    private void remember(String store, String hash, boolean known) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (known) {
            jdbc.update("update shipped_content_hash set content_hash = ?, published_at = ? where store = ?", hash,
                    now, store);
        } else {
            jdbc.update("insert into shipped_content_hash (store, content_hash, published_at) values (?, ?, ?)",
                    store, hash, now);
        }
    }

    /** The hash each store last published, by store class. */
    private Map<String, String> published() {
        Map<String, String> hashes = new HashMap<>();
        jdbc.query("select store, content_hash from shipped_content_hash",
                row -> { hashes.put(row.getString(1), row.getString(2)); });
        return hashes;
    }
}
