package de.willkommensakademie.base.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import de.willkommensakademie.base.DomainException;
import de.willkommensakademie.base.Text;
import org.junit.jupiter.api.Test;

/** The kernel's transitions, without Spring: every content type (modules, role-plays, templates) inherits them. */
class AuthoredContentTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final long OWN = 7;

    record Document(String key, Text title) implements ContentDocument<Document> {
        @Override
        public Document withKey(String newKey) {
            return new Document(newKey, title);
        }
    }

    static final class Questionnaire extends AuthoredContent<Document> {

        String described;

        Questionnaire(Long authorityId, Document content) {
            super(content.key(), authorityId);
            saveDraft(content, "{}", NOW);
        }

        @Override
        protected String messagePrefix() {
            return "questionnaire";
        }

        @Override
        protected void describe(Document content) {
            described = content.key();
        }
    }

    @Test
    void new_content_is_a_draft_with_its_titles_clipped_and_unpublished() {
        Questionnaire draft = new Questionnaire(OWN, new Document("q", Text.of("x".repeat(250), "Self-check")));
        assertThat(draft.status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(draft.titleDe()).hasSize(AuthoredContent.TITLE_LENGTH);
        assertThat(draft.titleEn()).isEqualTo("Self-check");
        assertThat(draft.publishedVersion()).isZero();
        assertThat(draft.described).as("the type's own fields are copied from each draft").isEqualTo("q");
    }

    @Test
    void publishing_numbers_versions_and_keeps_the_draft_editable() {
        Questionnaire content = new Questionnaire(OWN, new Document("q", Text.of("Selbstcheck", null)));
        assertThat(content.publish(NOW)).isEqualTo(1);
        content.saveDraft(new Document("q", Text.of("Selbstcheck 2", null)), "{\"v\":2}", NOW.plusSeconds(60));
        assertThat(content.publish(NOW.plusSeconds(60))).isEqualTo(2);
        assertThat(content.isPublished()).isTrue();
        assertThat(content.draft()).isEqualTo("{\"v\":2}");
        assertThat(content.updatedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void archived_content_refuses_every_change_with_the_types_translated_message() {
        Questionnaire content = new Questionnaire(OWN, new Document("q", Text.of("Selbstcheck", null)));
        content.publish(NOW);
        content.archive(NOW);
        Document next = new Document("q", Text.of("Neu", null));
        for (Runnable change : new Runnable[] {() -> content.saveDraft(next, "{}", NOW), () -> content.publish(NOW),
                () -> content.archive(NOW), () -> content.share(true), () -> content.requireEditableBy(OWN)}) {
            assertThatThrownBy(change::run).isInstanceOf(DomainException.class)
                    .extracting(refused -> ((DomainException) refused).messageKey())
                    .isEqualTo("questionnaire.error.archived");
        }
        assertThat(content.status()).isEqualTo(ContentStatus.ARCHIVED);
        assertThat(content.titleDe()).isEqualTo("Selbstcheck");
        assertThat(content.publishedVersion()).isEqualTo(1);
    }

    @Test
    void only_the_owning_authority_may_change_content_and_the_shipped_library_belongs_to_nobody() {
        Questionnaire own = new Questionnaire(OWN, new Document("q", Text.of("Selbstcheck", null)));
        Questionnaire shipped = new Questionnaire(null, new Document("s", Text.of("Mitgeliefert", null)));
        own.requireEditableBy(OWN);
        assertThatThrownBy(() -> own.requireEditableBy(8)).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("questionnaire.error.not-own");
        assertThatThrownBy(() -> shipped.requireEditableBy(OWN)).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("questionnaire.error.not-own");
    }

    @Test
    void others_see_shipped_content_and_shared_content_only_while_published() {
        Questionnaire shipped = new Questionnaire(null, new Document("s", Text.of("Mitgeliefert", null)));
        Questionnaire content = new Questionnaire(OWN, new Document("q", Text.of("Selbstcheck", null)));
        assertThat(shipped.isVisibleTo(8)).isTrue();
        assertThat(content.isVisibleTo(OWN)).isTrue();
        content.share(true);
        assertThat(content.isVisibleTo(8)).as("a shared draft").isFalse();
        content.publish(NOW);
        assertThat(content.isVisibleTo(8)).as("shared and published").isTrue();
        content.archive(NOW);
        assertThat(content.isVisibleTo(8)).as("archived").isFalse();
        assertThat(content.isVisibleTo(OWN)).isTrue();
    }
}
