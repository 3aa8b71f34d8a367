package de.willkommensakademie.learning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the curriculum shipped in {@code modules/} (packed into the jar) into the library every authority sees, at
 * every start: new modules are imported, changed folders (a corrected text in a new release) become a new version,
 * unchanged ones stay as they are. A broken shipped module stops the start: it is a build error.
 */
@Component
@Order(10)
class ShippedModules implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedModules.class);
    static final String LOCATION = "classpath*:modules/";

    private final ModuleStore store;
    private final MediaLimits limits;

    ShippedModules(ModuleStore store, MediaLimits limits) {
        this.store = store;
        this.limits = limits;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Map<String, Map<String, byte[]>> folders = readFolders();
        int published = 0;
        for (var folder : folders.entrySet()) {
            ModuleArchiveReader.Result result = ModuleArchiveReader.read(folder.getValue(), limits);
            if (!result.problems().isEmpty()) {
                throw new IllegalStateException("Shipped module " + folder.getKey() + " is invalid: "
                        + result.problems());
            }
            published += store.publishShipped(result.content(), result.media()) ? 1 : 0;
        }
        log.info("Shipped learning modules: {} of {} new or changed", published, folders.size());
    }

    /** Folder name → (path inside the folder → bytes), for every folder with a manifest. */
    static Map<String, Map<String, byte[]>> readFolders() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION + "**/*");
            Map<String, Map<String, byte[]>> folders = new TreeMap<>();
            for (Resource resource : resources) {
                if (!resource.isReadable() || resource.getURL().toString().endsWith("/")) {
                    continue;
                }
                String url = resource.getURL().toString();
                String relative = url.substring(url.lastIndexOf("/modules/") + "/modules/".length());
                int slash = relative.indexOf('/');
                if (slash < 0) {
                    continue;
                }
                try (InputStream in = resource.getInputStream()) {
                    folders.computeIfAbsent(relative.substring(0, slash), name -> new LinkedHashMap<>())
                            .put(relative.substring(slash + 1), in.readAllBytes());
                }
            }
            folders.values().removeIf(files -> !files.containsKey(ModuleArchiveReader.MANIFEST));
            return folders;
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot read the shipped modules", failed);
        }
    }
}
