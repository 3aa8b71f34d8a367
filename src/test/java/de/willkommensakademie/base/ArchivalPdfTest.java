package de.willkommensakademie.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.DateConverter;
import org.junit.jupiter.api.Test;

/**
 * The fonts parsed once serve document after document, each with its own subset, also after a failed one; wrapping
 * and the document description give what PDFBox's slower ways gave.
 */
class ArchivalPdfTest {

    @Test
    void the_lent_fonts_give_every_document_its_own_embedded_subset() throws Exception {
        // more documents than idle pairs are kept, one after the other: every pair is lent again several times
        for (int index = 0; index < 3 * Runtime.getRuntime().availableProcessors() + 4; index++) {
            String name = index % 2 == 0 ? "Aylin Demir-Çelik " + index : "Łukasz Żółkiewski " + index;
            byte[] pdf = ArchivalPdf.write((document, regular, bold) -> page(document, regular, bold, name));
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document).lines().map(String::strip))
                        .containsExactly("Teilnahmebescheinigung", name);
                List<String> fonts = new ArrayList<>();
                PDResources resources = document.getPage(0).getResources();
                for (COSName font : resources.getFontNames()) {
                    PDFont embedded = resources.getFont(font);
                    assertThat(embedded.isEmbedded()).isTrue();
                    fonts.add(embedded.getName());
                }
                assertThat(fonts).as("both faces, each a subset (tag and plus sign)").hasSize(2)
                        .allMatch(font -> font.matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"))
                        .anyMatch(font -> font.endsWith("-Bold"));
            }
        }
    }

    @Test
    void a_failed_document_does_not_harm_the_next() throws Exception {
        assertThatThrownBy(() -> ArchivalPdf.write((document, regular, bold) -> {
            page(document, regular, bold, "Jürgen Weiß");
            throw new IOException("drawing failed");
        })).hasMessage("drawing failed");
        byte[] pdf = ArchivalPdf.write((document, regular, bold) -> page(document, regular, bold, "Jürgen Weiß"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Jürgen Weiß");
        }
    }

    @Test
    void wrapping_gives_the_lines_of_measuring_every_candidate_line_whole() throws Exception {
        String[] words = {"Deeskalation", "und", "Sicherheit", "am", "Schalter", "Aylin", "Demir-Çelik", "Łukasz",
            "Żółkiewski", "–", "·", "Ausländerbehörde", "Willkommensbehörde", "https://akademie.example/verify/"
                + "K7Q2M9XW4TPA6RZC3HVN8JDEFY", "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW", "i", "ffi", "Ω"};
        Random random = new Random(18);
        ArchivalPdf.write((document, regular, bold) -> {
            int compared = 0;
            for (int text = 0; text < 400; text++) {
                StringBuilder builder = new StringBuilder();
                for (int word = random.nextInt(1, 25); word > 0; word--) {
                    builder.append(words[random.nextInt(words.length)]).append(random.nextInt(6) == 0 ? "  " : " ");
                }
                PDFont font = random.nextBoolean() ? regular : bold;
                float size = 7 + random.nextInt(50) / 2f;
                float width = 30 + random.nextFloat() * 450;
                assertThat(ArchivalPdf.wrap(builder.toString(), font, size, width))
                        .as("%s at %s pt in %s pt", builder, size, width)
                        .isEqualTo(wrapMeasuringWholeLines(builder.toString(), font, size, width));
                compared++;
            }
            assertThat(compared).isEqualTo(400);
            document.addPage(new PDPage());
        });
    }

    /** The former wrapping, which measured each candidate line from its start: the reference for the faster one. */
    private static List<String> wrapMeasuringWholeLines(String text, PDFont font, float size, float width)
            throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            for (int index = 0; index < word.length(); index = word.offsetByCodePoints(index, 1)) {
                String next = line.toString() + word.substring(index, word.offsetByCodePoints(index, 1));
                if (!line.isEmpty() && font.getStringWidth(next) / 1000 * size > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(word, index, word.offsetByCodePoints(index, 1));
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    @Test
    void the_description_dates_the_document_and_carries_the_srgb_profile() throws Exception {
        LocalDate day = LocalDate.of(2026, 11, 2);
        Calendar midnight = GregorianCalendar.from(day.atStartOfDay(ZoneOffset.UTC));
        midnight.setTimeZone(TimeZone.getTimeZone("UTC"));
        assertThat(ArchivalPdf.pdfDate(day)).as("as PDFBox writes the Calendar").isEqualTo(DateConverter.toString(
                midnight)).isEqualTo("D:20261102000000+00'00'");
        byte[] pdf = ArchivalPdf.write((document, regular, bold) -> {
            page(document, regular, bold, "Jürgen Weiß");
            ArchivalPdf.describe(document, "de", "Titel", "Behörde", day);
        });
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(day.atStartOfDay(ZoneOffset.UTC).toInstant());
            assertThat(document.getDocumentInformation().getModificationDate().toInstant())
                    .isEqualTo(day.atStartOfDay(ZoneOffset.UTC).toInstant());
            List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            assertThat(intents.get(0).getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
            assertThat(intents.get(0).getCOSObject().getCOSName(COSName.S)).isEqualTo(COSName.GTS_PDFA1);
            COSStream profile = intents.get(0).getDestOutputIntent();
            assertThat(profile.getInt(COSName.N)).isEqualTo(3);
            try (InputStream decoded = profile.createInputStream()) {
                assertThat(decoded.readAllBytes()).isEqualTo(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            }
        }
    }

    @Test
    void text_shown_without_pdfbox_glyph_substitution_gives_pdfbox_own_file() throws Exception {
        // lines with and without ligature sequences (ff, fi, fl, ffi, ffl), spaces, accents and the German quotes
        List<String> lines = List.of("Aylin Demir-Çelik", "hat erfolgreich teilgenommen an:",
                "Auffrischung Pflichtfortbildung Effi Schiffler", "Ñandú Łódź Ørsted Œuvre", "„Grüße“  –  99 %",
                "Deeskalation und Sicherheit am Schalter", "fl", "ffi");
        for (boolean boldFace : new boolean[] {false, true}) {
            byte[] pdfbox = ArchivalPdf.write((document, regular, bold) -> lines(document, boldFace ? bold : regular,
                    lines, (content, font, line) -> content.showText(line)));
            byte[] ours = ArchivalPdf.write((document, regular, bold) -> lines(document, boldFace ? bold : regular,
                    lines, (content, font, line) -> ArchivalPdf.showText(content, font, line)));
            // the same bytes but for the file identifier, which PDFBox draws at random for every file
            assertThat(withoutId(ours)).isEqualTo(withoutId(pdfbox));
            try (PDDocument document = Loader.loadPDF(ours)) {
                assertThat(new PDFTextStripper().getText(document)).contains("Aylin Demir-Çelik", "Ñandú Łódź");
            }
        }
    }

    private interface Shower {
        void show(PDPageContentStream content, PDFont font, String line) throws IOException;
    }

    private static void lines(PDDocument document, PDFont font, List<String> lines, Shower shower)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(font, 14);
            content.newLineAtOffset(60, 700);
            for (String line : lines) {
                shower.show(content, font, line);
                content.newLineAtOffset(0, -20);
            }
            content.endText();
        }
    }

    private static String withoutId(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1).replaceAll("/ID \\[<[0-9A-F]+> <[0-9A-F]+>\\]", "");
    }

    private static void page(PDDocument document, PDFont regular, PDFont bold, String name) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(bold, 20);
            content.newLineAtOffset(60, 700);
            content.showText("Teilnahmebescheinigung");
            content.setFont(regular, 12);
            content.newLineAtOffset(0, -30);
            content.showText(name);
            content.endText();
        }
    }
}
