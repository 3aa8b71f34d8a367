package de.willkommensakademie.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import de.willkommensakademie.base.Text;
import de.willkommensakademie.learning.Cornerstone;
import org.junit.jupiter.api.Test;

/** What the export writes, the import reads back as the same questionnaire. */
class QuestionnaireFileWriterTest {

    private static final Set<String> MODULES = Set.of("welcome-authority", "intercultural-communication",
            "interpreters-plain-language", "de-escalation-safety", "discretion-transparency-referral",
            "networking-referral");
    private static final Set<String> SCENARIOS = Set.of("student-permit", "blue-card", "duldung-work",
            "child-interpreter", "angry-client", "late-application", "nurse-referral", "after-refusal");

    @Test
    void the_shipped_questionnaire_written_and_read_again_is_the_same() throws IOException {
        QuestionnaireContent shipped;
        try (InputStream in = getClass().getResourceAsStream("/modules/q01-willkommensbehoerde/questionnaire.yaml")) {
            shipped = QuestionnaireFileReader.read(in.readAllBytes(), MODULES, SCENARIOS).questionnaire();
        }
        String written = QuestionnaireFileWriter.yaml(shipped);

        QuestionnaireFileReader.Result again = QuestionnaireFileReader.read(written.getBytes(StandardCharsets.UTF_8),
                MODULES, SCENARIOS);
        assertThat(again.problems()).isEmpty();
        assertThat(again.questionnaire()).isEqualTo(shipped);
        assertThat(written).as("readable umlauts and quotes, not escapes").contains("Willkommensbehörde", "„");
    }

    @Test
    void quotes_colons_line_breaks_and_a_missing_english_text_survive() {
        List<QuestionnaireContent.Statement> statements = new ArrayList<>();
        for (Cornerstone cornerstone : Cornerstone.values()) {
            statements.add(new QuestionnaireContent.Statement("s-" + cornerstone.ordinal(), cornerstone,
                    Text.of("Aussage: „zitiert“ # kein Kommentar", null), List.of(), List.of()));
        }
        QuestionnaireContent questionnaire = new QuestionnaireContent("eigen", Text.of("Titel: mit Doppelpunkt",
                "Title"), Text.of("Erster Absatz.\n\nZweiter Absatz mit 'Apostroph'.", "One.\n\nTwo."), "de",
                statements);

        QuestionnaireFileReader.Result read = QuestionnaireFileReader.read(QuestionnaireFileWriter.yaml(
                questionnaire).getBytes(StandardCharsets.UTF_8), Set.of(), Set.of());
        assertThat(read.problems()).isEmpty();
        assertThat(read.questionnaire()).isEqualTo(questionnaire);
    }
}
