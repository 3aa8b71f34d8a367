package de.willkommensakademie.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

import de.willkommensakademie.StoredJson;
import de.willkommensakademie.base.content.ContentStatus;
import de.willkommensakademie.base.content.ShippedContent;
import de.willkommensakademie.learning.Cornerstone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shipped questionnaire reaches every installation: published at the first start, left alone at later ones, a
 * new one imported and published; changes are rolled back so the shared test database stays as it was.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class ShippedQuestionnaireTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ShippedContent shipped;
    @Autowired
    QuestionnaireStore store;
    @Autowired
    QuestionnaireRepository questionnaires;
    @Autowired
    QuestionnaireVersions versions;

    @Test
    void the_start_published_the_shipped_questionnaire_for_every_authority() throws IOException {
        Questionnaire questionnaire = questionnaires.findByContentKeyAndAuthorityIdIsNull("willkommensbehoerde")
                .orElseThrow();

        assertThat(questionnaire.status()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(questionnaire.publishedVersion()).isPositive();
        assertThat(questionnaire.titleDe()).isEqualTo("Standortbestimmung: Auf dem Weg zur Willkommensbehörde");
        long versionId = versions.newestShipped("willkommensbehoerde").orElseThrow();
        QuestionnaireContent content = versions.content(versionId);
        assertThat(content).isEqualTo(shippedFile());
        for (Cornerstone cornerstone : Cornerstone.values()) {
            assertThat(content.statementsOf(cornerstone)).hasSizeGreaterThanOrEqualTo(6);
        }
        assertThat(versions.newestShipped("no-such-questionnaire")).isEmpty();
    }

    @Test
    void a_new_questionnaire_file_is_imported_and_published_once_and_restarts_make_no_new_versions() throws IOException {
        int before = jdbc.queryForObject("select count(*) from questionnaire_version", Integer.class);
        // Another JVM run wrote the language maps in another order: same content, different text.
        assertThat(StoredJson.reverseKeyOrder(jdbc, "questionnaire_version")).isPositive();
        // The first start after the upgrade that brought the stored hashes: no hash yet, so compared as JSON.
        jdbc.update("delete from shipped_content_hash");
        shipped.run(new DefaultApplicationArguments());
        shipped.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from questionnaire_version", Integer.class))
                .as("unchanged file, whatever order the stored keys are in").isEqualTo(before);

        QuestionnaireContent another = shippedFile().withKey("zweiter-fragebogen");
        assertThat(store.publishShipped(another, Map.of())).as("a new file").isTrue();
        assertThat(store.publishShipped(another, Map.of())).as("the same again").isFalse();
        Questionnaire imported = questionnaires.findByContentKeyAndAuthorityIdIsNull("zweiter-fragebogen")
                .orElseThrow();
        assertThat(imported.status()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(imported.publishedVersion()).isEqualTo(1);
        assertThat(imported.authorityId()).as("the library every authority sees").isNull();
    }

    private static QuestionnaireContent shippedFile() throws IOException {
        try (InputStream in = ShippedQuestionnaireTest.class.getResourceAsStream(
                "/modules/q01-willkommensbehoerde/questionnaire.yaml")) {
            QuestionnaireFileReader.Result result = QuestionnaireFileReader.read(in.readAllBytes(),
                    Set.of("welcome-authority", "intercultural-communication", "interpreters-plain-language",
                            "de-escalation-safety", "discretion-transparency-referral", "networking-referral"),
                    Set.of("student-permit", "blue-card", "duldung-work", "child-interpreter", "angry-client",
                            "late-application", "nurse-referral", "after-refusal"));
            assertThat(result.problems()).isEmpty();
            return result.questionnaire();
        }
    }
}
