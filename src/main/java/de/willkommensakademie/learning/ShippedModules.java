package de.willkommensakademie.learning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.willkommensakademie.base.content.ShippedContent;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The curriculum shipped in {@code modules/}: every folder with a {@code module.yaml}, published at every start. */
@Component
@Order(10)
class ShippedModules extends ShippedContent<ModuleContent> {

    static final String LOCATION = "classpath*:modules/";

    private final MediaLimits limits;

    ShippedModules(ModuleStore store, MediaLimits limits) {
        super(store, "learning modules");
        this.limits = limits;
    }

    @Override
    protected List<Read<ModuleContent>> read() {
        return readFolders().entrySet().stream().map(folder -> {
            ModuleArchiveReader.Result result = ModuleArchiveReader.read(folder.getValue(), limits);
            return new Read<>(folder.getKey(), result.content(), result.media(), result.problems());
        }).toList();
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
