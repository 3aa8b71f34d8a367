package de.willkommensakademie.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.willkommensakademie.base.DailyReminders;
import de.willkommensakademie.base.content.ContentStatus;
import de.willkommensakademie.notice.NoticeSender;
import de.willkommensakademie.notice.OutgoingNotice;
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
 * Once a day, on one instance of the cluster, and once at start-up: an assigned module or role-play (mandatory or
 * recommended) that is not done reminds its learner when it is due within the next days (7 by default), and again
 * when it is overdue, once each. The notices' dedupe keys (kind, item and due date) are what was sent, so a second run
 * sends nothing; the daily e-mail digest carries them to people who want e-mail. A fixed number of queries per
 * authority.
 */
@Component
class LearningReminders implements DailyReminders {

    private static final Logger log = LoggerFactory.getLogger(LearningReminders.class);

    private final AssignmentRepository assignments;
    private final AssignableContent assignableModules;
    private final LearningModuleRepository modules;
    private final StaffDirectory staff;
    private final NoticeSender notices;
    private final AssignableContent rolePlays;
    private final Clock clock;
    private final int daysAhead;

    LearningReminders(AssignmentRepository assignments, LearningModuleRepository modules, StaffDirectory staff,
            NoticeSender notices, List<AssignableContent> kinds, Clock clock, @Value("${app.learning.remind-days-ahead:7}") int daysAhead) {
        this.assignments = assignments;
        this.assignableModules = kinds.stream().filter(kind -> kind.kind() == AssignedKind.MODULE).findFirst().orElseThrow();
        this.modules = modules;
        this.staff = staff;
        this.notices = notices;
        this.rolePlays = kinds.stream().filter(kind -> kind.kind() == AssignedKind.ROLE_PLAY).findFirst()
                .orElse(null);
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
        Set<Long> moduleIds = idsOf(all, AssignedKind.MODULE);
        Map<Long, LearningModule> byId = modules.findByIdIn(moduleIds).stream()
                .collect(Collectors.toMap(LearningModule::getId, Function.identity()));
        // only progress in assigned modules counts: read just that, not everything anyone of the authority started
        Map<String, ProgressFact> latest = new HashMap<>();
        if (!moduleIds.isEmpty()) {
            assignableModules.assignedProgress(authorityId)
                    .forEach(fact -> latest.put(fact.employeeId() + "/" + fact.contentId(), fact));
        }
        List<EmployeeFacts> people = staff.activeFacts(authorityId);
        Set<Long> rolePlayIds = idsOf(all, AssignedKind.ROLE_PLAY);
        Map<Long, ContentTitle> rolePlayTitles = Map.of();
        Map<String, ProgressFact> rolePlayFacts = new HashMap<>();
        if (!rolePlayIds.isEmpty() && rolePlays != null) {
            rolePlayTitles = rolePlays.titles(rolePlayIds);
            rolePlays.assignedProgress(authorityId)
                    .forEach(fact -> rolePlayFacts.put(fact.employeeId() + "/" + fact.contentId(), fact));
        }
        List<OutgoingNotice> outgoing = new ArrayList<>();
        for (EmployeeFacts person : people) {
            List<Assignment> applying = all.stream()
                    .filter(assignment -> assignment.appliesTo(person.id(), person.teamId(), person.jobRoleId()))
                    .toList();
            for (var entry : Applying.byContent(applying, person.startDate()).entrySet()) {
                long id = entry.getKey().id();
                String key = person.id() + "/" + id;
                if (entry.getKey().kind() == AssignedKind.MODULE) {
                    LearningModule module = byId.get(id);
                    ProgressFact progress = latest.get(key);
                    if (module == null || (progress == null && module.status() != ContentStatus.PUBLISHED)) {
                        continue;
                    }
                    reminder(authorityId, person.id(), Standing.of(entry.getValue(), progress, now, today), today,
                            new ContentTitle(module.titleDe(), module.titleEn(), true), "learning", "learning-", id)
                            .ifPresent(outgoing::add);
                } else if (entry.getKey().kind() == AssignedKind.ROLE_PLAY) {
                    ContentTitle title = rolePlayTitles.get(id);
                    ProgressFact fact = rolePlayFacts.get(key);
                    if (title == null || (fact == null && !title.published())) {
                        continue;
                    }
                    reminder(authorityId, person.id(), Standing.of(entry.getValue(), fact, now, today), today, title,
                            "scenarios?play=" + id, "role-play-", id).ifPresent(outgoing::add);
                }
            }
        }
        return notices.sendAll(outgoing);
    }

    /**
     * One notice when due within the window and one when overdue, each once: the dedupe key names the kind of content
     * ("learning-" for modules, "role-play-" for role-plays, so equal ids never collide), the item and the due day.
     */
    private Optional<OutgoingNotice> reminder(long authorityId, long employeeId, Standing standing, LocalDate today,
            ContentTitle title, String link, String prefix, long contentId) {
        LocalDate due = standing.due();
        if (standing.group() == LearningItem.Group.DONE || due == null || due.isAfter(today.plusDays(daysAhead))) {
            return Optional.empty();
        }
        String kind = prefix + (due.isBefore(today) ? "overdue" : "due");
        return Optional.of(new OutgoingNotice(authorityId, employeeId, "notice." + kind,
                List.of(title.title(Locale.GERMAN), title.title(Locale.ENGLISH), due), link,
                kind + "-" + contentId + "-" + due));
    }

    private static Set<Long> idsOf(List<Assignment> assignments, AssignedKind kind) {
        return assignments.stream().filter(a -> a.contentKind() == kind).map(Assignment::contentId)
                .collect(Collectors.toSet());
    }
}
