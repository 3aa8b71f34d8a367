package de.willkommensakademie.certificate;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import de.willkommensakademie.base.ArchivalPdf;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws one certificate as an A4 PDF that is both PDF/A-3a (archival) and PDF/UA-1 (accessible): embedded DejaVu
 * fonts, sRGB output intent, XMP metadata naming both standards, document language and title, and a structure tree
 * (document, headings, paragraphs, logo and QR code as figures with alternative text) in reading order. Decoration
 * is marked as artifact. Long names shrink, then wrap; nothing runs off the page.
 */
final class CertificatePdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document;
    private final PDPage page;
    private final PDPageContentStream content;
    private final PDStructureElement root;
    private final List<PDStructureElement> byMarkedContentId = new ArrayList<>();
    private final PDFont regular;
    private final PDFont bold;
    private float y;

    private CertificatePdf(PDDocument document, PDPage page, PDPageContentStream content, PDStructureElement root,
            PDFont regular, PDFont bold) {
        this.document = document;
        this.page = page;
        this.content = content;
        this.root = root;
        this.regular = regular;
        this.bold = bold;
        this.y = PDRectangle.A4.getHeight() - MARGIN;
    }

    static byte[] render(CertificateLayout layout) {
        try {
            return ArchivalPdf.write((document, regular, bold) -> {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDStructureTreeRoot tree = new PDStructureTreeRoot();
                PDStructureElement root = new PDStructureElement("Document", tree);
                root.setLanguage(layout.language());
                tree.appendKid(root);
                document.getDocumentCatalog().setStructureTreeRoot(tree);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    new CertificatePdf(document, page, content, root, regular, bold).draw(layout);
                }
                ArchivalPdf.describe(document, layout.language(), layout.documentTitle(), layout.authorityName(),
                        layout.issuedOn());
            });
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot write the certificate PDF", failed);
        }
    }

    private void draw(CertificateLayout layout) throws IOException {
        float[] accent = rgb(layout.accentHex());
        artifact(() -> {
            content.setNonStrokingColor(accent[0], accent[1], accent[2]);
            content.addRect(0, PDRectangle.A4.getHeight() - 18, PDRectangle.A4.getWidth(), 18);
            content.addRect(0, 0, PDRectangle.A4.getWidth(), 10);
            content.fill();
        });
        if (layout.logo() != null) {
            PDImageXObject logo = image(layout.logo());
            float height = 56;
            float width = Math.min(WIDTH / 2, logo.getWidth() * height / logo.getHeight());
            float bottom = y - height;
            figure(layout.logoAlt(), MARGIN, bottom, width, height,
                    () -> content.drawImage(logo, MARGIN, bottom, width, height));
        }
        y -= 16;
        paragraph(layout.authorityName(), regular, 11, 0.25f, PDRectangle.A4.getWidth() - MARGIN, true);
        y -= 64;
        heading("H1", layout.heading(), bold, 30, accent);
        y -= 18;
        content.setNonStrokingColor(0.1f, 0.1f, 0.12f);
        fitted(layout.holderName(), bold, 26, 14);
        y -= 8;
        paragraph(layout.completedText(), regular, 13, 0.2f, 0, false);
        y -= 14;
        heading("H2", layout.title(), bold, 19, accent);
        y -= 6;
        if (layout.description() != null && !layout.description().isBlank()) {
            paragraph(layout.description(), regular, 11.5f, 0.2f, 0, false);
            y -= 10;
        }
        paragraph(layout.detailsLine(), regular, 11.5f, 0.2f, 0, false);
        if (layout.validityLine() != null) {
            paragraph(layout.validityLine(), regular, 11.5f, 0.2f, 0, false);
        }
        float signatureTop = 250;
        y = signatureTop;
        artifact(() -> {
            content.setStrokingColor(0.3f, 0.3f, 0.3f);
            content.setLineWidth(0.7f);
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + 220, y);
            content.stroke();
        });
        y -= 6;
        paragraph(layout.signerName() + "\n" + layout.signerRole(), regular, 11, 0.2f, 0, false);
        y = 190;
        BitMatrix qr = qr(layout.verifyUrl());
        float size = 110;
        float module = size / qr.getWidth();
        float bottom = y - size;
        figure(layout.qrAlt(), MARGIN, bottom, size, size, () -> {
            content.setNonStrokingColor(0f, 0f, 0f);
            // One rectangle per run of dark modules in a row rather than one per module: the same area filled, about
            // half the path operators to write and compress.
            for (int row = 0; row < qr.getHeight(); row++) {
                int column = 0;
                while (column < qr.getWidth()) {
                    if (!qr.get(column, row)) {
                        column++;
                        continue;
                    }
                    int start = column;
                    while (column < qr.getWidth() && qr.get(column, row)) {
                        column++;
                    }
                    content.addRect(MARGIN + start * module, bottom + size - (row + 1) * module,
                            (column - start) * module, module);
                }
            }
            content.fill();
        });
        float textLeft = MARGIN + 130;
        y = 182;
        paragraphAt(layout.numberLine(), regular, 10.5f, textLeft);
        y -= 4;
        paragraphAt(layout.verifyText(), regular, 10.5f, textLeft);
        y -= 4;
        content.setNonStrokingColor(0.2f, 0.2f, 0.22f);
        address(layout.verifyUrl(), regular, textLeft, PDRectangle.A4.getWidth() - MARGIN - textLeft);
        finishStructure();
    }

    private void heading(String type, String text, PDFont font, float size, float[] accent) throws IOException {
        content.setNonStrokingColor(accent[0] * 0.55f, accent[1] * 0.55f, accent[2] * 0.55f);
        write(type, ArchivalPdf.wrap(text, font, size, WIDTH), font, size, MARGIN, false);
        content.setNonStrokingColor(0.1f, 0.1f, 0.12f);
    }

    /** A name on one line, shrunk down to {@code minimum} points; only then wrapped. */
    private void fitted(String text, PDFont font, float size, float minimum) throws IOException {
        float fit = size;
        while (fit > minimum && font.getStringWidth(text) / 1000 * fit > WIDTH) {
            fit -= 0.5f;
        }
        write("P", ArchivalPdf.wrap(text, font, fit, WIDTH), font, fit, MARGIN, false);
    }

    private void paragraph(String text, PDFont font, float size, float grey, float rightEdge, boolean alignRight)
            throws IOException {
        content.setNonStrokingColor(grey, grey, grey + 0.02f);
        List<String> lines = new ArrayList<>();
        for (String part : text.split("\n")) {
            lines.addAll(ArchivalPdf.wrap(part, font, size, WIDTH));
        }
        write("P", lines, font, size, alignRight ? rightEdge : MARGIN, alignRight);
    }

    /**
     * The verification address, typed by hand where the QR code cannot be scanned: on one line when it fits at 7 points
     * or more, else broken after its last slash, so the code itself is never split.
     */
    private void address(String url, PDFont font, float left, float width) throws IOException {
        int slash = url.lastIndexOf('/');
        List<String> lines = largestSize(url, font, width) >= 7 || slash < 0 ? List.of(url)
                : List.of(url.substring(0, slash + 1), url.substring(slash + 1));
        float size = 9.5f;
        for (String line : lines) {
            size = Math.min(size, Math.max(7, largestSize(line, font, width)));
        }
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            wrapped.addAll(ArchivalPdf.wrap(line, font, size, width)); // only an absurdly long host name still wraps
        }
        write("P", wrapped, font, size, left, false);
    }

    /** The largest size, in half points, at which the text fits the width on one line. */
    private static float largestSize(String text, PDFont font, float width) throws IOException {
        return (float) Math.floor(width * 1000 / font.getStringWidth(text) * 2) / 2;
    }

    private void paragraphAt(String text, PDFont font, float size, float left) throws IOException {
        content.setNonStrokingColor(0.2f, 0.2f, 0.22f);
        write("P", ArchivalPdf.wrap(text, font, size, PDRectangle.A4.getWidth() - MARGIN - left), font, size, left, false);
    }

    /** Lines of one structure element (H1, H2, P), each line inside the element's marked content. */
    private void write(String type, List<String> lines, PDFont font, float size, float x, boolean alignRight)
            throws IOException {
        PDStructureElement element = new PDStructureElement(type, root);
        element.setPage(page);
        root.appendKid(element);
        int id = byMarkedContentId.size();
        byMarkedContentId.add(element);
        element.appendKid(id);
        content.beginMarkedContent(COSName.getPDFName(type), id);
        content.beginText();
        content.setFont(font, size);
        for (String line : lines) {
            y -= size * 1.3f;
            float start = alignRight ? x - font.getStringWidth(line) / 1000 * size : x;
            content.setTextMatrix(Matrix.getTranslateInstance(start, y));
            ArchivalPdf.showText(content, font, line);
        }
        content.endText();
        content.endMarkedContent();
    }

    private void figure(String alt, float x, float bottom, float width, float height, Drawing drawing)
            throws IOException {
        PDStructureElement element = new PDStructureElement("Figure", root);
        element.setPage(page);
        element.setAlternateDescription(alt);
        COSDictionary layout = new COSDictionary();
        layout.setName(COSName.O, "Layout");
        COSArray box = new COSArray();
        for (float value : new float[] {x, bottom, x + width, bottom + height}) {
            box.add(new COSFloat(value));
        }
        layout.setItem(COSName.BBOX, box);
        element.getCOSObject().setItem(COSName.A, layout);
        root.appendKid(element);
        int id = byMarkedContentId.size();
        byMarkedContentId.add(element);
        element.appendKid(id);
        content.beginMarkedContent(COSName.getPDFName("Figure"), id);
        drawing.draw();
        content.endMarkedContent();
    }

    private interface Drawing {
        void draw() throws IOException;
    }

    private void artifact(Drawing drawing) throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw();
        content.endMarkedContent();
    }

    /** The parent tree lets readers find the structure element of each marked-content sequence on the page. */
    private void finishStructure() {
        COSArray parents = new COSArray();
        byMarkedContentId.forEach(parents::add);
        page.setStructParents(0);
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        parentTree.setNumbers(Map.of(0, new PDParentTreeValue(parents)));
        PDStructureTreeRoot tree = document.getDocumentCatalog().getStructureTreeRoot();
        tree.setParentTree(parentTree);
        tree.setParentTreeNextKey(1);
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    }

    private PDImageXObject image(byte[] data) throws IOException {
        if ((data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8) {
            return JPEGFactory.createFromByteArray(document, data);
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
        if (image == null) {
            throw new IOException("Unreadable logo");
        }
        return LosslessFactory.createFromImage(document, image);
    }

    /**
     * The QR code drawn as vector squares: sharp at any zoom, and no image to compress. zxing scores all eight masks
     * and takes the best, as ISO/IEC 18004 asks of an encoder: a fixed mask measured an eighth faster per certificate
     * but gives codes that are harder to scan, which a printed certificate cannot afford.
     */
    private BitMatrix qr(String url) throws IOException {
        try {
            Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
            hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
            hints.put(EncodeHintType.MARGIN, 1);
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException tooLong) {
            throw new IOException("Cannot encode the verification address as QR code", tooLong);
        }
    }

    private static float[] rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new float[] {((value >> 16) & 0xff) / 255f, ((value >> 8) & 0xff) / 255f, (value & 0xff) / 255f};
    }
}
