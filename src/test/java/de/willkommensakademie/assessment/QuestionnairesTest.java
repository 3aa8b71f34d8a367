package de.willkommensakademie.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.DomainException;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.Text;
import de.willkommensakademie.base.content.ContentStatus;
import de.willkommensakademie.base.content.ContentSummary;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.people.TestAuthority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Questionnaires per role and authority: trainers and admins adapt the shipped one into their own copy and publish
 * it; rounds of that authority then use the copy, other authorities never see it; employees author nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
class QuestionnairesTest {

    private static final String SHIPPED = "willkommensbehoerde";

    @Autowired
    UserDetailsService accounts;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    ApplicationContext context;

    TestAuthority authority;
    TestAuthority other;

    @BeforeEach
    void authorities() {
        authority = TestAuthority.of(context, getClass());
        other = TestAuthority.of(context, getClass(), "b");
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private long shippedId() {
        return questionnaires.find(null, null, Pageable.unpaged()).stream()
                .filter(summary -> summary.library() && summary.key().equals(SHIPPED)).findFirst().orElseThrow().id();
    }

    /** The class authority's own copy, published once with its first statement reworded. */
    private long publishedCopy() {
        SignedIn.as(accounts, authority.trainer());
        long copy = questionnaires.adapt(shippedId());
        QuestionnaireDraft draft = questionnaires.draft(copy);
        if (draft.publishedVersion() == 0) {
            List<QuestionnaireContent.Statement> statements = new ArrayList<>(draft.content().statements());
            QuestionnaireContent.Statement first = statements.getFirst();
            statements.set(0, new QuestionnaireContent.Statement(first.key(), first.cornerstone(),
                    Text.of("Unser Leitbild haben wir im ganzen Amt gemeinsam geschrieben.",
                            "We wrote our mission statement together across the whole office."),
                    first.modules(), first.scenarios()));
            long version = questionnaires.saveDraft(copy, draft.version(), withStatements(draft.content(),
                    statements));
            assertThat(questionnaires.publish(copy, version)).isEmpty();
        }
        return copy;
    }

    private static QuestionnaireContent withStatements(QuestionnaireContent content,
            List<QuestionnaireContent.Statement> statements) {
        return new QuestionnaireContent(content.key(), content.title(), content.introduction(),
                content.defaultLanguage(), statements);
    }

    @Test
    void a_trainer_adapts_the_shipped_questionnaire_once_under_the_same_key_and_rounds_then_use_the_copy() {
        long copy = publishedCopy();
        assertThat(questionnaires.adapt(shippedId())).as("adapted once").isEqualTo(copy);
        assertThat(questionnaires.adapt(copy)).as("an own questionnaire is its own copy").isEqualTo(copy);
        QuestionnaireDraft draft = questionnaires.draft(copy);
        assertThat(draft.own()).isTrue();
        assertThat(draft.content().key()).isEqualTo(SHIPPED);
        List<ContentSummary> listed = questionnaires.find(null, null, Pageable.unpaged());
        assertThat(listed).filteredOn(summary -> summary.key().equals(SHIPPED)).extracting(ContentSummary::library)
                .containsExactlyInAnyOrder(true, false);

        SignedIn.as(accounts, authority.admin());
        List<QuestionnaireChoice> choices = questionnaires.forRounds();
        assertThat(choices).filteredOn(choice -> choice.key().equals(SHIPPED)).as("the copy replaces the shipped one")
                .singleElement().satisfies(choice -> {
                    QuestionnaireContent content = questionnaires.version(choice.versionId());
                    assertThat(content.statements().getFirst().text().get("de"))
                            .isEqualTo("Unser Leitbild haben wir im ganzen Amt gemeinsam geschrieben.");
                    assertThat(choice.versionId()).isNotEqualTo(questionnaires.newestShippedVersionId(SHIPPED)
                            .orElseThrow());
                });
        SignedIn.as(accounts, authority.manager());
        assertThat(questionnaires.forRounds()).extracting(QuestionnaireChoice::versionId)
                .containsExactlyElementsOf(choices.stream().map(QuestionnaireChoice::versionId).toList());
    }

    @Test
    void another_authority_neither_sees_nor_changes_the_copy_and_keeps_the_shipped_questionnaire() {
        long copy = publishedCopy();
        SignedIn.as(accounts, authority.admin());
        long copyVersion = questionnaires.forRounds().stream().filter(choice -> choice.key().equals(SHIPPED))
                .findFirst().orElseThrow().versionId();

        SignedIn.as(accounts, other.admin());
        assertThat(questionnaires.forRounds()).filteredOn(choice -> choice.key().equals(SHIPPED)).singleElement()
                .extracting(QuestionnaireChoice::versionId)
                .isEqualTo(questionnaires.newestShippedVersionId(SHIPPED).orElseThrow());
        assertThatThrownBy(() -> questionnaires.version(copyVersion)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> questionnaires.draft(copy)).isInstanceOf(RecordNotFoundException.class);
        SignedIn.as(accounts, other.employee());
        assertThatThrownBy(() -> questionnaires.version(copyVersion)).isInstanceOf(RecordNotFoundException.class);
        assertThat(questionnaires.version(questionnaires.newestShippedVersionId(SHIPPED).orElseThrow()).key())
                .as("the shipped questionnaire is everyone's").isEqualTo(SHIPPED);
        SignedIn.as(accounts, other.trainer());
        assertThatThrownBy(() -> questionnaires.saveDraft(copy, 0, questionnaires.draft(shippedId()).content()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(questionnaires.find(null, null, Pageable.unpaged())).extracting(ContentSummary::id)
                .doesNotContain(copy);
    }

    @Test
    void employees_author_nothing_and_choose_no_questionnaire() {
        SignedIn.as(accounts, authority.employee());

        assertThatThrownBy(() -> questionnaires.forRounds()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questionnaires.find(null, null, Pageable.unpaged()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questionnaires.adapt(1)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(accounts, authority.manager());
        assertThatThrownBy(() -> questionnaires.adapt(1)).as("managers use questionnaires, trainers and admins"
                + " write them").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_shipped_questionnaire_itself_is_not_changed_and_a_stale_save_is_refused() {
        long copy = publishedCopy();
        QuestionnaireDraft shipped = questionnaires.draft(shippedId());
        assertThat(shipped.own()).isFalse();
        assertThatThrownBy(() -> questionnaires.saveDraft(shipped.id(), shipped.version(), shipped.content()))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("assessment.content.error.shipped"));

        QuestionnaireDraft loaded = questionnaires.draft(copy);
        questionnaires.saveDraft(copy, loaded.version(), loaded.content());
        assertThatThrownBy(() -> questionnaires.saveDraft(copy, loaded.version(), loaded.content()))
                .as("a second window saving what it loaded before").isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void publishing_a_broken_draft_names_every_problem_and_keeps_the_published_version() {
        long copy = publishedCopy();
        QuestionnaireDraft draft = questionnaires.draft(copy);
        List<QuestionnaireContent.Statement> statements = new ArrayList<>(draft.content().statements());
        QuestionnaireContent.Statement first = statements.getFirst();
        statements.add(new QuestionnaireContent.Statement(first.key(), Cornerstone.NETWORKING,
                Text.of("Doppelt", "Twice"), List.of("no-such-module"), List.of()));
        statements.removeIf(statement -> statement.cornerstone() == Cornerstone.APPEARANCE);
        long version = questionnaires.saveDraft(copy, draft.version(), withStatements(draft.content(), statements));

        assertThat(questionnaires.check(copy)).extracting(QuestionnaireProblem::messageKey).containsExactlyInAnyOrder(
                "assessment.content.problem.duplicate-key", "assessment.content.problem.unknown-module",
                "assessment.content.problem.empty-cornerstone.APPEARANCE");
        assertThat(questionnaires.publish(copy, version)).hasSize(3);
        QuestionnaireDraft after = questionnaires.draft(copy);
        assertThat(after.publishedVersion()).as("nothing published").isEqualTo(draft.publishedVersion());
        SignedIn.as(accounts, authority.admin());
        assertThat(questionnaires.forRounds()).filteredOn(choice -> choice.key().equals(SHIPPED)).singleElement()
                .satisfies(choice -> assertThat(questionnaires.version(choice.versionId()).statementsOf(
                        Cornerstone.APPEARANCE)).as("rounds still get the published version").isNotEmpty());

        // Put the good draft back, so the other tests of the class find a publishable copy.
        SignedIn.as(accounts, authority.trainer());
        questionnaires.saveDraft(copy, after.version(), draft.content());
    }

    @Test
    void an_archived_copy_is_offered_no_more_and_refuses_changes() {
        SignedIn.as(accounts, authority.trainer());
        long duplicate = questionnaires.duplicate(shippedId());
        QuestionnaireDraft draft = questionnaires.draft(duplicate);
        assertThat(draft.content().key()).as("a duplicate is a second questionnaire").isNotEqualTo(SHIPPED);
        assertThat(questionnaires.publish(duplicate, draft.version())).isEmpty();
        SignedIn.as(accounts, authority.admin());
        assertThat(questionnaires.forRounds()).extracting(QuestionnaireChoice::key).contains(draft.content().key());

        SignedIn.as(accounts, authority.trainer());
        questionnaires.archive(duplicate, questionnaires.draft(duplicate).version());
        QuestionnaireDraft archived = questionnaires.draft(duplicate);
        assertThat(archived.status()).isEqualTo(ContentStatus.ARCHIVED);
        assertThatThrownBy(() -> questionnaires.saveDraft(duplicate, archived.version(), archived.content()))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("assessment.content.error.archived"));
        SignedIn.as(accounts, authority.admin());
        assertThat(questionnaires.forRounds()).extracting(QuestionnaireChoice::key)
                .doesNotContain(draft.content().key());
    }

    @Test
    void an_imported_file_is_all_or_nothing_and_lands_in_the_own_authority_published() {
        SignedIn.as(accounts, authority.admin());
        String exported = new String(questionnaires.exportYaml(shippedId()), StandardCharsets.UTF_8);
        assertThat(exported).startsWith("key: willkommensbehoerde\n");
        String renamed = exported.replace("key: willkommensbehoerde\n", "key: importiert\n");
        int before = questionnaires.find(null, null, Pageable.unpaged()).size();

        List<QuestionnaireProblem> refused = questionnaires.importYaml(renamed.replace("cornerstone: NETWORKING",
                "cornerstone: NETZWERK").getBytes(StandardCharsets.UTF_8));
        assertThat(refused).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.messageKey()).isEqualTo("assessment.content.problem.unknown-cornerstone");
            assertThat(problem.line()).isPositive();
        });
        assertThat(questionnaires.importYaml(renamed.replace("key: ve-verweisen-koennen", "key: ve-verweisliste")
                .getBytes(StandardCharsets.UTF_8))).extracting(QuestionnaireProblem::messageKey)
                .containsExactly("assessment.content.problem.duplicate-key");
        assertThat(questionnaires.importYaml(new byte[Questionnaires.MAX_FILE_BYTES + 1]))
                .extracting(QuestionnaireProblem::messageKey).containsExactly("assessment.content.problem.file-size");
        assertThat(questionnaires.find(null, null, Pageable.unpaged())).as("nothing stored").hasSize(before);

        assertThat(questionnaires.importYaml(renamed.getBytes(StandardCharsets.UTF_8))).isEmpty();
        ContentSummary imported = questionnaires.find("importiert", null, Pageable.unpaged()).stream()
                .filter(summary -> summary.key().equals("importiert")).findFirst().orElseThrow();
        assertThat(imported.editable()).as("the own authority's").isTrue();
        assertThat(imported.status()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(questionnaires.importYaml(renamed.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(questionnaires.draft(imported.id()).publishedVersion()).as("the same key: a new version")
                .isEqualTo(imported.publishedVersion() + 1);

        SignedIn.as(accounts, other.admin());
        assertThat(questionnaires.forRounds()).extracting(QuestionnaireChoice::key).doesNotContain("importiert");
        SignedIn.as(accounts, authority.manager());
        assertThatThrownBy(() -> questionnaires.importYaml(renamed.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
