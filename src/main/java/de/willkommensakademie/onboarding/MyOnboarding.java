package de.willkommensakademie.onboarding;

import java.time.LocalDate;
import java.util.List;

/** The new employee's own checklist: their items and what others do for them, with progress. */
public record MyOnboarding(long checklistId, String title, LocalDate startDate, String buddy, List<String> managers,
        List<OnboardingItem> items) {

    public long finished() {
        return items.stream().filter(OnboardingItem::finished).count();
    }
}
