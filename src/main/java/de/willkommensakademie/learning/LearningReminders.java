package de.willkommensakademie.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.willkommensakademie.base.DailyReminders;
import de.willkommensakademie.notice.NoticeSender;
import de.willkommensakademie.people.EmployeeFacts;
import de.willkommensakademie.people.StaffDirectory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, on one instance of the cluster, and once at start-up: an assigned module (mandatory or recommended)
 * that is not done reminds its learner when it is due within the next days (7 by default), and again when it is
 * overdue, once each. The notices' dedupe keys (module and due date) are what was sent, so a second run sends
 * nothing; the daily e-mail digest carries them to people who want e-mail. A fixed number of queries per authority.
 */
@Component
class LearningReminders implements DailyReminders {

    private static final Logger log = LoggerFactory.getLogger(LearningReminders.class);

    private final AssignmentRepository assignments;
    private final LearningProgressRepository progresses;
    private final LearningModuleRepository modules;
    private final StaffDirectory staff;
    private final NoticeSender notices;
    private final Clock clock;
    private final int daysAhead;

    LearningReminders(AssignmentRepository assignments, LearningProgressRepository progresses,
            LearningModuleRepository modules, StaffDirectory staff, NoticeSender notices, Clock clock,
            @Value("${app.learning.remind-days-ahead:7}") int daysAhead) {
        this.assignments = assignments;
        this.progresses = progresses;
        this.modules = modules;
        this.staff = staff;
        this.notices = notices;
        this.clock = clock;
        this.daysAhead = daysAhead;
    }

    @Override
    @Scheduled(cron = "${app.learning.reminder-cron:0 45 6 * * *}")
    @SchedulerLock(name = "learning-reminders")
    @Transactional
    public void remind() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        Map<Long, List<Assignment>> byAuthority = assignments.findAll().stream()
                .collect(Collectors.groupingBy(Assignment::authorityId));
        int sent = 0;
        for (var authority : byAuthority.entrySet()) {
            sent += remind(authority.getKey(), authority.getValue(), now, today);
        }
        if (sent > 0) {
            log.info("Sent {} training reminders (due within {} days or overdue)", sent, daysAhead);
        }
    }

    private int remind(long authorityId, List<Assignment> all, Instant now, LocalDate today) {
        Set<Long> moduleIds = all.stream().filter(a -> a.contentKind() == AssignedKind.MODULE)
                .map(Assignment::contentId).collect(Collectors.toSet());
        Map<Long, LearningModule> byId = modules.findByIdIn(moduleIds).stream()
                .collect(Collectors.toMap(LearningModule::getId, Function.identity()));
        Map<String, LearningProgress> latest = new HashMap<>();
        for (LearningProgress progress : progresses.findByAuthorityIdAndModuleIdInOrderByStartedAtDesc(authorityId,
                moduleIds)) {
            latest.putIfAbsent(progress.employeeId() + "/" + progress.moduleId(), progress);
        }
        int sent = 0;
        for (EmployeeFacts person : staff.activeFacts(authorityId)) {
            List<Assignment> applying = all.stream()
                    .filter(assignment -> assignment.appliesTo(person.id(), person.teamId(), person.jobRoleId()))
                    .toList();
            for (var entry : Applying.byModule(applying, person.startDate()).entrySet()) {
                LearningModule module = byId.get(entry.getKey());
                LearningProgress progress = latest.get(person.id() + "/" + entry.getKey());
                if (module == null || (progress == null && module.status() != ModuleStatus.PUBLISHED)) {
                    continue;
                }
                Standing standing = Standing.of(entry.getValue(), progress, now, today);
                LocalDate due = standing.due();
                if (standing.group() == LearningItem.Group.DONE || due == null
                        || due.isAfter(today.plusDays(daysAhead))) {
                    continue;
                }
                String kind = due.isBefore(today) ? "learning-overdue" : "learning-due";
                String english = module.titleEn() == null || module.titleEn().isBlank() ? module.titleDe()
                        : module.titleEn();
                boolean added = notices.send(authorityId, person.id(), "notice." + kind,
                        List.of(module.titleDe(), english, due), "learning", kind + "-" + module.getId() + "-" + due);
                sent += added ? 1 : 0;
            }
        }
        return sent;
    }
}
