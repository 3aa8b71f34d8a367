package de.willkommensakademie.language;

import java.util.List;

/**
 * Compares levels with targets: a target for a skill is met by that skill's level, or by the overall level when the
 * skill was not given; a target without a skill by the overall level. Only verified levels count when asked to.
 */
final class Gaps {

    private Gaps() {
    }

    static List<Gap> of(List<Target> targets, List<LevelRow> levels, boolean verifiedOnly) {
        return targets.stream().map(target -> {
            Cefr current = levels.stream()
                    .filter(level -> level.language().equals(target.language()))
                    .filter(level -> !verifiedOnly || level.status() == LevelStatus.VERIFIED)
                    .map(level -> levelFor(level, target.skill())).findFirst().orElse(null);
            return new Gap(target, current, current != null && current.atLeast(target.level()));
        }).toList();
    }

    static Cefr levelFor(LevelRow level, Skill skill) {
        if (skill == null) {
            return level.overall();
        }
        Cefr specific = switch (skill) {
            case LISTENING -> level.listening();
            case READING -> level.reading();
            case SPEAKING -> level.speaking();
            case WRITING -> level.writing();
        };
        return specific == null ? level.overall() : specific;
    }
}
