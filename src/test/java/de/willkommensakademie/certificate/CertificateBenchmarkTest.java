package de.willkommensakademie.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import de.willkommensakademie.benchmark.Figures;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints how long one certificate takes warm against two floors, run by run in turn after a warm-up so that the
 * machine's load hits all of them alike: a bare PDFBox page with the same two DejaVu fonts embedded as subsets, once
 * loaded the ordinary way (parsed for the page) and once from fonts parsed beforehand (the strictest floor). Wall
 * time and the thread's CPU time (steadier on a shared machine), medians and 95th percentiles. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=CertificateBenchmarkTest}; figures, not assertions, because they depend on
 * the machine. The 1,000-certificate ZIP through the real service is {@link CertificateBulkBenchmarkTest}.
 */
@Tag("benchmark")
class CertificateBenchmarkTest {

    private static final int WARM_UP = 60;
    private static final int MEASURED = 300;

    @Test
    void certificate_against_a_bare_page_with_the_same_two_fonts() throws Exception {
        byte[] regular = resource("fonts/DejaVuSans.ttf");
        byte[] bold = resource("fonts/DejaVuSans-Bold.ttf");
        TrueTypeFont parsedRegular = new TTFParser().parse(new RandomAccessReadBuffer(regular));
        TrueTypeFont parsedBold = new TTFParser().parse(new RandomAccessReadBuffer(bold));
        CertificateLayout layout = CertificatePdfTest.layout("de", "Aylin Demir-Çelik");

        Map<String, Supplier<byte[]>> contenders = new LinkedHashMap<>();
        contenders.put("certificate", () -> CertificatePdf.render(layout));
        contenders.put("floor: bare page, both fonts parsed per page", () -> barePage(
                document -> PDType0Font.load(document, new ByteArrayInputStream(regular), true),
                document -> PDType0Font.load(document, new ByteArrayInputStream(bold), true)));
        contenders.put("floor: bare page, both fonts parsed once", () -> barePage(
                document -> PDType0Font.load(document, parsedRegular, true),
                document -> PDType0Font.load(document, parsedBold, true)));

        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Map<String, long[][]> nanos = new LinkedHashMap<>();
        contenders.keySet().forEach(name -> nanos.put(name, new long[2][MEASURED]));
        for (int run = -WARM_UP; run < MEASURED; run++) {
            for (Map.Entry<String, Supplier<byte[]>> contender : contenders.entrySet()) {
                long wallStart = System.nanoTime();
                long cpuStart = cpu.getCurrentThreadCpuTime();
                byte[] pdf = contender.getValue().get();
                long cpuTime = cpu.getCurrentThreadCpuTime() - cpuStart;
                long wallTime = System.nanoTime() - wallStart;
                assertThat(pdf).isNotEmpty();
                if (run >= 0) {
                    nanos.get(contender.getKey())[0][run] = wallTime;
                    nanos.get(contender.getKey())[1][run] = cpuTime;
                }
            }
        }

        print("one certificate warm, " + MEASURED + " runs each, alternated; " + machine());
        double[] certificate = figures(nanos.get("certificate"));
        for (Map.Entry<String, long[][]> result : nanos.entrySet()) {
            double[] figures = figures(result.getValue());
            print(String.format("%-46s wall median %6.2f ms p95 %6.2f ms | CPU median %6.2f ms p95 %6.2f ms",
                    result.getKey(), figures[0], figures[1], figures[2], figures[3]));
        }
        for (String floor : contenders.keySet()) {
            if (!floor.equals("certificate")) {
                double[] figures = figures(nanos.get(floor));
                print(String.format("ratio certificate / %s: wall %.2f, CPU %.2f", floor.substring(7),
                        certificate[0] / figures[0], certificate[2] / figures[2]));
            }
        }
    }

    /** Wall median, wall p95, CPU median, CPU p95, in milliseconds. */
    private static double[] figures(long[][] nanos) {
        return new double[] {Figures.millisAt(nanos[0], 0.5), Figures.millisAt(nanos[0], 0.95),
                Figures.millisAt(nanos[1], 0.5), Figures.millisAt(nanos[1], 0.95)};
    }

    private interface FontLoader {
        PDFont load(PDDocument document) throws IOException;
    }

    /** One A4 page, a heading in the bold face and a line in the regular one, both fonts subset on saving. */
    private static byte[] barePage(FontLoader regular, FontLoader bold) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont heading = bold.load(document);
            PDFont text = regular.load(document);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(heading, 24);
                content.newLineAtOffset(60, 700);
                content.showText("Teilnahmebescheinigung – Aylin Demir-Çelik");
                content.setFont(text, 12);
                content.newLineAtOffset(0, -30);
                content.showText("hat erfolgreich teilgenommen an: Deeskalation und Sicherheit am Schalter");
                content.endText();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private byte[] resource(String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    static String machine() {
        String load;
        try {
            load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException unknown) {
            load = "unknown";
        }
        return Runtime.getRuntime().availableProcessors() + " cores, load average " + load;
    }

    static void print(String line) {
        System.out.println(line);
    }
}
