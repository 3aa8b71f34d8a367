package de.willkommensakademie.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints how long certificates take: one certificate warm (median and 95th percentile), a bare PDFBox page with the
 * same embedded font as the floor, and 1,000 certificates into one ZIP on two threads. Run with
 * {@code ./mvnw -Pbenchmark test}; figures, not assertions, because they depend on the machine.
 */
@Tag("benchmark")
class CertificateBenchmarkTest {

    private static final int WARM_UP = 40;
    private static final int MEASURED = 200;

    @Test
    void certificate_rendering_figures() throws Exception {
        byte[] font;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("fonts/DejaVuSans.ttf")) {
            font = in.readAllBytes();
        }
        CertificateLayout layout = CertificatePdfTest.layout("de", "Aylin Demir-Çelik");
        double[] certificate = measure(() -> CertificatePdf.render(layout));
        double[] floor = measure(() -> barePage(font));
        System.out.printf("certificate warm: median %.1f ms, p95 %.1f ms%n", certificate[0], certificate[1]);
        System.out.printf("bare page with embedded DejaVu: median %.1f ms, p95 %.1f ms%n", floor[0], floor[1]);
        System.out.printf("ratio certificate / bare page (median): %.2f%n", certificate[0] / floor[0]);

        long start = System.nanoTime();
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            List<Future<byte[]>> pending = new ArrayList<>();
            for (int index = 0; index < 1000; index++) {
                String holder = "Person " + index + " Müller-Łukasiewicz";
                pending.add(threads.submit(() -> CertificatePdf.render(CertificatePdfTest.layout("de", holder))));
            }
            for (int index = 0; index < pending.size(); index++) {
                zip.putNextEntry(new ZipEntry("certificate-" + index + ".pdf"));
                zip.write(pending.get(index).get());
                zip.closeEntry();
            }
        } finally {
            threads.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("1,000 certificates into a ZIP on 2 threads: %.1f s, %d MB%n", seconds,
                zipped.size() / (1024 * 1024));
        assertThat(zipped.size()).isPositive();
    }

    private static double[] measure(Supplier<byte[]> work) {
        for (int index = 0; index < WARM_UP; index++) {
            work.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int index = 0; index < MEASURED; index++) {
            long start = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return new double[] {millis.get(MEASURED / 2), millis.get((int) (MEASURED * 0.95))};
    }

    private static byte[] barePage(byte[] font) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font embedded = PDType0Font.load(document, new ByteArrayInputStream(font), true);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(embedded, 24);
                content.newLineAtOffset(60, 700);
                content.showText("Teilnahmebescheinigung – Aylin Demir-Çelik");
                content.endText();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
