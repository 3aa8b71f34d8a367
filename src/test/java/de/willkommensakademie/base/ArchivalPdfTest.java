package de.willkommensakademie.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The fonts parsed once serve document after document, each with its own subset, also after a failed one. */
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
