package de.willkommensakademie.base.content;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the content shipped in {@code modules/} (packed into the jar) into the library every authority sees, at
 * every start and for every content type, in the order of their stores ({@code @Order}): new content is imported,
 * changed files (a corrected text in a new release) become a new version, unchanged ones stay as they are. Each store
 * reads its own file format ({@link ContentStore#readShipped}). A broken shipped file stops the start: it is a build
 * error.
 */
@Component
@Order(10)
public class ShippedContent implements ApplicationRunner {

    private final List<ContentStore<?, ?, ?, ?>> stores;

    ShippedContent(List<ContentStore<?, ?, ?, ?>> stores) {
        this.stores = stores;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        stores.forEach(ContentStore::publishAllShipped);
    }
}
