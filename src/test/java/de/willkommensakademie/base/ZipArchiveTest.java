package de.willkommensakademie.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** An uploaded archive is refused, naming the entry, when a path could point outside it or a name is ambiguous. */
class ZipArchiveTest {

    private static final long LIMIT = 1024 * 1024;

    @Test
    void a_plain_archive_unpacks_with_its_folder_taken_off() {
        byte[] zip = zip("module/module.yaml", "key: x", "module/lessons/a.md", "# A");
        assertThat(ZipArchive.unpack(zip, LIMIT, "module.yaml")).containsOnlyKeys("module.yaml", "lessons/a.md");
    }

    @Test
    void entries_climbing_out_of_the_archive_are_refused_with_their_name() {
        assertRefused(zip("module.yaml", "key: x", "../../evil.md", "x"), "import.zip.parent-path", "../../evil.md");
        assertRefused(zip("module.yaml", "key: x", "lessons/../../p.png", "x"), "import.zip.parent-path",
                "lessons/../../p.png");
    }

    @Test
    void absolute_paths_and_drive_letters_are_refused() {
        assertRefused(zip("module.yaml", "key: x", "/tmp/x.md", "x"), "import.zip.absolute-path", "/tmp/x.md");
        assertRefused(zip("module.yaml", "key: x", "C:/Windows/x.md", "x"), "import.zip.absolute-path",
                "C:/Windows/x.md");
    }

    @Test
    void backslashes_are_refused_because_they_hide_folders_and_parent_steps() {
        assertRefused(zip("module.yaml", "key: x", "..\\..\\evil.md", "x"), "import.zip.backslash",
                "..\\..\\evil.md");
        assertRefused(zip("module.yaml", "key: x", "lessons\\a.md", "x"), "import.zip.backslash", "lessons\\a.md");
    }

    @Test
    void a_name_that_appears_twice_is_refused() {
        // ZipOutputStream refuses duplicates itself, so the second entry gets the same name by patching the bytes.
        byte[] zip = zip("module.yaml", "key: x", "lessons/a.md", "one", "lessons/b.md", "two");
        byte[] patched = new String(zip, StandardCharsets.ISO_8859_1).replace("lessons/b.md", "lessons/a.md")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(patched, "import.zip.duplicate", "lessons/a.md");
    }

    @Test
    void too_many_entries_and_too_much_unpacked_data_are_refused() {
        String[] many = new String[(ZipArchive.MAX_ENTRIES + 1) * 2];
        for (int i = 0; i < ZipArchive.MAX_ENTRIES + 1; i++) {
            many[2 * i] = "f" + i + ".md";
            many[2 * i + 1] = "x";
        }
        assertThatThrownBy(() -> ZipArchive.unpack(zip(many), LIMIT, "module.yaml"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("import.zip.too-many-files"));
        // A bomb: 5 MB of zeros compress to a few KB but unpack beyond the 1 MB limit.
        byte[] bomb = zip("module.yaml", "key: x", "zeros.md", "0".repeat(5 * 1024 * 1024));
        assertThat(bomb.length).isLessThan(64 * 1024);
        assertThatThrownBy(() -> ZipArchive.unpack(bomb, LIMIT, "module.yaml"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("import.zip.too-large"));
    }

    private static void assertRefused(byte[] zip, String key, String entry) {
        assertThatThrownBy(() -> ZipArchive.unpack(zip, LIMIT, "module.yaml"))
                .isInstanceOfSatisfying(UserFacingException.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo(key);
                    assertThat(problem.arguments()).containsExactly(entry);
                });
    }

    /** Name, content, name, content … */
    private static byte[] zip(String... namesAndContents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return bytes.toByteArray();
    }
}
