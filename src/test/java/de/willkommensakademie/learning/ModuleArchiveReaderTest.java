package de.willkommensakademie.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.base.TestFiles;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.ZipArchive;
import de.willkommensakademie.base.content.MediaFile;
import org.junit.jupiter.api.Test;

/** The module file format: the shipped curriculum reads cleanly, broken files name file, line and reason. */
class ModuleArchiveReaderTest {

    private static final MediaLimits IMAGE_LIMIT = MediaLimits.of(2 * 1024 * 1024, 10 * 1024 * 1024);



    @Test
    void every_shipped_module_reads_without_problems_and_meets_the_curriculum_minimum() {
        Map<String, Map<String, byte[]>> folders = ShippedModules.readFolders();
        assertThat(folders).hasSizeGreaterThanOrEqualTo(6);
        for (var folder : folders.entrySet()) {
            ModuleArchiveReader.Result result = ModuleArchiveReader.read(folder.getValue(), IMAGE_LIMIT);
            assertThat(result.problems()).as(folder.getKey()).isEmpty();
            ModuleContent content = result.content();
            assertThat(content.lessons().stream().filter(l -> l.type() == LessonType.TEXT)).as(folder.getKey())
                    .hasSizeGreaterThanOrEqualTo(3);
            assertThat(content.lessons()).as(folder.getKey()).anySatisfy(lesson -> {
                assertThat(lesson.type()).isEqualTo(LessonType.QUIZ);
                assertThat(lesson.quiz().questions()).hasSizeGreaterThanOrEqualTo(5);
            });
            assertThat(content.title().has("de") && content.title().has("en")).as(folder.getKey()).isTrue();
            content.lessons().forEach(lesson -> assertThat(lesson.title().has("en")).as(folder.getKey()).isTrue());
        }
    }

    @Test
    void a_good_module_reads_into_content() {
        ModuleArchiveReader.Result result = ModuleArchiveReader.read(ModuleFixtures.files(ModuleFixtures.GOOD), IMAGE_LIMIT);
        assertThat(result.problems()).isEmpty();
        assertThat(result.content().key()).isEqualTo("test-module");
        assertThat(result.content().lessons()).extracting(ModuleContent.Lesson::type)
                .containsExactly(LessonType.TEXT, LessonType.QUIZ);
        assertThat(result.content().lessons().getFirst().body().get("en")).isEqualTo("## Hello\nText.");
    }

    @Test
    void a_missing_manifest_is_reported() {
        assertThat(ModuleArchiveReader.read(Map.of("lessons/a.md", bytes("x")), IMAGE_LIMIT).problems())
                .extracting(ContentProblem::messageKey).containsExactly("import.module.file-missing");
    }

    @Test
    void invalid_yaml_names_the_line() {
        String broken = ModuleFixtures.GOOD.replace("estimatedMinutes: 10", "estimatedMinutes: [10");
        assertThat(problems(broken)).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("import.module.yaml");
            assertThat(problem.file()).isEqualTo("module.yaml");
            assertThat(problem.line()).isNotNull();
        });
    }

    @Test
    void each_kind_of_broken_module_gives_its_precise_error_and_line() {
        assertProblem(ModuleFixtures.GOOD.replace("key: test-module\n", ""), "import.module.missing", 1);
        assertProblem(ModuleFixtures.GOOD.replace("cornerstone: COMPETENCES", "cornerstone: COURAGE"), "import.module.choice", 2);
        assertProblem(ModuleFixtures.GOOD.replace("estimatedMinutes: 10", "estimatedMinutes: ten"), "import.module.number", 4);
        assertProblem(ModuleFixtures.GOOD.replace("  - type: text", "  - type: poem"), "import.module.lesson-type", 17);
        assertProblem(ModuleFixtures.GOOD.replace("lessons/intro.en.md", "lessons/missing.en.md"), "import.module.file-missing", 19);
        assertProblem(ModuleFixtures.GOOD.replace("- text: {de: Fünf, en: Five}", "- text: {de: Fünf, en: Five}\n            correct: true"),
                "module.problem.one-correct-answer", 24);
        assertProblem(ModuleFixtures.GOOD.replace("passPercent: 50", "passPercent: 0"), "module.problem.pass-percent", 20);
        assertProblem(ModuleFixtures.GOOD.replace("  de: Testmodul\n", ""), "module.problem.title", 1);
        assertProblem(ModuleFixtures.GOOD.replace("estimatedMinutes: 10", "estimatedMinutes: 9999"), "module.problem.minutes", 1);
    }

    @Test
    void image_lessons_need_a_real_png_or_jpeg_and_an_alternative_text() {
        String withImage = ModuleFixtures.GOOD.replace("  - type: quiz", "  - type: image\n"
                + "    title: {de: Bild, en: Picture}\n"
                + "    file: images/a.png\n"
                + "    alt: {de: Ein Schalter, en: A counter}\n"
                + "  - type: quiz");
        Map<String, byte[]> files = ModuleFixtures.files(withImage);
        files.put("images/a.png", bytes("not an image"));
        assertThat(ModuleArchiveReader.read(files, IMAGE_LIMIT).problems()).extracting(ContentProblem::messageKey)
                .containsExactly("upload.error.type");
        files.put("images/a.png", TestFiles.signatureThenHtml(TestFiles.png(4, 4), 8));
        assertThat(ModuleArchiveReader.read(files, IMAGE_LIMIT).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("images/a.png");
            assertThat(problem.messageKey()).isEqualTo("upload.error.unreadable");
        });

        files.put("images/a.png", ModuleFixtures.png(100));
        assertThat(ModuleArchiveReader.read(files, MediaLimits.of(50, 50)).problems())
                .extracting(ContentProblem::messageKey).containsExactly("upload.error.too-large");
        assertThat(ModuleArchiveReader.read(files, IMAGE_LIMIT).problems()).isEmpty();

        Map<String, byte[]> withoutAlt = ModuleFixtures.files(withImage.replace("    alt: {de: Ein Schalter, en: A counter}\n", ""));
        withoutAlt.put("images/a.png", ModuleFixtures.png(100));
        assertThat(ModuleArchiveReader.read(withoutAlt, IMAGE_LIMIT).problems()).extracting(ContentProblem::messageKey)
                .contains("import.module.missing");
    }

    @Test
    void video_lessons_take_a_link_or_an_mp4_file_and_the_file_survives_export() {
        String withVideo = ModuleFixtures.GOOD.replace("  - type: quiz", "  - type: video\n"
                + "    title: {de: Film, en: Film}\n"
                + "    file: videos/a.mp4\n"
                + "    transcript: {de: lessons/intro.de.md, en: lessons/intro.en.md}\n"
                + "  - type: quiz");
        Map<String, byte[]> files = ModuleFixtures.files(withVideo);
        files.put("videos/a.mp4", ModuleFixtures.png(100));
        assertThat(ModuleArchiveReader.read(files, IMAGE_LIMIT).problems()).extracting(ContentProblem::messageKey)
                .containsExactly("upload.error.type-named");
        byte[] mp4 = TestFiles.mp4();
        files.put("videos/a.mp4", mp4);
        ModuleArchiveReader.Result result = ModuleArchiveReader.read(files, IMAGE_LIMIT);
        assertThat(result.problems()).isEmpty();
        String mediaId = result.content().lessons().get(1).mediaId();
        assertThat(result.media().get(mediaId).contentType()).isEqualTo("video/mp4");

        MediaFile stored = new MediaFile(mediaId, "video/mp4", mp4);
        byte[] zip = ModuleArchiveWriter.write(result.content(), Map.of(mediaId, stored));
        ModuleArchiveReader.Result again = ModuleArchiveReader.read(ZipArchive.unpack(zip, 1_000_000, ModuleArchiveReader.MANIFEST), IMAGE_LIMIT);
        assertThat(again.problems()).isEmpty();
        assertThat(again.content()).isEqualTo(result.content());

        String neither = withVideo.replace("    file: videos/a.mp4\n", "");
        assertThat(ModuleArchiveReader.read(ModuleFixtures.files(neither), IMAGE_LIMIT).problems())
                .extracting(ContentProblem::messageKey).containsExactly("module.problem.video");
    }

    @Test
    void a_written_module_reads_back_the_same() {
        ModuleContent content = ModuleArchiveReader.read(ModuleFixtures.files(ModuleFixtures.GOOD), IMAGE_LIMIT).content();
        byte[] zip = ModuleArchiveWriter.write(content, Map.of());
        ModuleArchiveReader.Result again = ModuleArchiveReader.read(ZipArchive.unpack(zip, 1_000_000, ModuleArchiveReader.MANIFEST), IMAGE_LIMIT);
        assertThat(again.problems()).isEmpty();
        assertThat(again.content()).isEqualTo(content);
    }

    @Test
    void files_that_are_no_zip_are_refused() {
        assertThatThrownBy(() -> ZipArchive.unpack(bytes("plain text"), 1_000_000, ModuleArchiveReader.MANIFEST)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("import.zip.not-a-zip");
    }

    private static void assertProblem(String manifest, String messageKey, int line) {
        List<ContentProblem> problems = problems(manifest);
        assertThat(problems).as(messageKey).anySatisfy(problem -> {
            assertThat(problem.messageKey()).isEqualTo(messageKey);
            assertThat(problem.file()).isEqualTo("module.yaml");
            assertThat(problem.line()).isEqualTo(line);
        });
    }

    private static List<ContentProblem> problems(String manifest) {
        ModuleArchiveReader.Result result = ModuleArchiveReader.read(ModuleFixtures.files(manifest), IMAGE_LIMIT);
        assertThat(result.content()).isNull();
        return result.problems();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
