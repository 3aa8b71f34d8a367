package de.willkommensakademie.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.willkommensakademie.base.DailyReminders;
import de.willkommensakademie.notice.NoticeSender;
import de.willkommensakademie.notice.OutgoingNotice;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.StaffMember;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, on one instance of the cluster: open items due within the next days (2 by default) remind whoever is
 * responsible, and overdue items remind them again, once each. Notice dedupe keys make a restart or a second run
 * harmless; it also runs once at start-up ({@link DailyReminders}). The daily e-mail digest carries them to people
 * who want e-mail.
 */
@Component
class OnboardingReminders implements DailyReminders {

    private final ChecklistItemRepository items;
    private final ChecklistRepository checklists;
    private final StaffDirectory staff;
    private final NoticeSender notices;
    private final Clock clock;
    private final int daysAhead;

    OnboardingReminders(ChecklistItemRepository items, ChecklistRepository checklists, StaffDirectory staff,
            NoticeSender notices, Clock clock, @Value("${app.onboarding.remind-days-ahead:2}") int daysAhead) {
        this.items = items;
        this.checklists = checklists;
        this.staff = staff;
        this.notices = notices;
        this.clock = clock;
        this.daysAhead = daysAhead;
    }

    @Override
    @Scheduled(cron = "${app.onboarding.reminder-cron:0 30 6 * * *}")
    @SchedulerLock(name = "onboarding-reminders")
    @Transactional
    public void remind() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        List<ChecklistItem> due = items.findOpenDueBy(today.plusDays(daysAhead));
        // set-based: every checklist and person of the run at once, not one lookup per item
        Map<Long, Checklist> byId = new HashMap<>();
        checklists.findAllById(due.stream().map(ChecklistItem::checklistId).collect(Collectors.toSet()))
                .forEach(checklist -> byId.put(checklist.getId(), checklist));
        Map<Long, StaffMember> employees = staff
                .members(byId.values().stream().map(Checklist::employeeId).collect(Collectors.toSet()));
        Map<Long, List<Long>> administrators = new HashMap<>();
        List<OutgoingNotice> outgoing = new ArrayList<>();
        for (ChecklistItem item : due) {
            Checklist checklist = byId.get(item.checklistId());
            StaffMember employee = employees.get(checklist.employeeId());
            if (employee == null || !employee.active()) {
                continue;
            }
            boolean overdue = item.dueDate().isBefore(today);
            String key = overdue ? "notice.onboarding-overdue" : "notice.onboarding-due";
            for (long recipient : recipients(item, checklist, employee, administrators)) {
                outgoing.add(new OutgoingNotice(checklist.authorityId(), recipient, key,
                        List.of(item.title("de"), item.title("en"), item.dueDate(), employee.fullName()),
                        recipient == employee.id() ? "onboarding" : "onboarding/tasks",
                        (overdue ? "onboarding-overdue-" : "onboarding-due-") + item.getId()));
            }
        }
        notices.sendAll(outgoing);
    }

    private Set<Long> recipients(ChecklistItem item, Checklist checklist, StaffMember employee,
            Map<Long, List<Long>> administrators) {
        Set<Long> people = new LinkedHashSet<>();
        switch (item.responsible()) {
            case EMPLOYEE -> people.add(employee.id());
            case BUDDY -> {
                if (checklist.buddyId() != null) {
                    people.add(checklist.buddyId());
                } else {
                    people.addAll(employee.managerIds());
                }
            }
            case MANAGER -> people.addAll(employee.managerIds());
            case IT -> people.addAll(administrators.computeIfAbsent(checklist.authorityId(), staff::administrators));
        }
        return people;
    }
}
