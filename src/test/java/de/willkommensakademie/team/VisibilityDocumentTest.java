package de.willkommensakademie.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.visibility.VisibilityPreset;
import de.willkommensakademie.visibility.VisibilityRules.Record;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/visibility.md} says what the code does: its tables are the ones {@link VisibilityTable} generates from
 * {@link VisibilityRules}. After a rule change, regenerate them with
 * {@code ./mvnw -B -o test -Dtest=VisibilityDocumentTest -Dvisibility.regenerate=true} and review the diff.
 */
class VisibilityDocumentTest {

    private static final Path DOCUMENT = Path.of("docs", "visibility.md");

    @Test
    void the_staff_agreement_table_matches_the_rules_in_both_languages() throws IOException {
        String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("visibility.regenerate")) {
            document = VisibilityTable.regenerate(document);
            Files.writeString(DOCUMENT, document, StandardCharsets.UTF_8);
        }
        for (var locale : Translations.SUPPORTED) {
            assertThat(VisibilityTable.block(document, locale)).as("generated block (%s) in %s; regenerate it, see "
                    + "the class comment", locale, DOCUMENT).isEqualTo("\n" + VisibilityTable.markdown(locale));
        }
    }

    @Test
    void the_generated_table_names_every_preset_record_and_viewer() {
        String german = VisibilityTable.markdown(Translations.GERMAN);
        for (VisibilityPreset preset : VisibilityPreset.values()) {
            assertThat(german).contains("(`" + preset.name() + "`)");
        }
        assertThat(german).contains("| Angaben | Führungskraft | Administration | Lehrende | Die Person selbst |");
        for (Record record : Record.values()) {
            assertThat(german.lines().filter(line -> line.startsWith("| " + new Translations().getTranslation(
                    VisibilityTable.recordKey(record), Translations.GERMAN) + " |"))).as(record.name()).hasSize(3);
        }
        assertThat(german).doesNotContain("!visibility.");
        assertThat(VisibilityTable.markdown(Translations.ENGLISH)).doesNotContain("!visibility.")
                .contains("| Scores and results | Nothing | Nothing | Counts only, from 5 people | Everything (own "
                        + "records) |");
    }

    @Test
    void a_document_without_markers_is_refused_rather_than_silently_left_alone() {
        assertThat(VisibilityTable.block("# nothing here", Translations.GERMAN)).isNull();
        Assertions.assertThatThrownBy(() -> VisibilityTable.regenerate("# nothing here"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
