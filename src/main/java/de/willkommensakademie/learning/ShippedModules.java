package de.willkommensakademie.learning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The curriculum shipped in {@code modules/} (packed into the jar): every folder with a {@code module.yaml}. */
final class ShippedModules {

    static final String LOCATION = "classpath*:modules/";

    private ShippedModules() {
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
