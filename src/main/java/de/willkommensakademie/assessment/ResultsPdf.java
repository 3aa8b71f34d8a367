package de.willkommensakademie.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.assessment.RoundAnswers.Comment;
import de.willkommensakademie.assessment.RoundChange.CornerstoneChange;
import de.willkommensakademie.assessment.RoundChange.StatementChange;
import de.willkommensakademie.assessment.RoundFigures.CornerstoneFigures;
import de.willkommensakademie.assessment.RoundFigures.Disagreement;
import de.willkommensakademie.assessment.RoundFigures.DisagreementKind;
import de.willkommensakademie.assessment.RoundFigures.GroupFigures;
import de.willkommensakademie.assessment.RoundFigures.Quadrant;
import de.willkommensakademie.assessment.RoundFigures.StatementFigures;
import de.willkommensakademie.base.ArchivalPdf;
import de.willkommensakademie.base.Text;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.visibility.VisibilityRules;
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
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * A round's results as an A4 PDF that is PDF/A-3a and PDF/UA-1 like the certificates ({@link ArchivalPdf}): headings
 * in order, the figures as tagged tables with header cells, the radar chart and the priority matrix drawn as vectors
 * and tagged as figures whose alternative text says what they show (the tables beside them carry every number), and
 * the comments. Each text element stays on one page; tables continue on the next page row by row. Decoration (rules
 * under table rows) is marked as artifact.
 */
final class ResultsPdf {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float BODY = 10;
    /** The priority matrix's statement numbers. */
    private static final float NUMBER_SIZE = 8;
    private static final float[] TEXT = {0.1f, 0.1f, 0.12f};
    private static final float[] TEAL = {11 / 255f, 90 / 255f, 107 / 255f};
    private static final float[] BROWN = {138 / 255f, 75 / 255f, 0f};
    private static final float[] RED = {164 / 255f, 38 / 255f, 44 / 255f};
    private static final float[] GREY = {0.55f, 0.58f, 0.62f};

    private final PDDocument document;
    private final PDStructureElement root;
    private final PDFont regular;
    private final PDFont bold;
    private final ResultsFormat format;
    private final String defaultLanguage;
    private final List<List<PDStructureElement>> parentsByPage = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream content;
    private float y;

    private ResultsPdf(PDDocument document, PDStructureElement root, ResultsFormat format, String defaultLanguage,
            PDFont regular, PDFont bold) {
        this.document = document;
        this.root = root;
        this.format = format;
        this.defaultLanguage = defaultLanguage;
        this.regular = regular;
        this.bold = bold;
    }

    /** The report in the reader's language; {@code created} dates the file (same content, same file). */
    static byte[] render(RoundReport report, ResultsFormat format, LocalDate created) {
        String language = format.locale().getLanguage();
        try {
            return ArchivalPdf.write((document, regular, bold) -> {
                PDStructureTreeRoot tree = new PDStructureTreeRoot();
                PDStructureElement root = new PDStructureElement("Document", tree);
                root.setLanguage(language);
                tree.appendKid(root);
                document.getDocumentCatalog().setStructureTreeRoot(tree);
                ResultsPdf pdf = new ResultsPdf(document, root, format, report.defaultLanguage(), regular, bold);
                pdf.newPage();
                pdf.draw(report);
                pdf.finish();
                String title = format.tr("assessment.results.pdf.title", report.title());
                ArchivalPdf.describe(document, language, title, format.tr("assessment.results.pdf.author"), created);
            });
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot write the results PDF", failed);
        }
    }

    private String text(Text text) {
        return text.in(format.locale(), defaultLanguage);
    }

    private String tr(String key, Object... arguments) {
        return format.tr(key, arguments);
    }

    private void draw(RoundReport report) throws IOException {
        RoundFigures figures = report.figures();
        heading("H1", tr("assessment.results.pdf.title", report.title()), 18);
        paragraph(tr("assessment.results.questionnaire", text(report.questionnaireTitle())));
        paragraph(tr("assessment.results.period", report.startsOn(), report.endsOn()));
        paragraph(tr("assessment.results.respondents", figures.respondents(), figures.asked()));
        if (!report.ended()) {
            paragraph(tr("assessment.results.not-ended", report.endsOn()));
            return;
        }
        if (!figures.shown()) {
            paragraph(tr("assessment.results.too-few", figures.respondents(), VisibilityRules.MIN_GROUP));
            return;
        }
        overview(figures);
        matrix(figures);
        for (CornerstoneFigures cornerstone : figures.cornerstones()) {
            heading("H2", tr("cornerstone." + cornerstone.cornerstone().name()), 14);
            paragraph(tr("assessment.results.cornerstone.figures", format.summary(cornerstone.current()),
                    format.summary(cornerstone.importance())));
            statementTable(cornerstone.statements());
        }
        disagreements(figures);
        groups(figures);
        change(report.change());
        comments(figures);
    }

    private void overview(RoundFigures figures) throws IOException {
        heading("H2", tr("assessment.results.overview"), 14);
        paragraph(tr("assessment.results.overview.explained"));
        figure(tr("assessment.results.radar.alt"), 270, () -> radar(figures.cornerstones()));
        cornerstoneTable(figures.cornerstones());
    }

    /** One row per cornerstone: both scales' mean ± spread and the number of ratings. */
    private void cornerstoneTable(List<CornerstoneFigures> cornerstones) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CornerstoneFigures cornerstone : cornerstones) {
            rows.add(List.of(tr("cornerstone." + cornerstone.cornerstone().name()),
                    format.summary(cornerstone.current()), format.summary(cornerstone.importance()),
                    format.count(cornerstone.current())));
        }
        table(List.of(tr("assessment.results.column.cornerstone"), tr("assessment.results.column.current"),
                tr("assessment.results.column.importance"), tr("assessment.results.column.ratings")), rows,
                new float[] {0.4f, 0.22f, 0.22f, 0.16f});
    }

    private void matrix(RoundFigures figures) throws IOException {
        heading("H2", tr("assessment.results.matrix.title"), 14);
        paragraph(tr("assessment.results.matrix.explained"));
        List<StatementFigures> placed = figures.statements().stream().filter(s -> s.quadrant() != null).toList();
        figure(tr("assessment.results.matrix.alt", figures.actNow().size()), 310, () -> matrixDrawing(placed));
        heading("H3", tr("assessment.results.quadrant.ACT_NOW"), 12);
        if (figures.actNow().isEmpty()) {
            paragraph(tr("assessment.results.act-now.none"));
        }
        for (StatementFigures statement : figures.actNow()) {
            paragraph(tr("assessment.results.act-now.line", statement.number(), text(statement.text()),
                    format.mean(statement.current()), format.mean(statement.importance())));
        }
    }

    private void statementTable(List<StatementFigures> statements) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (StatementFigures statement : statements) {
            rows.add(List.of(String.valueOf(statement.number()), text(statement.text()),
                    format.summary(statement.current()), format.summary(statement.importance()),
                    String.valueOf(statement.responses()),
                    statement.cannotJudgeCurrent() + " / " + statement.cannotJudgeImportance()));
        }
        table(List.of(tr("assessment.results.column.number"), tr("assessment.results.column.statement"),
                tr("assessment.results.column.current"), tr("assessment.results.column.importance"),
                tr("assessment.results.column.responses"), tr("assessment.results.column.cannot-judge")), rows,
                new float[] {0.06f, 0.36f, 0.15f, 0.15f, 0.12f, 0.16f});
    }

    private void disagreements(RoundFigures figures) throws IOException {
        heading("H2", tr("assessment.results.disagreement.title"), 14);
        paragraph(tr("assessment.results.disagreement.explained", format.decimal(RoundFigures.WIDE_SPREAD),
                format.decimal(RoundFigures.GROUPS_DIFFER)));
        if (figures.disagreements().isEmpty()) {
            paragraph(tr("assessment.results.disagreement.none"));
        }
        for (Disagreement disagreement : figures.disagreements()) {
            paragraph(disagreementText(disagreement));
        }
    }

    private String disagreementText(Disagreement disagreement) {
        StatementFigures statement = disagreement.statement();
        String scale = tr("assessment.results.scale." + disagreement.scale().name());
        if (disagreement.kind() == DisagreementKind.WIDE_SPREAD) {
            return tr("assessment.results.disagreement.spread", statement.number(), text(statement.text()), scale,
                    format.decimal(disagreement.spread()));
        }
        return tr("assessment.results.disagreement.groups", statement.number(), text(statement.text()), scale,
                text(disagreement.highest().name()), format.decimal(disagreement.highest().mean()),
                text(disagreement.lowest().name()), format.decimal(disagreement.lowest().mean()));
    }

    private void groups(RoundFigures figures) throws IOException {
        heading("H2", tr("assessment.results.groups.title"), 14);
        paragraph(tr("assessment.results.groups.explained"));
        if (figures.groups().isEmpty()) {
            paragraph(tr("assessment.results.groups.none"));
        }
        for (GroupFigures group : figures.groups()) {
            heading("H3", tr("assessment.results.group." + group.kind().name(), text(group.name())), 12);
            paragraph(tr("assessment.results.respondents", group.respondents(), group.asked()));
            cornerstoneTable(group.cornerstones());
        }
    }

    private void change(RoundChange change) throws IOException {
        heading("H2", tr("assessment.results.change.title"), 14);
        if (change == null) {
            paragraph(tr("assessment.results.change.none"));
            return;
        }
        paragraph(tr("assessment.results.change.explained", change.previousTitle(),
                format.decimal(RoundChange.LEVEL_BAND)));
        for (CornerstoneChange cornerstone : change.cornerstones()) {
            heading("H3", tr("cornerstone." + cornerstone.cornerstone().name()), 12);
            paragraph(tr("assessment.results.change.cornerstone", format.delta(cornerstone.current()),
                    format.delta(cornerstone.importance())));
            List<List<String>> rows = new ArrayList<>();
            for (StatementChange statement : cornerstone.statements()) {
                rows.add(List.of(String.valueOf(statement.number()), text(statement.text()),
                        format.delta(statement.current()), format.delta(statement.importance())));
            }
            table(List.of(tr("assessment.results.column.number"), tr("assessment.results.column.statement"),
                    tr("assessment.results.column.current"), tr("assessment.results.column.importance")), rows,
                    new float[] {0.07f, 0.43f, 0.25f, 0.25f});
        }
    }

    private void comments(RoundFigures figures) throws IOException {
        heading("H2", tr("assessment.results.comments.title"), 14);
        paragraph(tr("assessment.results.comments.explained"));
        if (figures.comments().isEmpty()) {
            paragraph(tr("assessment.results.comments.none"));
        }
        for (Cornerstone cornerstone : Cornerstone.values()) {
            List<Comment> comments = figures.commentsOn(cornerstone);
            if (comments.isEmpty()) {
                continue;
            }
            heading("H3", tr("cornerstone." + cornerstone.name()), 12);
            for (Comment comment : comments) {
                paragraph("„" + comment.text() + "“");
            }
        }
    }

    // --- page, text and structure ---

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        page.setStructParents(parentsByPage.size());
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        parentsByPage.add(new ArrayList<>());
        content = new PDPageContentStream(document, page);
        y = TOP;
    }

    /** Starts a new page unless {@code height} more points fit on this one. */
    private void room(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private PDStructureElement element(String type, PDStructureElement parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** Opens the marked content of {@code element} on the current page. */
    private void mark(PDStructureElement element, String type) throws IOException {
        List<PDStructureElement> parents = parentsByPage.getLast();
        int id = parents.size();
        parents.add(element);
        element.setPage(page);
        element.appendKid(id);
        content.beginMarkedContent(COSName.getPDFName(type), id);
    }

    private void heading(String type, String text, float size) throws IOException {
        List<String> lines = lines(text, bold, size, WIDTH);
        // a heading never ends a page alone: keep room for two lines of what follows
        room(lines.size() * size * 1.3f + size + 3 * BODY * 1.4f);
        y -= size * 0.8f;
        write(element(type, root), type, lines, bold, size, MARGIN, TEXT);
    }

    private void paragraph(String text) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String part : text.split("\n")) {
            lines.addAll(lines(part, regular, BODY, WIDTH));
        }
        room(lines.size() * BODY * 1.4f + 4);
        write(element("P", root), "P", lines, regular, BODY, MARGIN, TEXT);
        y -= 4;
    }

    private void write(PDStructureElement element, String type, List<String> lines, PDFont font, float size, float x,
            float[] colour) throws IOException {
        mark(element, type);
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(colour[0], colour[1], colour[2]);
        for (String line : lines) {
            y -= size * 1.4f;
            content.setTextMatrix(Matrix.getTranslateInstance(x, y));
            ArchivalPdf.showText(content, font, printable(line, font));
        }
        content.endText();
        content.endMarkedContent();
    }

    /**
     * A table: a header row of TH cells (scope column), then rows whose first cell is a TH with scope row; cells wrap,
     * a row never splits across pages.
     */
    private void table(List<String> headers, List<List<String>> rows, float[] shares) throws IOException {
        PDStructureElement table = element("Table", root);
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(rows);
        for (int index = 0; index < all.size(); index++) {
            List<String> cells = all.get(index);
            boolean header = index == 0;
            PDFont font = header ? bold : regular;
            float size = BODY - 1;
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int column = 0; column < cells.size(); column++) {
                List<String> lines = lines(cells.get(column).isBlank() ? "–" : cells.get(column), font,
                        size, WIDTH * shares[column] - 6);
                wrapped.add(lines);
                height = Math.max(height, lines.size());
            }
            float rowHeight = height * size * 1.35f + 6;
            room(rowHeight + (header ? 3 * size * 1.35f : 0));
            PDStructureElement row = element("TR", table);
            float top = y;
            float x = MARGIN;
            for (int column = 0; column < cells.size(); column++) {
                boolean headerCell = header || column == 0;
                PDStructureElement cell = element(headerCell ? "TH" : "TD", row);
                if (headerCell) {
                    PDTableAttributeObject scope = new PDTableAttributeObject();
                    scope.setScope(header ? PDTableAttributeObject.SCOPE_COLUMN : PDTableAttributeObject.SCOPE_ROW);
                    cell.addAttribute(scope);
                }
                y = top - 2;
                write(cell, headerCell ? "TH" : "TD", wrapped.get(column), font, size, x + 2, TEXT);
                x += WIDTH * shares[column];
            }
            y = top - rowHeight;
            float rule = y;
            artifact(() -> {
                content.setStrokingColor(GREY[0], GREY[1], GREY[2]);
                content.setLineWidth(header ? 1f : 0.4f);
                content.moveTo(MARGIN, rule + 2);
                content.lineTo(MARGIN + WIDTH, rule + 2);
                content.stroke();
            });
        }
        y -= 8;
    }

    private interface Drawing {
        void draw() throws IOException;
    }

    private void artifact(Drawing drawing) throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw();
        content.endMarkedContent();
    }

    /** A figure {@code height} points high across the text width, with its alternative text and bounding box. */
    private void figure(String alt, float height, Drawing drawing) throws IOException {
        room(height + 10);
        PDStructureElement element = element("Figure", root);
        element.setAlternateDescription(alt);
        COSDictionary layout = new COSDictionary();
        layout.setName(COSName.O, "Layout");
        COSArray box = new COSArray();
        for (float value : new float[] {MARGIN, y - height, MARGIN + WIDTH, y}) {
            box.add(new COSFloat(value));
        }
        layout.setItem(COSName.BBOX, box);
        element.getCOSObject().setItem(COSName.A, layout);
        mark(element, "Figure");
        drawing.draw();
        content.endMarkedContent();
        y -= height + 10;
    }

    // --- charts ---

    private void radar(List<CornerstoneFigures> cornerstones) throws IOException {
        float centreX = MARGIN + WIDTH / 2;
        float centreY = y - 135;
        float radius = 100;
        int count = cornerstones.size();
        content.setStrokingColor(GREY[0], GREY[1], GREY[2]);
        content.setLineWidth(0.5f);
        for (int ring = 1; ring <= 5; ring++) {
            for (int index = 0; index <= count; index++) {
                float[] point = radarPoint(centreX, centreY, radius, index % count, count, ring);
                if (index == 0) {
                    content.moveTo(point[0], point[1]);
                } else {
                    content.lineTo(point[0], point[1]);
                }
            }
            content.stroke();
        }
        for (int index = 0; index < count; index++) {
            float[] end = radarPoint(centreX, centreY, radius, index, count, 5);
            content.moveTo(centreX, centreY);
            content.lineTo(end[0], end[1]);
            content.stroke();
            float[] label = radarPoint(centreX, centreY, radius, index, count, 5.6);
            String name = tr("cornerstone." + cornerstones.get(index).cornerstone().name());
            float width = regular.getStringWidth(name) / 1000 * 9;
            float left = Math.abs(label[0] - centreX) < 5 ? label[0] - width / 2
                    : label[0] < centreX ? label[0] - width : label[0];
            label(name, left, label[1] - 3, 9, TEXT);
        }
        series(cornerstones, centreX, centreY, radius, true);
        series(cornerstones, centreX, centreY, radius, false);
        legendLine(MARGIN, y - 12, TEAL, false, tr("assessment.results.column.current"));
        legendLine(MARGIN, y - 26, BROWN, true, tr("assessment.results.column.importance"));
    }

    private void series(List<CornerstoneFigures> cornerstones, float centreX, float centreY, float radius,
            boolean current) throws IOException {
        float[] colour = current ? TEAL : BROWN;
        content.setStrokingColor(colour[0], colour[1], colour[2]);
        content.setNonStrokingColor(colour[0], colour[1], colour[2]);
        content.setLineWidth(1.8f);
        content.setLineDashPattern(current ? new float[0] : new float[] {5, 3}, 0);
        List<float[]> points = new ArrayList<>();
        for (int index = 0; index < cornerstones.size(); index++) {
            RatingSummary summary = current ? cornerstones.get(index).current() : cornerstones.get(index).importance();
            if (summary.shown()) {
                points.add(radarPoint(centreX, centreY, radius, index, cornerstones.size(), summary.mean()));
            }
        }
        for (int index = 0; index < points.size(); index++) {
            if (index == 0) {
                content.moveTo(points.get(index)[0], points.get(index)[1]);
            } else {
                content.lineTo(points.get(index)[0], points.get(index)[1]);
            }
        }
        if (points.size() > 2) {
            content.closePath();
        }
        content.stroke();
        content.setLineDashPattern(new float[0], 0);
        for (float[] point : points) {
            if (current) {
                circle(point[0], point[1], 3.5f);
            } else {
                content.addRect(point[0] - 3.2f, point[1] - 3.2f, 6.4f, 6.4f);
            }
            content.fill();
        }
    }

    private static float[] radarPoint(float centreX, float centreY, float radius, int index, int count,
            double value) {
        double angle = Math.PI / 2 - 2 * Math.PI * index / count;
        return new float[] {(float) (centreX + Math.cos(angle) * radius * value / 5),
                (float) (centreY + Math.sin(angle) * radius * value / 5)};
    }

    private void legendLine(float x, float baseline, float[] colour, boolean dashed, String name) throws IOException {
        content.setStrokingColor(colour[0], colour[1], colour[2]);
        content.setNonStrokingColor(colour[0], colour[1], colour[2]);
        content.setLineWidth(1.8f);
        content.setLineDashPattern(dashed ? new float[] {5, 3} : new float[0], 0);
        content.moveTo(x, baseline + 3);
        content.lineTo(x + 24, baseline + 3);
        content.stroke();
        content.setLineDashPattern(new float[0], 0);
        if (dashed) {
            content.addRect(x + 8.8f, baseline - 0.2f, 6.4f, 6.4f);
        } else {
            circle(x + 12, baseline + 3, 3.5f);
        }
        content.fill();
        label(name, x + 30, baseline, 9, TEXT);
    }

    private void matrixDrawing(List<StatementFigures> statements) throws IOException {
        float size = 250;
        float left = MARGIN + 50;
        float bottom = y - size - 30;
        float middle = size / 2;
        content.setNonStrokingColor(0.984f, 0.918f, 0.918f);
        content.addRect(left, bottom + middle, middle, middle);
        content.fill();
        content.setStrokingColor(RED[0], RED[1], RED[2]);
        content.setLineWidth(2.5f);
        content.addRect(left, bottom + middle, middle, middle);
        content.stroke();
        content.setStrokingColor(GREY[0], GREY[1], GREY[2]);
        content.setLineWidth(0.7f);
        content.addRect(left, bottom, size, size);
        content.stroke();
        content.setLineDashPattern(new float[] {3, 2}, 0);
        content.moveTo(left + middle, bottom);
        content.lineTo(left + middle, bottom + size);
        content.moveTo(left, bottom + middle);
        content.lineTo(left + size, bottom + middle);
        content.stroke();
        content.setLineDashPattern(new float[0], 0);
        for (int value = 1; value <= 5; value++) {
            float offset = (value - 1) / 4f * size;
            label(String.valueOf(value), left + offset - 2.5f, bottom - 11, 8, TEXT);
            label(String.valueOf(value), left - 10, bottom + offset - 3, 8, TEXT);
        }
        label(tr("assessment.results.column.current") + " →", left + middle - 40, bottom - 24, 9, TEXT);
        label(tr("assessment.results.column.importance") + " ↑", MARGIN, bottom + size + 8, 9, TEXT);
        label(tr("assessment.results.quadrant.ACT_NOW"), left + 5, bottom + size - 13, 9, RED);
        label(tr("assessment.results.quadrant.KEEP_UP"), left + middle + 5, bottom + size - 13, 9, TEXT);
        label(tr("assessment.results.quadrant.WATCH"), left + 5, bottom + 6, 9, TEXT);
        label(tr("assessment.results.quadrant.ENOUGH"), left + middle + 5, bottom + 6, 9, TEXT);
        // statements with the same means share one marker labelled with all their numbers, so none hides another;
        // the labels are placed with y growing downwards, hence the signs
        List<List<StatementFigures>> places = MatrixLabels.sharingMarkers(statements,
                statement -> statement.current().mean(), statement -> statement.importance().mean());
        List<MatrixLabels.Label> labels = MatrixLabels.place(places.stream()
                .map(together -> new MatrixLabels.Marker(matrixX(together.getFirst(), left, size),
                        -matrixY(together.getFirst(), bottom, size),
                        together.stream().map(StatementFigures::number).toList()))
                .toList(), NUMBER_SIZE, left - 20, left + size + 20);
        for (int place = 0; place < places.size(); place++) {
            StatementFigures statement = places.get(place).getFirst();
            float x = matrixX(statement, left, size);
            float pointY = matrixY(statement, bottom, size);
            float[] colour = statement.quadrant() == Quadrant.ACT_NOW ? RED : TEAL;
            content.setNonStrokingColor(colour[0], colour[1], colour[2]);
            if (statement.quadrant() == Quadrant.ACT_NOW) {
                content.moveTo(x, pointY + 4.5f);
                content.lineTo(x + 4.5f, pointY);
                content.lineTo(x, pointY - 4.5f);
                content.lineTo(x - 4.5f, pointY);
                content.closePath();
            } else {
                circle(x, pointY, 3.5f);
            }
            content.fill();
            MatrixLabels.Label label = labels.get(place);
            for (int line = 0; line < label.lines().size(); line++) {
                String text = label.lines().get(line);
                float width = regular.getStringWidth(text) / 1000 * NUMBER_SIZE;
                label(text, (float) label.left(width), (float) -(label.baseline() + line * label.lineHeight()),
                        NUMBER_SIZE, colour);
            }
        }
    }

    private static float matrixX(StatementFigures statement, float left, float size) {
        return (float) (left + (statement.current().mean() - 1) / 4 * size);
    }

    private static float matrixY(StatementFigures statement, float bottom, float size) {
        return (float) (bottom + (statement.importance().mean() - 1) / 4 * size);
    }

    private static List<String> lines(String text, PDFont font, float size, float width) throws IOException {
        return ArchivalPdf.wrap(printable(text, font), font, size, width);
    }

    /**
     * Comments and statements are typed by people and may hold characters DejaVu Sans has no glyph for (an emoji):
     * those become a question mark instead of failing the whole report.
     */
    private static String printable(String text, PDFont font) {
        StringBuilder printable = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            String character = Character.toString(codePoint);
            try {
                font.encode(character);
                printable.append(character);
            } catch (IOException | IllegalArgumentException noGlyph) {
                printable.append('?');
            }
        });
        return printable.toString();
    }

    private void label(String text, float x, float baseline, float size, float[] colour) throws IOException {
        content.beginText();
        content.setFont(regular, size);
        content.setNonStrokingColor(colour[0], colour[1], colour[2]);
        content.setTextMatrix(Matrix.getTranslateInstance(x, baseline));
        ArchivalPdf.showText(content, regular, printable(text, regular));
        content.endText();
    }

    /** A circle from four Bézier curves (the usual 0.552 approximation). */
    private void circle(float x, float centreY, float r) throws IOException {
        float k = 0.552f * r;
        content.moveTo(x + r, centreY);
        content.curveTo(x + r, centreY + k, x + k, centreY + r, x, centreY + r);
        content.curveTo(x - k, centreY + r, x - r, centreY + k, x - r, centreY);
        content.curveTo(x - r, centreY - k, x - k, centreY - r, x, centreY - r);
        content.curveTo(x + k, centreY - r, x + r, centreY - k, x + r, centreY);
        content.closePath();
    }

    /** The parent tree: for each page, the structure element of each marked-content sequence, by its id. */
    private void finish() throws IOException {
        content.close();
        Map<Integer, PDParentTreeValue> numbers = new HashMap<>();
        for (int index = 0; index < parentsByPage.size(); index++) {
            COSArray parents = new COSArray();
            parentsByPage.get(index).forEach(parents::add);
            numbers.put(index, new PDParentTreeValue(parents));
        }
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        parentTree.setNumbers(numbers);
        PDStructureTreeRoot tree = document.getDocumentCatalog().getStructureTreeRoot();
        tree.setParentTree(parentTree);
        tree.setParentTreeNextKey(parentsByPage.size());
    }
}
