package de.willkommensakademie.learning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import de.willkommensakademie.base.TestFiles;

/** A small valid module (one text lesson, one quiz question) in the file format, for tests. */
public final class ModuleFixtures {

    public static final String GOOD = """
            key: test-module
            cornerstone: COMPETENCES
            tags: [test]
            estimatedMinutes: 10
            validityMonths: 12
            defaultLanguage: de
            title:
              de: Testmodul
              en: Test module
            summary:
              de: Kurz
              en: Short
            goals:
              de: [Etwas lernen]
              en: [Learn something]
            lessons:
              - type: text
                title: {de: Einführung, en: Introduction}
                file: {de: lessons/intro.de.md, en: lessons/intro.en.md}
              - type: quiz
                title: {de: Test, en: Quiz}
                passPercent: 50
                questions:
                  - type: single
                    text: {de: "Zwei plus zwei?", en: "Two plus two?"}
                    answers:
                      - text: {de: Vier, en: Four}
                        correct: true
                        feedback: {de: Genau., en: Right.}
                      - text: {de: Fünf, en: Five}
                        feedback: {de: Nein., en: No.}
            """;

    private ModuleFixtures() {
    }

    /** The fixture with another key and German title. */
    public static String manifest(String key, String germanTitle) {
        return GOOD.replace("key: test-module", "key: " + key).replace("de: Testmodul", "de: " + germanTitle);
    }

    public static Map<String, byte[]> files(String manifest) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("module.yaml", utf8(manifest));
        files.put("lessons/intro.de.md", utf8("## Hallo\nText."));
        files.put("lessons/intro.en.md", utf8("## Hello\nText."));
        return files;
    }

    public static byte[] png(int size) {
        return TestFiles.pngOfAtLeast(size);
    }

    /** The fixture's files in one folder of a ZIP, as a trainer would upload it. */
    public static byte[] zip(String manifest) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files(manifest).entrySet()) {
                zip.putNextEntry(new ZipEntry("module/" + file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return bytes.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
