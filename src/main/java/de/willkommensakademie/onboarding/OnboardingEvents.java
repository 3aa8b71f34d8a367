package de.willkommensakademie.onboarding;

import java.time.Clock;

import de.willkommensakademie.learning.ModuleCompleted;
import de.willkommensakademie.people.EmployeeJoined;
import de.willkommensakademie.scenario.ScenarioCompleted;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts a checklist when someone joins with a job role and a start date, and ticks linked items when a module or
 * role-play is completed. Each runs after the other feature's transaction has committed, in its own.
 */
@Component
class OnboardingEvents {

    private final ChecklistFactory factory;
    private final ChecklistRepository checklists;
    private final ChecklistItemRepository items;
    private final Clock clock;

    OnboardingEvents(ChecklistFactory factory, ChecklistRepository checklists, ChecklistItemRepository items,
            Clock clock) {
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
        checklists.findByEmployeeId(employeeId).ifPresent(checklist -> items
                .findOpenLinked(checklist.getId(), moduleKey, scenarioKey)
                .forEach(item -> item.done(null, null, clock.instant())));
    }
}
