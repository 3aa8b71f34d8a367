package de.willkommensakademie.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The content shipped in {@code modules/} (packed into the jar): every folder's file of one name, or all files. */
public final class ShippedFiles {

    private static final String ROOT = "/modules/";

    /** Where the file came from (for error messages) and its bytes. */
    public record ShippedFile(String location, byte[] bytes) {
    }

    private ShippedFiles() {
    }

    public static List<ShippedFile> named(String fileName) {
        try {
            List<ShippedFile> files = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:modules/*/" + fileName)) {
                try (InputStream in = resource.getInputStream()) {
                    files.add(new ShippedFile(resource.getDescription(), in.readAllBytes()));
                }
            }
            return files;
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot read the shipped " + fileName + " files", failed);
        }
    }

    /**
     * Every shipped file below {@code modules/}, its location the path inside {@code modules/} (the same in the jar
     * and in a build folder), in no particular order; read with one scan of the class path.
     */
    public static List<ShippedFile> all() {
        try {
            List<ShippedFile> files = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:modules/**/*")) {
                String url = resource.getURL().toString();
                int root = url.lastIndexOf(ROOT);
                if (!resource.isReadable() || url.endsWith("/") || root < 0) {
                    continue;
                }
                try (InputStream in = resource.getInputStream()) {
                    files.add(new ShippedFile(url.substring(root + ROOT.length()), in.readAllBytes()));
                }
            }
            return files;
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot read the shipped files", failed);
        }
    }
}
