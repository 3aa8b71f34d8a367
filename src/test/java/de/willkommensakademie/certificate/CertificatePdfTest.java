package de.willkommensakademie.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import de.willkommensakademie.base.PdfStandards;
import org.apache.commons.codec.binary.Base32;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The certificate PDF passes veraPDF for PDF/A-3a and PDF/UA-1 and carries the right text, in both languages. */
class CertificatePdfTest {

    static CertificateLayout layout(String language, String holder) {
        return layout(language, holder, "https://akademie.example/verify/K7Q2M9XW4TPA6RZC3HVN8JDEFY");
    }

    static CertificateLayout layout(String language, String holder, String verifyUrl) {
        boolean german = language.equals("de");
        return new CertificateLayout(language, german ? "Teilnahmebescheinigung – " + holder
                : "Certificate – " + holder, german ? "Teilnahmebescheinigung" : "Certificate of completion", holder,
                german ? "hat erfolgreich teilgenommen an" : "has successfully completed",
                german ? "Deeskalation und Sicherheit am Schalter" : "De-escalation and safety at the counter",
                german ? "Erkennen, wann ein Gespräch kippt, und wie Sie es wieder beruhigen."
                        : "Recognising when a conversation turns, and how to calm it down again.",
                german ? "Abgeschlossen am 12. November 2026 · 45 Minuten" : "Completed on 12 November 2026 · 45 minutes",
                german ? "Gültig bis 12. November 2028" : "Valid until 12 November 2028",
                german ? "Nummer 2026-000042" : "Number 2026-000042",
                german ? "Echtheit prüfen: QR-Code scannen oder Adresse öffnen" : "Verify: scan the QR code or open",
                verifyUrl, "Ausländerbehörde Musterstadt – Willkommensbehörde", "Dr. Katrin Vogel",
                german ? "Leiterin der Ausländerbehörde" : "Head of the immigration office", "#0b5a6b", null,
                german ? "Logo der Behörde" : "Logo of the authority",
                german ? "QR-Code zur Prüfung der Echtheit" : "QR code to verify this certificate",
                LocalDate.of(2026, 11, 12));
    }

    @Test
    void german_and_english_certificates_are_archival_and_accessible() throws Exception {
        for (String language : new String[] {"de", "en"}) {
            byte[] pdf = CertificatePdf.render(layout(language, "Aylin Demir-Çelik"));
            PdfStandards.writeSample("certificate-" + language + ".pdf", pdf);
            assertThat(PdfStandards.violations(pdf, PDFAFlavour.PDFA_3_A)).as("PDF/A-3a " + language).isEmpty();
            assertThat(PdfStandards.violations(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 " + language).isEmpty();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("Aylin Demir-Çelik", "2026-000042", "K7Q2M9XW4TPA6RZC3HVN8JDEFY");
                assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
                assertThat(document.getNumberOfPages()).isEqualTo(1);
            }
        }
    }

    @Test
    void a_transparent_png_logo_and_a_jpeg_logo_keep_both_standards() throws Exception {
        BufferedImage image = new BufferedImage(240, 80,
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(11, 90, 107, 200));
        graphics.fillOval(5, 5, 70, 70);
        graphics.dispose();
        for (String format : new String[] {"png", "jpg"}) {
            BufferedImage written = format.equals("png") ? image
                    : new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream logo = new ByteArrayOutputStream();
            ImageIO.write(written, format, logo);
            CertificateLayout plain = layout("de", "Jürgen Weiß");
            CertificateLayout withLogo = new CertificateLayout(plain.language(), plain.documentTitle(),
                    plain.heading(), plain.holderName(), plain.completedText(), plain.title(), plain.description(),
                    plain.detailsLine(), plain.validityLine(), plain.numberLine(), plain.verifyText(),
                    plain.verifyUrl(), plain.authorityName(), plain.signerName(), plain.signerRole(),
                    plain.accentHex(), logo.toByteArray(), plain.logoAlt(), plain.qrAlt(), plain.issuedOn());
            byte[] pdf = CertificatePdf.render(withLogo);
            assertThat(PdfStandards.violations(pdf, PDFAFlavour.PDFA_3_A)).as("PDF/A-3a " + format).isEmpty();
            assertThat(PdfStandards.violations(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 " + format).isEmpty();
        }
    }

    @Test
    void the_validator_does_reject_a_plain_pdf() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument plain = new PDDocument()) {
            plain.addPage(new PDPage());
            plain.save(bytes);
        }
        assertThat(PdfStandards.violations(bytes.toByteArray(), PDFAFlavour.PDFA_3_A)).isNotEmpty();
        assertThat(PdfStandards.violations(bytes.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
    }

    @Test
    void the_verification_code_is_never_split_across_lines() throws Exception {
        // W and M are the widest letters of the code alphabet; public addresses may be short or long.
        for (String host : List.of("http://localhost:8080", "https://akademie.auslaenderbehoerde-musterstadt.example")) {
            for (String code : new String[] {"W".repeat(32), "M".repeat(32), "K7Q2M9XW4TPA6RZC3HVN8JDEFY234567"}) {
                String url = host + "/verify/" + code;
                byte[] pdf = CertificatePdf.render(layout("de", "Aylin Demir", url));
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    List<String> lines = new PDFTextStripper().getText(document).lines().map(String::strip).toList();
                    assertThat(lines).as(url).anyMatch(line -> line.endsWith(code));
                    assertThat(String.join("", lines)).as(url).contains(url);
                }
                assertThat(PdfStandards.violations(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
            }
        }
        String shortAddress = "http://localhost:8080/verify/" + "W".repeat(32);
        try (PDDocument document = Loader.loadPDF(CertificatePdf.render(layout("de", "Aylin Demir", shortAddress)))) {
            assertThat(new PDFTextStripper().getText(document).lines()).as("a short address stays on one line")
                    .contains(shortAddress);
        }
    }

    @Test
    void names_with_umlauts_accents_and_great_length_render_within_the_page() throws Exception {
        String name = "Maximiliane-Thérèse Großkopf-Ñúñez de Oliveira-Schönhausen von Württemberg-Hohenzollern";
        byte[] pdf = CertificatePdf.render(layout("de", name));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Maximiliane-Thérèse Großkopf-Ñúñez", "Schönhausen", "Württemberg");
        }
        assertThat(PdfStandards.violations(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        PdfStandards.writeSample("certificate-long-name.pdf", pdf);
    }

    @Test
    void the_qr_code_on_the_page_reads_as_the_verification_address() throws Exception {
        // the mask is fixed (CertificatePdf.QR_MASK), so besides two known addresses a dozen drawn at random
        List<String> urls = new ArrayList<>(List.of("https://akademie.example/verify/K7Q2M9XW4TPA6RZC3HVN8JDEFY",
                "http://localhost:8080/verify/" + "W".repeat(32)));
        Random random = new Random(18);
        for (int index = 0; index < 12; index++) {
            byte[] code = new byte[20];
            random.nextBytes(code);
            urls.add("https://akademie.example/verify/" + new Base32().encodeAsString(code));
        }
        for (String url : urls) {
            try (PDDocument document = Loader.loadPDF(CertificatePdf.render(layout("de", "Aylin Demir", url)))) {
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
                int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
                BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                        new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
                assertThat(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText())
                        .isEqualTo(url);
            }
        }
    }

    @Test
    void certificates_drawn_at_once_on_several_threads_are_valid_and_each_holds_its_own_texts() throws Exception {
        int threads = 4;
        int certificates = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<byte[]>> drawn = new ArrayList<>();
        try {
            for (int index = 0; index < certificates; index++) {
                CertificateLayout layout = layout(index % 2 == 0 ? "de" : "en", "Jürgen Weiß-Łukasiewicz " + index);
                drawn.add(pool.submit(() -> {
                    start.await();
                    return CertificatePdf.render(layout);
                }));
            }
            start.countDown();
            for (int index = 0; index < certificates; index++) {
                byte[] pdf = drawn.get(index).get(2, TimeUnit.MINUTES);
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    List<String> lines = new PDFTextStripper().getText(document).lines().map(String::strip).toList();
                    assertThat(lines).as("the holder and no other").filteredOn(line -> line.contains("Łukasiewicz"))
                            .containsExactly("Jürgen Weiß-Łukasiewicz " + index);
                    assertThat(lines).contains(index % 2 == 0 ? "Nummer 2026-000042" : "Number 2026-000042",
                            index % 2 == 0 ? "Teilnahmebescheinigung" : "Certificate of completion");
                }
                if (index >= certificates - 2) {
                    assertThat(PdfStandards.violations(pdf, PDFAFlavour.PDFA_3_A)).as("PDF/A-3a " + index).isEmpty();
                    assertThat(PdfStandards.violations(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 " + index).isEmpty();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
