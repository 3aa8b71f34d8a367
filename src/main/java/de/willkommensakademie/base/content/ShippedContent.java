package de.willkommensakademie.base.content;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the content of one type shipped in {@code modules/} (packed into the jar) into the library every
 * authority sees, at every start: new content is imported, changed files (a corrected text in a new release) become
 * a new version, unchanged ones stay as they are. A broken shipped file stops the start: it is a build error. A
 * feature subclasses it as a component with an {@code @Order} and reads its own file format in {@link #read()}.
 */
public abstract class ShippedContent<D extends ContentDocument<D>> implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedContent.class);

    /** One shipped file (or folder) as read: where it came from, its content, its files and what is wrong with it. */
    public record Read<D>(String location, D content, Map<String, MediaFile> media, List<?> problems) {
    }

    private final ContentStore<?, ?, ?, D> store;
    private final String kind;

    /** {@code kind} names the type in the log and in errors ("learning modules"). */
    protected ShippedContent(ContentStore<?, ?, ?, D> store, String kind) {
        this.store = store;
        this.kind = kind;
    }

    /** Every shipped item of this type, read and checked. */
    protected abstract List<Read<D>> read();

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Read<D>> shipped = read();
        int published = 0;
        for (Read<D> item : shipped) {
            if (!item.problems().isEmpty()) {
                throw new IllegalStateException("Shipped " + kind + " " + item.location() + " is invalid: "
                        + item.problems());
            }
            published += store.publishShipped(item.content(), item.media()) ? 1 : 0;
        }
        log.info("Shipped {}: {} of {} new or changed", kind, published, shipped.size());
    }
}
