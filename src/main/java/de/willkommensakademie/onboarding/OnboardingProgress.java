package de.willkommensakademie.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checklist progress of many people in one query, for team views and digests. Trusted server-side code: the caller
 * has decided that its user may see these people (an architecture test keeps views away from it).
 */
@Component
public class OnboardingProgress {

    private final ChecklistItemRepository items;
    private final Clock clock;

    OnboardingProgress(ChecklistItemRepository items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    /** Progress per person who has a checklist; people without one are absent. */
    @Transactional(readOnly = true)
    public Map<Long, ChecklistProgress> of(long authorityId, Collection<Long> employeeIds) {
        if (employeeIds.isEmpty()) {
            return Map.of();
        }
        return items.countProgress(authorityId, employeeIds, LocalDate.now(clock)).stream()
                .collect(Collectors.toMap(ChecklistProgress::employeeId, progress -> progress));
    }
}
