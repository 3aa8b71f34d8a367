package de.willkommensakademie.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import de.willkommensakademie.base.DomainException;
import org.junit.jupiter.api.Test;

/** Verifying a language level, guarded by the level itself: no Spring, no database. */
class LanguageLevelTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static LevelForm english(Cefr overall) {
        return new LevelForm("en", overall, null, null, null, null, Evidence.TELC, LocalDate.of(2025, 6, 1));
    }

    private static LanguageLevel selfReported() {
        return new LanguageLevel(1L, 2L, english(Cefr.B1), NOW);
    }

    @Test
    void a_self_reported_level_is_verified_by_a_manager() {
        LanguageLevel level = selfReported();
        assertThat(level.status()).isEqualTo(LevelStatus.SELF_REPORTED);

        level.verify(7L, NOW.plusSeconds(60));

        assertThat(level.status()).isEqualTo(LevelStatus.VERIFIED);
    }

    @Test
    void a_verified_level_is_not_verified_a_second_time() {
        LanguageLevel level = selfReported();
        level.verify(7L, NOW);

        assertThatThrownBy(() -> level.verify(8L, NOW.plusSeconds(60))).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("language.level.error.verified"));
        assertThat(level.status()).isEqualTo(LevelStatus.VERIFIED);
    }

    @Test
    void a_changed_level_or_new_evidence_needs_verifying_again_and_can_be() {
        LanguageLevel level = selfReported();
        level.verify(7L, NOW);
        level.change(english(Cefr.B2), NOW.plusSeconds(60));
        assertThat(level.status()).isEqualTo(LevelStatus.SELF_REPORTED);
        level.verify(7L, NOW.plusSeconds(120));
        assertThat(level.status()).isEqualTo(LevelStatus.VERIFIED);

        level.attach("application/pdf", NOW.plusSeconds(180));
        assertThat(level.status()).isEqualTo(LevelStatus.SELF_REPORTED);
        level.verify(7L, NOW.plusSeconds(240));
        assertThat(level.status()).isEqualTo(LevelStatus.VERIFIED);
    }
}
