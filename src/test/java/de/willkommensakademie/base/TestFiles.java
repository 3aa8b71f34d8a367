package de.willkommensakademie.base;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Real small files of each accepted kind, and crafted fakes, for upload tests. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A PNG of random pixels, so it does not compress: about 3 bytes a pixel. */
    public static byte[] png(int width, int height) {
        return image("png", width, height);
    }

    /** A real PNG of at least {@code bytes} bytes. */
    public static byte[] pngOfAtLeast(int bytes) {
        int side = (int) Math.ceil(Math.sqrt(bytes / 3.0)) + 1;
        return png(side, side);
    }

    public static byte[] jpeg(int width, int height) {
        return image("jpeg", width, height);
    }

    /** A one-page PDF as PDFBox writes it. */
    public static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The smallest MP4 structure: {@code ftyp}, an empty {@code moov} and an empty {@code mdat}. */
    public static byte[] mp4() {
        ByteBuffer out = ByteBuffer.allocate(16 + 8 + 8);
        out.putInt(16).put(ascii("ftyp")).put(ascii("isom")).putInt(0x200);
        out.putInt(8).put(ascii("moov"));
        out.putInt(8).put(ascii("mdat"));
        return out.array();
    }

    /** An EBML header with a doc type and a Segment of unknown size, as a browser's recorder writes WebM. */
    public static byte[] webm() {
        return new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x84, 0x42, (byte) 0x82, (byte) 0x81, 'w',
            0x18, 0x53, (byte) 0x80, 0x67, 0x01, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
            (byte) 0xFF, (byte) 0xFF, 0x00};
    }

    /** The first bytes of {@code real} followed by HTML, as an attacker would send a script as a "picture". */
    public static byte[] signatureThenHtml(byte[] real, int signatureBytes) {
        return concat(Arrays.copyOf(real, signatureBytes),
                ascii("<html><body><script>alert(document.cookie)</script></body></html>"));
    }

    public static byte[] truncated(byte[] real) {
        return Arrays.copyOf(real, real.length * 2 / 3);
    }

    public static byte[] svg() {
        return ascii("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<script>alert(1)</script></svg>");
    }

    public static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Random random = new Random(width * 31L + height);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)).getRGB());
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
