package de.willkommensakademie.base;

import static de.willkommensakademie.base.FileType.JPEG;
import static de.willkommensakademie.base.FileType.MP4;
import static de.willkommensakademie.base.FileType.PDF;
import static de.willkommensakademie.base.FileType.PNG;
import static de.willkommensakademie.base.FileType.WEBM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;

/** Every upload is read to its end as the kind it claims to be; a refusal names the real reason. */
class FileTypeTest {

    private static final long LIMIT = 5 * 1024 * 1024;

    @Test
    void real_small_png_jpeg_and_pdf_files_are_accepted() throws IOException {
        byte[] png = TestFiles.png(40, 30);
        FileType.Checked checkedPng = FileType.check(png, LIMIT, PDF, PNG, JPEG);
        assertThat(checkedPng.type()).isEqualTo(PNG);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(checkedPng.data()));
        assertThat(decoded.getWidth()).isEqualTo(40);
        assertThat(decoded.getRGB(7, 9)).isEqualTo(ImageIO.read(new ByteArrayInputStream(png)).getRGB(7, 9));

        FileType.Checked checkedJpeg = FileType.check(TestFiles.jpeg(64, 48), LIMIT, PDF, PNG, JPEG);
        assertThat(checkedJpeg.type()).isEqualTo(JPEG);
        assertThat(ImageIO.read(new ByteArrayInputStream(checkedJpeg.data())).getHeight()).isEqualTo(48);

        byte[] pdf = TestFiles.pdf();
        assertThat(FileType.check(pdf, LIMIT, PDF, PNG, JPEG)).satisfies(checked -> {
            assertThat(checked.type()).isEqualTo(PDF);
            assertThat(checked.data()).isEqualTo(pdf);
        });
        assertThat(FileType.check(TestFiles.mp4(), LIMIT, MP4, WEBM).type()).isEqualTo(MP4);
        assertThat(FileType.check(TestFiles.webm(), LIMIT, MP4, WEBM).type()).isEqualTo(WEBM);
    }

    @Test
    void a_png_signature_followed_by_html_is_refused_as_unreadable() {
        assertRefused(TestFiles.signatureThenHtml(TestFiles.png(4, 4), 8), "upload.error.unreadable", "PNG");
        assertRefused(TestFiles.signatureThenHtml(TestFiles.jpeg(4, 4), 3), "upload.error.unreadable", "JPEG");
    }

    @Test
    void a_truncated_png_or_jpeg_is_refused_as_unreadable() {
        assertRefused(TestFiles.truncated(TestFiles.png(60, 60)), "upload.error.unreadable", "PNG");
        assertRefused(TestFiles.truncated(TestFiles.jpeg(60, 60)), "upload.error.unreadable", "JPEG");
    }

    @Test
    void a_pdf_header_followed_by_html_is_refused_as_unreadable() {
        assertRefused(TestFiles.concat(TestFiles.ascii("%PDF-1.7\n"),
                TestFiles.ascii("<html><script>alert(1)</script></html>")), "upload.error.unreadable", "PDF");
        assertRefused(TestFiles.ascii("%PDF-1.7\n<html><script>alert(1)</script></html>\n%%EOF\n"),
                "upload.error.unreadable", "PDF");
        assertRefused(TestFiles.truncated(TestFiles.pdf()), "upload.error.unreadable", "PDF");
    }

    @Test
    void encrypted_pdfs_and_pdfs_with_javascript_are_refused_with_their_reason() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()));
            document.save(out);
            assertRefused(out.toByteArray(), "upload.error.pdf-encrypted");
        }
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hi')"));
            document.save(out);
            assertRefused(out.toByteArray(), "upload.error.pdf-script");
        }
    }

    @Test
    void trailing_data_after_a_picture_is_not_stored() {
        byte[] polyglot = TestFiles.concat(TestFiles.png(8, 8), TestFiles.ascii("<html><script>x</script>"));
        byte[] stored = FileType.check(polyglot, LIMIT, PNG).data();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("<script");
    }

    @Test
    void a_refusal_says_whether_the_kind_the_size_or_the_content_is_wrong() {
        assertRefused(TestFiles.svg(), "upload.error.type-named", "SVG", "PDF, PNG, JPEG");
        assertRefused(TestFiles.ascii("GIF89a......"), "upload.error.type-named", "GIF", "PDF, PNG, JPEG");
        assertRefused(TestFiles.ascii("just some text"), "upload.error.type", "PDF, PNG, JPEG");
        assertThatThrownBy(() -> FileType.check(TestFiles.pdf(), 100, PDF))
                .isInstanceOfSatisfying(UserFacingException.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo("upload.error.too-large");
                    assertThat(problem.arguments()).containsExactly("1 KB");
                });
        assertThat(FileType.size(LIMIT)).isEqualTo("5 MB");
        assertRefused(new byte[0], "upload.error.empty");
    }

    @Test
    void a_picture_of_huge_dimensions_is_refused_before_it_is_decoded() {
        // Only a header claiming 10,000 × 10,000 pixels: decoding it would need 400 MB of memory.
        ByteBuffer header = ByteBuffer.allocate(13).putInt(10_000).putInt(10_000)
                .put(new byte[] {8, 2, 0, 0, 0});
        byte[] png = TestFiles.concat(Arrays.copyOf(TestFiles.png(1, 1), 8),
                TestFiles.concat(chunk("IHDR", header.array()), chunk("IEND", new byte[0])));
        assertRefused(png, "upload.error.pixels", 25L);
    }

    @Test
    void a_photo_taken_upright_stays_upright_when_its_metadata_is_dropped() throws IOException {
        byte[] jpeg = TestFiles.jpeg(64, 32);
        // An EXIF segment saying "turn 90° clockwise to show" (orientation 6), as phone cameras write it.
        ByteBuffer exif = ByteBuffer.allocate(2 + 2 + 6 + 8 + 2 + 12 + 4);
        exif.putShort((short) 0xFFE1).putShort((short) (exif.capacity() - 2)).put(TestFiles.ascii("Exif\0\0"))
                .put(TestFiles.ascii("MM\0*")).putInt(8).putShort((short) 1)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0)
                .putInt(0);
        byte[] turned = TestFiles.concat(Arrays.copyOf(jpeg, 2),
                TestFiles.concat(exif.array(), Arrays.copyOfRange(jpeg, 2, jpeg.length)));
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(FileType.check(turned, LIMIT, JPEG).data()));
        assertThat(stored.getWidth()).isEqualTo(32);
        assertThat(stored.getHeight()).isEqualTo(64);
        assertThat(new String(FileType.check(turned, LIMIT, JPEG).data(), StandardCharsets.ISO_8859_1))
                .doesNotContain("Exif");
    }

    private static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(TestFiles.ascii(type));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(TestFiles.ascii(type)).put(data)
                .putInt((int) crc.getValue()).array();
    }

    @Test
    void fake_videos_are_refused() {
        assertRefused(TestFiles.signatureThenHtml(TestFiles.mp4(), 12), MP4, "upload.error.unreadable", "MP4");
        assertRefused(TestFiles.signatureThenHtml(TestFiles.webm(), 4), MP4, "upload.error.unreadable", "WebM");
    }

    private static void assertRefused(byte[] data, String key, Object... arguments) {
        assertRefused(data, PDF, key, arguments);
    }

    private static void assertRefused(byte[] data, FileType group, String key, Object... arguments) {
        FileType[] allowed = group == MP4 ? new FileType[] {MP4, WEBM} : new FileType[] {PDF, PNG, JPEG};
        assertThatThrownBy(() -> FileType.check(data, LIMIT, allowed))
                .isInstanceOfSatisfying(UserFacingException.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo(key);
                    assertThat(problem.arguments()).containsExactly(arguments);
                });
    }
}
