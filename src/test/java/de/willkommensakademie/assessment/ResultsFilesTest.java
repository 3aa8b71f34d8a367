package de.willkommensakademie.assessment;

import static de.willkommensakademie.assessment.ResultsStatisticsTest.all;
import static de.willkommensakademie.assessment.ResultsStatisticsTest.questionnaire;
import static de.willkommensakademie.assessment.ResultsStatisticsTest.r;
import static de.willkommensakademie.assessment.ResultsStatisticsTest.round;
import static de.willkommensakademie.assessment.ResultsStatisticsTest.statement;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.willkommensakademie.assessment.QuestionnaireContent.Statement;
import de.willkommensakademie.assessment.ResultsStatisticsTest.Group;
import de.willkommensakademie.assessment.RoundAnswers.Comment;
import de.willkommensakademie.assessment.RoundAnswers.GroupKind;
import de.willkommensakademie.base.PdfStandards;
import de.willkommensakademie.base.Text;
import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.learning.Cornerstone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The results report passes veraPDF for PDF/A-3a and PDF/UA-1 in both languages, across pages, and the PDF and the CSV
 * keep hidden figures hidden.
 */
class ResultsFilesTest {

    private static final Translations TRANSLATIONS = new Translations();
    private static final String NASTY = "Formulare <mehrsprachig> & \"verständlich\" – =SUMME(A1)";

    static ResultsFormat format(Locale locale) {
        return new ResultsFormat(locale, (key, arguments) -> TRANSLATIONS.getTranslation(key, locale, arguments));
    }

    /**
     * Six statements per cornerstone (near the shipped questionnaire's size), twelve respondents, two teams and a job role
     * with enough answers, one statement with too few ratings, a comment with an emoji, and an earlier round.
     */
    static RoundReport report() {
        List<Statement> statements = new ArrayList<>();
        for (Cornerstone cornerstone : Cornerstone.values()) {
            for (int index = 1; index <= 6; index++) {
                statements.add(index == 1 && cornerstone == Cornerstone.APPEARANCE
                        ? new Statement("nasty", cornerstone, Text.of(NASTY, NASTY), List.of(), List.of())
                        : statement(cornerstone.name().toLowerCase(Locale.ROOT) + index, cornerstone));
            }
        }
        QuestionnaireContent content = questionnaire(statements.toArray(Statement[]::new));
        Group whole = all(15, 12);
        Group north = new Group(GroupKind.TEAM, 1, 7, 6);
        Group south = new Group(GroupKind.TEAM, 2, 6, 6);
        Group front = new Group(GroupKind.JOB_ROLE, 3, 9, 8);
        int turn = 0;
        for (Statement statement : statements) {
            turn++;
            if (statement.key().equals("self_image2")) {
                whole.rated(statement.key(), r(3, 4, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0), r(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
                        4));
                continue;
            }
            int low = 1 + turn % 3;
            whole.rated(statement.key(), r(low, low, low + 1, low + 1, low + 2, low + 2, 3, 3, 4, 5, 0, 3),
                    r(5, 4, 4, 5, 3, 4, 5, 4, 5, 4, 4, 0));
            north.rated(statement.key(), r(4, 4, 5, 4, 5, 4), r(4, 4, 4, 4, 4, 4));
            south.rated(statement.key(), r(2, 2, 1, 2, 3, 2), r(5, 5, 4, 5, 5, 5));
            front.rated(statement.key(), r(3, 3, 3, 2, 2, 4, 4, 3), r(4, 4, 4, 4, 4, 4, 4, 4));
        }
        RoundAnswers answers = round(7, List.of(new Comment(Cornerstone.NETWORKING, "Mehr Kontakt zu Beratungsstellen"),
                new Comment(Cornerstone.SELF_IMAGE, "Leitbild <endlich> & aushängen 漢")), whole, north, south, front);
        RoundFigures figures = ResultsStatistics.figures(content, answers, group -> true,
                group -> group.kind() == GroupKind.JOB_ROLE ? Text.of("Schalter", "Front desk")
                        : Text.of("Nord " + group.groupId(), "North " + group.groupId()));
        Group earlier = all(14, 10);
        for (Statement statement : statements) {
            earlier.rated(statement.key(), r(2, 2, 2, 3, 3, 3, 3, 2, 2, 2), r(4, 4, 4, 4, 4, 4, 4, 4, 4, 4));
        }
        RoundChange change = ResultsStatistics.change(content, answers, content, round(3, List.of(), earlier), 3,
                "Standortbestimmung 2024");
        return new RoundReport(7, "Standortbestimmung 2026", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 27), true,
                Text.of("Willkommensbehörde", "Welcoming authority"), "de", figures, change);
    }

    @Test
    void the_report_is_archival_and_accessible_in_german_and_english() throws Exception {
        RoundReport report = report();
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            byte[] pdf = ResultsPdf.render(report, format(locale), LocalDate.of(2026, 3, 28));
            PdfStandards.writeSample("assessment-results-" + locale.getLanguage() + ".pdf", pdf);
            assertThat(PdfStandards.violations(pdf, PDFAFlavour.PDFA_3_A)).as("PDF/A-3a " + locale).isEmpty();
            assertThat(PdfStandards.violations(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 " + locale).isEmpty();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(document.getNumberOfPages()).isGreaterThan(2);
                assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(locale.getLanguage());
                assertThat(text).contains("Formulare <mehrsprachig> & \"verständlich\"",
                        "Leitbild <endlich> & aushängen ?", "Mehr Kontakt zu Beratungsstellen");
                if (locale == Locale.GERMAN) {
                    assertThat(text).contains("Prioritätenmatrix", "Jetzt handeln", "weniger als 5", "12 von 15",
                            "Nord 1 (Team)", "Schalter (Funktion)", "gestiegen", "Standortbestimmung 2024");
                } else {
                    assertThat(text).contains("Priority matrix", "Act now", "fewer than 5", "12 of 15",
                            "North 1 (team)", "Front desk (job role)", "higher");
                }
            }
        }
    }

    @Test
    void a_round_with_too_few_answers_gives_a_short_valid_report_without_figures() throws Exception {
        RoundReport full = report();
        RoundFigures none = new RoundFigures(15, 4, List.of(), List.of(), List.of(), List.of());
        RoundReport few = new RoundReport(full.roundId(), full.title(), full.startsOn(), full.endsOn(), true,
                full.questionnaireTitle(), "de", none, null);

        byte[] pdf = ResultsPdf.render(few, format(Locale.GERMAN), LocalDate.of(2026, 3, 28));

        assertThat(PdfStandards.violations(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("4 von 15", "ab 5 Antworten").doesNotContain("Prioritätenmatrix");
        }
        String csv = new String(ResultsCsv.write(few, Locale.GERMAN,
                (key, arguments) -> TRANSLATIONS.getTranslation(key, Locale.GERMAN, arguments)),
                StandardCharsets.UTF_8);
        assertThat(csv.lines()).as("only the header").hasSize(1);
    }

    @Test
    void the_csv_holds_the_aggregated_figures_and_hides_what_the_screen_hides() {
        RoundReport report = report();

        String csv = new String(ResultsCsv.write(report, Locale.GERMAN,
                (key, arguments) -> TRANSLATIONS.getTranslation(key, Locale.GERMAN, arguments)),
                StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();

        assertThat(csv).startsWith("\uFEFFGruppe;Eckpunkt;Nr.;Aussage;Stand heute: Mittelwert");
        // whole round and three groups, each: 5 cornerstone rows and 30 statements
        assertThat(lines).hasSize(1 + 4 * (5 + 30));
        String hidden = lines.stream().filter(line -> line.startsWith("Alle Befragten;Selbstverständnis;2;"))
                .findFirst().orElseThrow();
        assertThat(hidden).isEqualTo("Alle Befragten;Selbstverständnis;2;Aussage self_image2;weniger als 5;;"
                + "weniger als 5;4,00;0,00;12;12;9;0");
        String north = lines.stream().filter(line -> line.startsWith("Nord 1 (Team);Vernetzung;;")).findFirst()
                .orElseThrow();
        // 6 statements × (4, 4, 5, 4, 5, 4): mean 26/6, 36 ratings
        assertThat(north).contains(";4,33;0,47;36;4,00;0,00;36;");
        assertThat(csv).as("quotes in a statement are doubled, comments are no figures")
                .contains("\"Formulare <mehrsprachig> & \"\"verständlich\"\" – =SUMME(A1)\"")
                .doesNotContain("Leitbild").doesNotContain("Beratungsstellen");
    }
}
