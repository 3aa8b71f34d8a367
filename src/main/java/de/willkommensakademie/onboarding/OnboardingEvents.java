package de.willkommensakademie.onboarding;

import java.time.Clock;
import java.time.Instant;

import de.willkommensakademie.learning.ModuleCompleted;
import de.willkommensakademie.people.EmployeeJoined;
import de.willkommensakademie.people.EmployeesJoined;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.scenario.ScenarioCompleted;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts a checklist when someone joins with a job role and a start date, and ticks linked items when a module or
 * role-play is completed (an item that needs sign-off then waits, and its confirmers are told). Each runs after the
 * other feature's transaction has committed, in its own.
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

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(EmployeeJoined joined) {
        factory.create(joined.authorityId(), joined.employeeId(), joined.jobRoleCode(), joined.startDate());
    }

    /** A CSV import: all checklists in one transaction, each template read once. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(EmployeesJoined joined) {
        factory.createAll(joined.people());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ModuleCompleted completed) {
        tick(completed.employeeId(), completed.moduleKey(), null);
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ScenarioCompleted completed) {
        tick(completed.employeeId(), null, completed.scenarioKey());
    }

    private void tick(long employeeId, String moduleKey, String scenarioKey) {
        checklists.findByEmployeeId(employeeId).ifPresent(checklist -> {
            Instant now = clock.instant();
            for (ChecklistItem item : items.findOpenLinked(checklist.getId(), moduleKey, scenarioKey)) {
                item.done(null, null, now);
                if (item.waiting()) {
                    staff.member(employeeId).ifPresent(employee -> notices.waiting(item, checklist, employee, now));
                }
            }
        });
    }
}
