package de.willkommensakademie.base.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import de.willkommensakademie.base.ShippedFiles;
import de.willkommensakademie.base.ShippedFiles.ShippedFile;
import org.junit.jupiter.api.Test;

/** The shipped files' hash: raw bytes, paths and build; any change to one of them is another hash. */
class ShippedFingerprintTest {

    private static final byte[] BUILD = "build.time=2026-12-03T20:00:00Z".getBytes(StandardCharsets.UTF_8);

    private static ShippedFile file(String location, String text) {
        return new ShippedFile(location, text.getBytes(StandardCharsets.UTF_8));
    }

    private final List<ShippedFile> files = List.of(file("s01/scenario.yaml", "key: a"),
            file("01/module.yaml", "key: b"), file("01/lessons/01.de.md", "# Text"));

    @Test
    void the_same_files_in_any_order_are_the_same_hash() {
        String hash = ShippedFingerprint.of(BUILD, files);
        assertThat(hash).hasSize(64).isEqualTo(ShippedFingerprint.of(BUILD, files.reversed()));
    }

    @Test
    void a_changed_byte_a_new_file_a_renamed_file_or_another_build_is_another_hash() {
        String hash = ShippedFingerprint.of(BUILD, files);
        assertThat(ShippedFingerprint.of(BUILD, List.of(files.get(0), files.get(1), file("01/lessons/01.de.md",
                "# Texte")))).as("a changed file").isNotEqualTo(hash);
        assertThat(ShippedFingerprint.of(BUILD, List.of(files.get(0), files.get(1), files.get(2),
                file("o01/onboarding.yaml", "key: c")))).as("a new file").isNotEqualTo(hash);
        assertThat(ShippedFingerprint.of(BUILD, List.of(files.get(0), files.get(1), file("01/lessons/02.de.md",
                "# Text")))).as("a renamed file").isNotEqualTo(hash);
        assertThat(ShippedFingerprint.of("build.time=2026-12-04T08:00:00Z".getBytes(StandardCharsets.UTF_8), files))
                .as("another build reading the same files").isNotEqualTo(hash);
        assertThat(ShippedFingerprint.of(BUILD, List.of(file("a", "bc")))).as("where a path ends counts")
                .isNotEqualTo(ShippedFingerprint.of(BUILD, List.of(file("ab", "c"))));
    }

    @Test
    void this_build_has_a_fingerprint_of_every_shipped_file() {
        List<ShippedFile> shipped = ShippedFiles.all();
        assertThat(shipped).extracting(ShippedFile::location).contains("04-de-escalation-safety/module.yaml",
                "s05-angry-client/scenario.yaml", "o01-front-office/onboarding.yaml",
                "q01-willkommensbehoerde/questionnaire.yaml");
        assertThat(shipped).hasSizeGreaterThan(60);
        // Maven writes the build information at every build, the test run's included
        assertThat(ShippedFingerprint.ofClasspath()).isPresent().isEqualTo(ShippedFingerprint.ofClasspath());
    }
}
