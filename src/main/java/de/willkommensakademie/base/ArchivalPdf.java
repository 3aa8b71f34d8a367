package de.willkommensakademie.base;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.DeflaterOutputStream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * What every PDF of the application needs to be PDF/A-3a (archival) and PDF/UA-1 (accessible), shared by the
 * certificates and the self-assessment report: the document with its embedded DejaVu fonts ({@link #write}), the
 * document description (language, title, XMP naming both standards, sRGB output intent) and word wrapping. The
 * structure tree is each document's own.
 */
public final class ArchivalPdf {

    public static final String PRODUCER = "Willkommensakademie (Apache PDFBox)";
    private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");
    private static final ICC_Profile SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
    private static final byte[] SRGB_DEFLATED = deflate(SRGB.getData());

    private ArchivalPdf() {
    }

    /** What a document draws on its pages, given its two faces; {@link #write} saves it afterwards. */
    @FunctionalInterface
    public interface Drawing {
        void draw(PDDocument document, PDFont regular, PDFont bold) throws IOException;
    }

    /**
     * A new document with DejaVu Sans regular and bold, each embedded as a subset (every glyph of German, English and
     * most European names), drawn by {@code drawing} and saved. Parsing the two fonts took about a fifth of a
     * certificate, so they are parsed once and lent out: PDFBox does not promise that a parsed {@link TrueTypeFont}
     * may be used by two threads at once (its GSUB lookup cache is a plain map), so each pair serves one document at a
     * time and comes back only after the document is saved, the point where PDFBox reads it for the subset.
     */
    public static byte[] write(Drawing drawing) throws IOException {
        Faces faces = Faces.borrow();
        try (PDDocument document = new PDDocument()) {
            drawing.draw(document, PDType0Font.load(document, faces.regular(), true),
                    PDType0Font.load(document, faces.bold(), true));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            faces.giveBack();
            return bytes.toByteArray();
        }
    }

    /**
     * One parsed pair of the fonts. After a failed document the pair is dropped rather than lent again, in case the
     * failure left it half-read. Subsetting "closes" the font it read, which for a font parsed from memory (as here)
     * frees nothing, so the pair stays usable; {@code ArchivalPdfTest} keeps that true across PDFBox updates.
     */
    private record Faces(TrueTypeFont regular, TrueTypeFont bold) {

        /** As many idle pairs as the machine has cores, the most that can draw at once; more are parsed and dropped. */
        private static final BlockingQueue<Faces> IDLE = new ArrayBlockingQueue<>(
                Math.max(2, Runtime.getRuntime().availableProcessors()));

        static Faces borrow() throws IOException {
            Faces idle = IDLE.poll();
            return idle != null ? idle : new Faces(parse(REGULAR), parse(BOLD));
        }

        void giveBack() {
            IDLE.offer(this);
        }

        private static TrueTypeFont parse(byte[] font) throws IOException {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        }
    }

    /**
     * Words to lines that fit the width; a single word wider than the line is broken by characters. Widths are summed
     * character by character as the line grows instead of measuring every candidate line again from its start: PDFBox
     * measures a string as the sum of its characters' widths added left to right, so continuing that sum gives the
     * very same float and the very same lines (ArchivalPdfTest compares with measuring whole strings).
     */
    public static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        Map<String, Float> widths = new HashMap<>();
        float space = width(" ", font, widths);
        for (String word : text.strip().split("\\s+")) {
            float candidate = line.isEmpty() ? 0 : lineWidth + space;
            for (int index = 0; index < word.length(); index = word.offsetByCodePoints(index, 1)) {
                candidate += width(word.substring(index, word.offsetByCodePoints(index, 1)), font, widths);
            }
            if (candidate / 1000 * size <= width) {
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(word);
                lineWidth = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            for (int index = 0; index < word.length(); index = word.offsetByCodePoints(index, 1)) {
                String character = word.substring(index, word.offsetByCodePoints(index, 1));
                float next = lineWidth + width(character, font, widths);
                if (!line.isEmpty() && next / 1000 * size > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    next = width(character, font, widths);
                }
                line.append(character);
                lineWidth = next;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The features fontbox's {@code GsubWorkerForLatin} applies, in its order. */
    private static final List<String> LATIN_FEATURES = List.of("ccmp", "liga", "clig");
    private static final byte[] SHOW_TEXT = " Tj\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * One line of text in {@code font}, the font last set on {@code content}: exactly what
     * {@link PDPageContentStream#showText} writes, cheaper. PDFBox runs every word of a Latin line through the
     * font's glyph substitutions (ligatures), building regular expressions for each word, about an eighth of a
     * certificate; in DejaVu Sans that only ever changes a word holding ff, fi, fl, ffi or ffl. So a line that holds
     * none of the substitutions' input sequences is written as PDFBox writes it when nothing is substituted (each
     * character's glyph, the same subset); any other line, font or script goes through PDFBox
     * ({@code ArchivalPdfTest} compares the content and subsets with PDFBox's own for lines with and without).
     */
    @SuppressWarnings("deprecation") // appendRawCommands: the only public way to put an encoded string on a page
    public static void showText(PDPageContentStream content, PDFont font, String text) throws IOException {
        if (!(font instanceof PDType0Font type0) || substitutes(type0, text)) {
            content.showText(text);
            return;
        }
        ByteArrayOutputStream operation = new ByteArrayOutputStream(2 * text.length() + 8);
        COSWriter.writeString(font.encode(text), operation);
        operation.writeBytes(SHOW_TEXT);
        content.appendRawCommands(operation.toByteArray());
        if (font.willBeSubset()) {
            text.codePoints().forEach(font::addToSubset);
        }
    }

    /** Whether PDFBox's glyph substitution might change any glyph of the text (or it cannot tell). */
    private static boolean substitutes(PDType0Font font, String text) {
        GsubData gsub = font.getGsubData();
        if (gsub == GsubData.NO_DATA_FOUND) {
            return false;
        }
        if (gsub.getLanguage() != Language.LATIN) {
            return true;
        }
        CmapLookup cmap = font.getCmapLookup();
        List<Integer> glyphs = new ArrayList<>(text.length());
        for (int index = 0; index < text.length(); index++) {
            int glyph = cmap.getGlyphId(text.charAt(index)); // per UTF-16 unit, as PDFBox maps them for GSUB
            if (glyph <= 0) {
                return true; // PDFBox reports the missing glyph
            }
            glyphs.add(glyph);
        }
        for (String feature : LATIN_FEATURES) {
            if (gsub.isFeatureSupported(feature)) {
                for (List<Integer> input : gsub.getFeature(feature).getAllGlyphIdsForSubstitution()) {
                    if (Collections.indexOfSubList(glyphs, input) >= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static float width(String character, PDFont font, Map<String, Float> widths) throws IOException {
        Float known = widths.get(character);
        if (known == null) {
            known = font.getStringWidth(character);
            widths.put(character, known);
        }
        return known;
    }

    /**
     * Language, title shown in the window bar, information dictionary, XMP naming PDF/A-3a and PDF/UA-1, marked
     * content and the sRGB output intent; dated {@code day} (midnight UTC) so the same content gives the same file.
     */
    public static void describe(PDDocument document, String language, String title, String author, LocalDate day)
            throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(language);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);

        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator("Willkommensakademie");
        info.setProducer(PRODUCER);
        // The very string PDFBox writes for a Calendar at midnight UTC ("D:20261112000000+00'00'"), without the
        // Calendar and the String.format behind setCreationDate (a twentieth of a certificate); ArchivalPdfTest
        // compares it with PDFBox's.
        String pdfDate = pdfDate(day);
        info.getCOSObject().setString(COSName.CREATION_DATE, pdfDate);
        info.getCOSObject().setString(COSName.MOD_DATE, pdfDate);

        String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(day.atStartOfDay()
                .atOffset(ZoneOffset.UTC));
        String xmp = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
                    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                   <dc:format>application/pdf</dc:format>
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
                   <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                   <xmp:CreatorTool>Willkommensakademie</xmp:CreatorTool>
                   <xmp:CreateDate>%s</xmp:CreateDate>
                   <xmp:ModifyDate>%s</xmp:ModifyDate>
                   <pdf:Producer>%s</pdf:Producer>
                   <pdfaid:part>3</pdfaid:part>
                   <pdfaid:conformance>A</pdfaid:conformance>
                   <pdfuaid:part>1</pdfuaid:part>
                   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
                    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
                     <pdfaProperty:name>part</pdfaProperty:name>
                     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                     <pdfaProperty:category>internal</pdfaProperty:category>
                     <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
                    </rdf:li></rdf:Seq></pdfaSchema:property>
                   </rdf:li></rdf:Bag></pdfaExtension:schemas>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(xml(title), xml(author),
                language, date, date, PRODUCER);
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);

        PDOutputIntent intent = outputIntent(document);
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    /** The date as PDFBox writes a Calendar at midnight UTC of that day. */
    static String pdfDate(LocalDate day) {
        return "D:" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "000000+00'00'";
    }

    /**
     * The sRGB output intent with the profile compressed once for all documents, where PDFBox's own constructor
     * parses the profile again and compresses it for every document: the same dictionary and the same profile.
     */
    private static PDOutputIntent outputIntent(PDDocument document) throws IOException {
        COSStream profile = document.getDocument().createCOSStream();
        try (OutputStream raw = profile.createRawOutputStream()) {
            raw.write(SRGB_DEFLATED);
        }
        profile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        profile.setInt(COSName.N, SRGB.getNumComponents());
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
        dictionary.setItem(COSName.S, COSName.GTS_PDFA1);
        dictionary.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        return new PDOutputIntent(dictionary);
    }

    private static byte[] deflate(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes)) {
            out.write(data);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] font(String resource) {
        try (InputStream in = ArchivalPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the application: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
