package de.willkommensakademie.learning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import de.willkommensakademie.base.Text;
import de.willkommensakademie.base.content.MediaFile;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Writes a module as a ZIP in the folder format that {@link ModuleArchiveReader} reads back. */
final class ModuleArchiveWriter {

    private ModuleArchiveWriter() {
    }

    static byte[] write(ModuleContent module, Map<String, MediaFile> mediaById) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("key", module.key());
        manifest.put("cornerstone", module.cornerstone() == null ? null : module.cornerstone().name());
        if (!module.tags().isEmpty()) {
            manifest.put("tags", module.tags());
        }
        manifest.put("estimatedMinutes", module.estimatedMinutes());
        if (module.validityMonths() != null) {
            manifest.put("validityMonths", module.validityMonths());
        }
        manifest.put("defaultLanguage", module.defaultLanguage());
        manifest.put("title", module.title().byLanguage());
        manifest.put("summary", module.summary().byLanguage());
        manifest.put("goals", module.goals());
        List<Object> lessons = new ArrayList<>();
        for (int index = 0; index < module.lessons().size(); index++) {
            ModuleContent.Lesson lesson = module.lessons().get(index);
            String prefix = String.format(Locale.ROOT, "lessons/%02d-%s", index + 1,
                    lesson.type().name().toLowerCase(Locale.ROOT));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", lesson.type().name().toLowerCase(Locale.ROOT));
            entry.put("title", lesson.title().byLanguage());
            switch (lesson.type()) {
                case TEXT -> entry.put("file", markdownFiles(prefix, lesson.body(), files));
                case VIDEO -> {
                    if (lesson.videoUrl() != null && !lesson.videoUrl().isBlank()) {
                        entry.put("url", lesson.videoUrl());
                    }
                    if (lesson.mediaId() != null) {
                        entry.put("file", mediaFile("videos", index, mediaById.get(lesson.mediaId()), files));
                    }
                    entry.put("transcript", markdownFiles(prefix, lesson.body(), files));
                }
                case IMAGE -> {
                    entry.put("file", mediaFile("images", index, mediaById.get(lesson.mediaId()), files));
                    entry.put("alt", lesson.alt().byLanguage());
                }
                case QUIZ -> {
                    entry.put("passPercent", lesson.quiz().passPercent());
                    if (lesson.quiz().maxAttempts() > 0) {
                        entry.put("maxAttempts", lesson.quiz().maxAttempts());
                    }
                    entry.put("questions", lesson.quiz().questions().stream().map(ModuleArchiveWriter::question)
                            .toList());
                }
            }
            lessons.add(entry);
        }
        manifest.put("lessons", lessons);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(120);
        files.put(ModuleArchiveReader.MANIFEST, new Yaml(options).dump(manifest).getBytes(StandardCharsets.UTF_8));
        return zip(module.key(), files);
    }

    private static String mediaFile(String folder, int index, MediaFile media, Map<String, byte[]> files) {
        String extension = media == null ? "bin" : media.contentType().substring(media.contentType().indexOf('/') + 1)
                .replace("jpeg", "jpg");
        String name = String.format(Locale.ROOT, "%s/%02d.%s", folder, index + 1, extension);
        if (media != null) {
            files.put(name, media.data());
        }
        return name;
    }

    private static Map<String, Object> question(ModuleContent.Question question) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("type", question.type().name().toLowerCase(Locale.ROOT));
        entry.put("text", question.text().byLanguage());
        entry.put("answers", question.answers().stream().map(answer -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("text", answer.text().byLanguage());
            if (answer.correct()) {
                item.put("correct", true);
            }
            if (answer.feedback() != null && !answer.feedback().byLanguage().isEmpty()) {
                item.put("feedback", answer.feedback().byLanguage());
            }
            return item;
        }).toList());
        return entry;
    }

    private static Map<String, String> markdownFiles(String prefix, Text body, Map<String, byte[]> files) {
        Map<String, String> paths = new LinkedHashMap<>();
        body.byLanguage().forEach((language, markdown) -> {
            String path = prefix + "." + language + ".md";
            files.put(path, markdown.getBytes(StandardCharsets.UTF_8));
            paths.put(language, path);
        });
        return paths;
    }

    private static byte[] zip(String folder, Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(folder + "/" + file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }
}
