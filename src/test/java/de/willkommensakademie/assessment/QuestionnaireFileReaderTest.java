package de.willkommensakademie.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import de.willkommensakademie.base.Text;
import de.willkommensakademie.learning.Cornerstone;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** {@code questionnaire.yaml} and the rules: every kind of bad input gets its own message and yields no content. */
class QuestionnaireFileReaderTest {

    private static final Set<String> MODULES = Set.of("welcome-authority", "networking-referral");
    private static final Set<String> SCENARIOS = Set.of("child-interpreter");

    /** A valid file with one statement per cornerstone; {@code statements} replaces them when given. */
    private static String file(String statements) {
        return """
                key: test-fragebogen
                title: {de: "Standortbestimmung", en: "Self-assessment"}
                introduction: {de: "Bitte bewerten Sie jede Aussage zweimal.", en: "Please rate each statement twice."}
                statements:
                """ + (statements != null ? statements : """
                  - key: sb-leitbild
                    cornerstone: SELF_IMAGE
                    text: {de: "Wir haben ein Leitbild.", en: "We have a mission statement."}
                    modules: [welcome-authority]
                  - key: bo-termine
                    cornerstone: ORGANISATION
                    text: {de: "Alle bekommen rasch einen Termin.", en: "Everyone gets an appointment soon."}
                  - key: ae-schilder
                    cornerstone: appearance
                    text: {de: "Die Schilder sind mehrsprachig."}
                  - key: ko-dolmetschen
                    cornerstone: COMPETENCES
                    text: {de: "Kinder dolmetschen nie.", en: "Children never interpret."}
                    scenarios: [child-interpreter]
                  - key: ve-verweisen
                    cornerstone: NETWORKING
                    text: {de: "Wir wissen, wohin wir verweisen.", en: "We know where to refer people."}
                    modules: [networking-referral]
                """);
    }

    private static QuestionnaireFileReader.Result read(String text) {
        return QuestionnaireFileReader.read(text.getBytes(StandardCharsets.UTF_8), MODULES, SCENARIOS);
    }

    private static List<String> keys(QuestionnaireFileReader.Result result) {
        return result.problems().stream().map(QuestionnaireProblem::messageKey).toList();
    }

    @Test
    void a_valid_file_becomes_the_questionnaire_in_file_order_with_its_links() {
        QuestionnaireFileReader.Result result = read(file(null));

        assertThat(result.problems()).isEmpty();
        QuestionnaireContent questionnaire = result.questionnaire();
        assertThat(questionnaire.key()).isEqualTo("test-fragebogen");
        assertThat(questionnaire.defaultLanguage()).as("German unless the file says otherwise").isEqualTo("de");
        assertThat(questionnaire.title()).isEqualTo(Text.of("Standortbestimmung", "Self-assessment"));
        assertThat(questionnaire.statements()).extracting(QuestionnaireContent.Statement::key)
                .containsExactly("sb-leitbild", "bo-termine", "ae-schilder", "ko-dolmetschen", "ve-verweisen");
        assertThat(questionnaire.statementsOf(Cornerstone.APPEARANCE)).singleElement().satisfies(statement -> {
            assertThat(statement.text().get("de")).isEqualTo("Die Schilder sind mehrsprachig.");
            assertThat(statement.text().has("en")).as("English is optional").isFalse();
        });
        assertThat(questionnaire.statements().getFirst().modules()).containsExactly("welcome-authority");
        assertThat(questionnaire.statements().get(3).scenarios()).containsExactly("child-interpreter");
    }

    @Test
    void an_unknown_cornerstone_is_named_with_its_line_and_the_five_that_exist() {
        QuestionnaireFileReader.Result result = read(file(null).replace("cornerstone: NETWORKING",
                "cornerstone: WELLBEING"));

        assertThat(result.questionnaire()).isNull();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("assessment.content.problem.unknown-cornerstone");
            assertThat(problem.line()).isEqualTo(20);
            assertThat(problem.arguments()).containsExactly("WELLBEING",
                    "SELF_IMAGE, ORGANISATION, APPEARANCE, COMPETENCES, NETWORKING");
        });
    }

    @Test
    void a_statement_key_used_twice_is_refused() {
        QuestionnaireFileReader.Result result = read(file(null).replace("key: bo-termine", "key: sb-leitbild"));

        assertThat(result.questionnaire()).isNull();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("assessment.content.problem.duplicate-key");
            assertThat(problem.arguments()).containsExactly("sb-leitbild");
        });
    }

    @Test
    void statement_keys_are_lower_case_words_with_hyphens() {
        QuestionnaireFileReader.Result result = read(file(null).replace("key: bo-termine", "key: Bo Termine"));

        assertThat(keys(result)).containsExactly("assessment.content.problem.statement-key");
        assertThat(result.problems().getFirst().arguments()).containsExactly("Bo Termine");
        assertThat(keys(read(file(null).replace("key: bo-termine", "key: " + "x".repeat(81)))))
                .as("longer than the stored key").containsExactly("assessment.content.problem.statement-key");
    }

    @Test
    void every_text_is_needed_in_the_default_language() {
        assertThat(keys(read(file(null).replace("text: {de: \"Kinder dolmetschen nie.\", ", "text: {"))))
                .containsExactly("assessment.content.problem.statement-text");
        assertThat(read(file(null).replace("text: {de: \"Kinder dolmetschen nie.\", ", "text: {")).problems()
                .getFirst().arguments()).containsExactly("ko-dolmetschen", "de");
        assertThat(keys(read(file(null).replace("title: {de: \"Standortbestimmung\", ", "title: {"))))
                .containsExactly("assessment.content.problem.title");
        assertThat(keys(read(file(null).replace("introduction: {de: \"Bitte bewerten Sie jede Aussage zweimal.\", ",
                "introduction: {")))).containsExactly("assessment.content.problem.introduction");
        // English as the default language: the statement with only German text is now the one missing.
        assertThat(read("defaultLanguage: en\n" + file(null)).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("assessment.content.problem.statement-text");
            assertThat(problem.arguments()).containsExactly("ae-schilder", "en");
        });
        assertThat(keys(read("defaultLanguage: fr\n" + file(null))))
                .containsExactly("assessment.content.problem.language");
    }

    @Test
    void a_cornerstone_without_statements_is_named() {
        String withoutNetworking = file(null).substring(0, file(null).indexOf("  - key: ve-verweisen"));

        assertThat(keys(read(withoutNetworking)))
                .containsExactly("assessment.content.problem.empty-cornerstone.NETWORKING");
    }

    @Test
    void linked_modules_and_role_plays_must_exist() {
        QuestionnaireFileReader.Result result = read(file(null).replace("modules: [networking-referral]",
                "modules: [networking-referral, no-such-module]").replace("scenarios: [child-interpreter]",
                "scenarios: [child-interpreter, no-such-play]"));

        assertThat(result.questionnaire()).isNull();
        assertThat(result.problems()).extracting(QuestionnaireProblem::messageKey, QuestionnaireProblem::arguments)
                .containsExactlyInAnyOrder(
                        tuple("assessment.content.problem.unknown-module",
                                List.of("ve-verweisen", "no-such-module")),
                        tuple("assessment.content.problem.unknown-scenario",
                                List.of("ko-dolmetschen", "no-such-play")));
    }

    @Test
    void texts_longer_than_the_limits_are_refused() {
        String longSentence = "Wir ".repeat(QuestionnaireRules.STATEMENT_LENGTH / 4) + "warten.";
        assertThat(keys(read(file(null).replace("Wir haben ein Leitbild.", longSentence))))
                .containsExactly("assessment.content.problem.statement-length");
        assertThat(keys(read(file(null).replace("Self-assessment", "S".repeat(QuestionnaireRules.TITLE_LENGTH + 1)))))
                .containsExactly("assessment.content.problem.title-length");
        assertThat(keys(read(file(null).replace("Please rate each statement twice.",
                "x".repeat(QuestionnaireRules.INTRODUCTION_LENGTH + 1)))))
                .containsExactly("assessment.content.problem.introduction-length");
    }

    @Test
    void broken_files_report_where_and_why() {
        assertThat(keys(read("key: [unclosed"))).containsExactly("import.module.yaml");
        assertThat(keys(read(file(null).replace("    cornerstone: SELF_IMAGE\n", ""))))
                .containsExactly("import.module.missing");
        assertThat(keys(read("key: ohne-aussagen\ntitle: {de: T}\nintroduction: {de: E}\n")))
                .containsExactly("import.module.missing");
        byte[] latin1 = file(null).replace("Wir haben", "Wir hätten").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(QuestionnaireFileReader.read(latin1, MODULES, SCENARIOS).problems())
                .extracting(QuestionnaireProblem::messageKey).containsExactly("import.file.encoding");
    }

    @Test
    void every_problem_key_has_a_german_and_an_english_message() throws IOException {
        List<String> problemKeys = new ArrayList<>(List.of("assessment.content.problem.key",
                "assessment.content.problem.language", "assessment.content.problem.title",
                "assessment.content.problem.title-length", "assessment.content.problem.introduction",
                "assessment.content.problem.introduction-length", "assessment.content.problem.too-many",
                "assessment.content.problem.statement-key", "assessment.content.problem.duplicate-key",
                "assessment.content.problem.no-cornerstone", "assessment.content.problem.unknown-cornerstone",
                "assessment.content.problem.statement-text", "assessment.content.problem.statement-length",
                "assessment.content.problem.unknown-module", "assessment.content.problem.unknown-scenario"));
        for (Cornerstone cornerstone : Cornerstone.values()) {
            problemKeys.add("assessment.content.problem.empty-cornerstone." + cornerstone.name());
        }
        for (String language : List.of("de", "en")) {
            Set<String> messages = messages(language);
            assertThat(messages).as(language).containsAll(problemKeys);
        }
    }

    @Test
    void the_shipped_questionnaire_is_valid_against_the_shipped_modules_and_role_plays() throws IOException {
        Set<String> modules = shippedKeys("module.yaml");
        Set<String> scenarios = shippedKeys("scenario.yaml");
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:modules/*/"
                + QuestionnaireFileReader.FILE);
        assertThat(files).isNotEmpty();
        for (Resource file : files) {
            QuestionnaireFileReader.Result result;
            try (InputStream in = file.getInputStream()) {
                result = QuestionnaireFileReader.read(in.readAllBytes(), modules, scenarios);
            }
            assertThat(result.problems()).as(file.getDescription()).isEmpty();
            QuestionnaireContent questionnaire = result.questionnaire();
            for (Cornerstone cornerstone : Cornerstone.values()) {
                assertThat(questionnaire.statementsOf(cornerstone)).as(cornerstone.name()).hasSizeGreaterThanOrEqualTo(6);
            }
            assertThat(questionnaire.statements()).allSatisfy(statement -> {
                assertThat(statement.text().has("de")).isTrue();
                assertThat(statement.text().has("en")).as(statement.key() + " in English").isTrue();
            });
            assertThat(questionnaire.introduction().has("en")).isTrue();
            assertThat(questionnaire.introductionParagraphs(Locale.GERMAN)).as("scales, anonymity").hasSize(3)
                    .allSatisfy(paragraph -> assertThat(paragraph).doesNotContain("\n"));
            assertThat(questionnaire.introductionParagraphs(Locale.ENGLISH)).hasSize(3).last().asString()
                    .startsWith("Your answers are anonymous.");
            assertThat(questionnaire.title().has("en")).isTrue();
            Set<String> linked = questionnaire.statements().stream().flatMap(statement -> statement.modules().stream())
                    .collect(Collectors.toSet());
            assertThat(linked).as("every shipped module builds a competence asked about").isEqualTo(modules);
        }
    }

    private static Set<String> shippedKeys(String fileName) throws IOException {
        Set<String> keys = new HashSet<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:modules/*/"
                + fileName)) {
            try (InputStream in = resource.getInputStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                text.lines().filter(line -> line.startsWith("key:")).findFirst()
                        .ifPresent(line -> keys.add(line.substring(4).strip()));
            }
        }
        return keys;
    }

    private static Set<String> messages(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = QuestionnaireFileReaderTest.class.getResourceAsStream("/i18n/messages_" + language
                + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
