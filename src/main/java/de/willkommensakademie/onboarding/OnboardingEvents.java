package de.willkommensakademie.onboarding;

import java.time.Clock;
import java.time.Instant;

import de.willkommensakademie.base.events.RecordEventListener;
import de.willkommensakademie.learning.ModuleCompleted;
import de.willkommensakademie.people.EmployeeJoined;
import de.willkommensakademie.people.EmployeesJoined;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.scenario.ScenarioCompleted;
import org.springframework.stereotype.Component;

/**
 * Starts a checklist when someone joins with a job role and a start date, and ticks linked items when a module or
 * role-play is completed (an item that needs sign-off then waits, and its confirmers are told). Each runs after the
 * other feature's transaction has committed, in its own, and is run again by the event registry when it failed (see
 * {@link RecordEventListener}); so each is idempotent: a person with a checklist gets no second one (the factory
 * checks, the unique index on the employee refuses a concurrent one) and only open items are ticked.
 */
@Component
class OnboardingEvents {

    private final ChecklistFactory factory;
    private final ChecklistRepository checklists;
    private final ChecklistItemRepository items;
    private final StaffDirectory staff;
    private final SignOffNotices notices;
    private final Clock clock;

    OnboardingEvents(ChecklistFactory factory, ChecklistRepository checklists, ChecklistItemRepository items,
            StaffDirectory staff, SignOffNotices notices, Clock clock) {
        this.staff = staff;
        this.notices = notices;
        this.factory = factory;
        this.checklists = checklists;
        this.items = items;
        this.clock = clock;
    }

    @RecordEventListener(id = "onboarding.employee-joined")
    void on(EmployeeJoined joined) {
        factory.create(joined.authorityId(), joined.employeeId(), joined.jobRoleCode(), joined.startDate());
    }

    /** A CSV import: all checklists in one transaction, each template read once. */
    @RecordEventListener(id = "onboarding.employees-joined")
    void on(EmployeesJoined joined) {
        factory.createAll(joined.people());
    }

    @RecordEventListener(id = "onboarding.module-completed")
    void on(ModuleCompleted completed) {
        tick(completed.employeeId(), completed.moduleKey(), null, completed.completedAt());
    }

    @RecordEventListener(id = "onboarding.scenario-completed")
    void on(ScenarioCompleted completed) {
        tick(completed.employeeId(), null, completed.scenarioKey(), completed.completedAt());
    }

    /**
     * Only open items are ticked, so a retried event ticks nothing twice; an item counts as done when the module or
     * role-play was completed, not when a retry got to it.
     */
    private void tick(long employeeId, String moduleKey, String scenarioKey, Instant completedAt) {
        checklists.findByEmployeeId(employeeId).ifPresent(checklist -> {
            Instant now = clock.instant();
            for (ChecklistItem item : items.findOpenLinked(checklist.getId(), moduleKey, scenarioKey)) {
                item.done(null, null, completedAt == null ? now : completedAt);
                if (item.waiting()) {
                    staff.member(employeeId).ifPresent(employee -> notices.waiting(item, checklist, employee, now));
                }
            }
        });
    }
}
