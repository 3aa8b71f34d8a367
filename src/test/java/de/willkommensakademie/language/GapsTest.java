package de.willkommensakademie.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Gaps against targets: skill or overall level, missing languages, and verified-only counting. */
class GapsTest {

    private static LevelRow level(String language, Cefr overall, Cefr speaking, LevelStatus status) {
        return new LevelRow(1, 0, language, overall, null, null, speaking, null, Evidence.TELC, null, status, false);
    }

    @Test
    void a_skill_target_uses_the_skill_and_falls_back_to_the_overall_level() {
        Target speakingB1 = new Target(1L, "front-office", "en", Skill.SPEAKING, Cefr.B1);
        assertThat(Gaps.of(List.of(speakingB1), List.of(level("en", Cefr.B2, Cefr.A2, LevelStatus.VERIFIED)), false))
                .singleElement().satisfies(gap -> {
                    assertThat(gap.current()).isEqualTo(Cefr.A2);
                    assertThat(gap.met()).isFalse();
                });
        assertThat(Gaps.of(List.of(speakingB1), List.of(level("en", Cefr.B1, null, LevelStatus.VERIFIED)), false))
                .singleElement().satisfies(gap -> assertThat(gap.met()).isTrue());
    }

    @Test
    void an_overall_target_a_missing_language_and_unverified_levels() {
        Target englishB2 = new Target(2L, "team-lead", "en", null, Cefr.B2);
        Target turkishA2 = new Target(3L, "team-lead", "tr", null, Cefr.A2);
        List<LevelRow> levels = List.of(level("en", Cefr.C1, null, LevelStatus.SELF_REPORTED));
        List<Gap> all = Gaps.of(List.of(englishB2, turkishA2), levels, false);
        assertThat(all).extracting(Gap::met).containsExactly(true, false);
        assertThat(all.get(1).current()).isNull();
        assertThat(Gaps.of(List.of(englishB2), levels, true)).singleElement()
                .satisfies(gap -> assertThat(gap.met()).as("self-reported does not count").isFalse());
    }
}
