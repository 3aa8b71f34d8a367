package de.willkommensakademie.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.willkommensakademie.base.privacy.PersonalDataExport;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every entity that holds records about a person is covered by a feature's {@link PersonalDataExport}, read from
 * the JPA metamodel, so a feature added later fails here until it says how its records are exported. The rule is
 * {@link PersonReferences}; {@link #assertCovered} takes any covered set, so the deletion side can run the same check.
 */
@SpringBootTest
@ActiveProfiles("test")
class PersonalDataCoverageTest {

    /**
     * Entities about people that no export lists, each with its reason. The export request holds the export itself:
     * it is deleted when fetched or after a day, and exporting it would put a copy of the data into itself. A SCIM
     * token names the operator who created it ({@code createdBy}), and only operators create tokens.
     */
    static final Map<String, String> NOT_EXPORTED = Map.of("ExportRequest",
            "the export being built; deleted when fetched or after 24 hours", "ScimToken",
            "created by a platform operator, who is never an authority's employee; nobody's data to export or erase");

    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    List<PersonalDataExport> exports;

    @Test
    void every_entity_that_references_a_person_is_exported_by_a_feature() {
        assertCovered(exports.stream().flatMap(export -> export.entities().stream()).map(Class::getSimpleName)
                .collect(Collectors.toSet()));
    }

    @Test
    void the_rule_sees_the_people_references_of_the_current_entities() {
        Set<String> aboutPeople = PersonReferences.aboutPeople(shapes());
        assertThat(aboutPeople).contains("Employee", "Team", "Certificate", "Notice", "AccessEntry", "AuditEntry",
                "QuizAttempt", "QuizAnswer", "ChecklistItem", "LearningProgress", "VisibilitySetting",
                "ExportRequest").doesNotContain("Authority", "JobRole", "LearningModule", "ModuleVersion",
                        "Scenario", "LanguageTarget", "PriorityLanguage", "CertificateTemplate");
    }

    @Test
    void an_uncovered_entity_and_its_child_rows_fail_the_rule() {
        var feedback = new PersonReferences.Shape("Feedback", Set.of("id", "authorityId", "recipientId", "text"),
                Set.of());
        var feedbackAnswer = new PersonReferences.Shape("FeedbackAnswer", Set.of("id", "feedbackId", "text"),
                Set.of());
        var mentorship = new PersonReferences.Shape("Mentorship", Set.of("id", "mentor"), Set.of("Employee"));
        var shapes = new ArrayList<>(shapes());
        shapes.addAll(List.of(feedback, feedbackAnswer, mentorship));

        assertThat(PersonReferences.uncovered(shapes, covered(Set.of())))
                .containsExactly("Feedback", "FeedbackAnswer", "Mentorship");
        assertThat(PersonReferences.uncovered(shapes, covered(Set.of("Feedback", "Mentorship"))))
                .as("the answers reach a person only through their feedback, and still count")
                .containsExactly("FeedbackAnswer");
        assertThat(PersonReferences.uncovered(shapes, covered(Set.of("Feedback", "FeedbackAnswer", "Mentorship"))))
                .isEmpty();
    }

    /** Fails naming every entity about people that {@code covered} (simple class names) and the exceptions miss. */
    void assertCovered(Set<String> covered) {
        assertThat(PersonReferences.uncovered(shapes(), covered)).as("entities holding records about a person that"
                + " no provider lists (see PersonReferences for what counts)").isSubsetOf(NOT_EXPORTED.keySet());
    }

    private Set<String> covered(Set<String> extra) {
        Set<String> covered = new HashSet<>(extra);
        exports.forEach(export -> export.entities().forEach(entity -> covered.add(entity.getSimpleName())));
        covered.addAll(NOT_EXPORTED.keySet());
        return covered;
    }

    private List<PersonReferences.Shape> shapes() {
        return PersonReferences.shapes(entityManagerFactory.getMetamodel());
    }
}
