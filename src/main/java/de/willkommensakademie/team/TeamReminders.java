package de.willkommensakademie.team;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.willkommensakademie.audit.AccessKind;
import de.willkommensakademie.audit.AccessLog;
import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditDetails;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.learning.AssignedContent;
import de.willkommensakademie.learning.AssignedKind;
import de.willkommensakademie.learning.ContentTitle;
import de.willkommensakademie.learning.TrainingState;
import de.willkommensakademie.learning.TrainingStatus;
import de.willkommensakademie.learning.TrainingStatuses;
import de.willkommensakademie.notice.NoticeSender;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.StaffMember;
import de.willkommensakademie.people.TeamMember;
import de.willkommensakademie.visibility.VisibilityPreset;
import de.willkommensakademie.visibility.VisibilityPresets;
import de.willkommensakademie.visibility.VisibilityRules;
import de.willkommensakademie.visibility.VisibilityRules.Viewer;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Remind" in the team progress matrix: each chosen person gets a notice for every assigned item that is overdue,
 * expired or due within {@link #DUE_WITHIN_DAYS} days, at most once per person and item in {@link #QUIET_PERIOD}.
 * Only items the preset shows per person can be reminded about; under "totals only" there is nobody to choose.
 * Every reminder is audited and written to the reminded person's access log.
 */
@Service
public class TeamReminders {

    /** How soon an item must be due to be reminded about. */
    public static final int DUE_WITHIN_DAYS = 7;
    /** The same item is reminded at most once in this period. */
    static final Duration QUIET_PERIOD = Duration.ofDays(7);

    /** What happened: who got how many reminders, who was skipped because of the seven-day rule, who had nothing due. */
    public record Outcome(List<String> reminded, int notices, List<String> alreadyReminded, List<String> nothingDue) {
    }

    private final TeamProgress progress;
    private final StaffDirectory staff;
    private final TrainingStatuses statuses;
    private final VisibilityPresets presets;
    private final TeamReminderRepository reminders;
    private final NoticeSender notices;
    private final AuditLog audit;
    private final AccessLog accessLog;
    private final TeamAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    TeamReminders(TeamProgress progress, StaffDirectory staff, TrainingStatuses statuses, VisibilityPresets presets,
            TeamReminderRepository reminders, NoticeSender notices, AuditLog audit, AccessLog accessLog,
            TeamAccess access, CurrentUser currentUser, Clock clock) {
        this.progress = progress;
        this.staff = staff;
        this.statuses = statuses;
        this.presets = presets;
        this.reminders = reminders;
        this.notices = notices;
        this.audit = audit;
        this.accessLog = accessLog;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the preset lets the signed-in person remind anyone (not under "totals only"). */
    @RolesAllowed({Role.Name.MANAGER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public boolean offered() {
        return namesShown(progress.viewer(), presets.of(access.authority()));
    }

    /**
     * Reminds these people of their overdue and soon-due items. People outside the viewer's teams are not found;
     * if anyone chosen has left the authority, nothing is sent and the message names them.
     */
    @RolesAllowed({Role.Name.MANAGER, Role.Name.ADMIN})
    @Transactional
    public Outcome remind(Collection<Long> employeeIds) {
        AppUser me = currentUser.require();
        long authorityId = access.authority();
        Viewer viewer = progress.viewer();
        VisibilityPreset preset = presets.of(authorityId);
        if (!namesShown(viewer, preset)) {
            throw new UserFacingException("progress.remind.error.totals-only");
        }
        if (employeeIds.isEmpty()) {
            throw new UserFacingException("progress.remind.error.none-chosen");
        }
        Map<Long, StaffMember> chosen = new LinkedHashMap<>();
        List<String> left = new ArrayList<>();
        for (long id : new LinkedHashSet<>(employeeIds)) {
            StaffMember member = access.person(id);
            if (!member.active()) {
                left.add(member.fullName());
            }
            chosen.put(id, member);
        }
        if (!left.isEmpty()) {
            throw new UserFacingException("progress.remind.error.left", String.join(", ", left));
        }

        Set<Long> teamIds = new HashSet<>(chosen.values().stream().map(StaffMember::teamId).toList());
        List<TeamMember> members = staff.activeMembers(authorityId, teamIds).stream()
                .filter(member -> chosen.containsKey(member.id())).toList();
        TrainingStatuses.Assigned assigned = statuses.of(authorityId,
                members.stream().map(TeamMember::facts).toList(), progress.expiringDays());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneId.systemDefault());
        Set<String> recent = new HashSet<>();
        for (TeamReminder sent : reminders.findByEmployeeIdInAndSentAtAfter(chosen.keySet(),
                now.minus(QUIET_PERIOD))) {
            recent.add(key(sent.employeeId(), sent.content()));
        }

        Map<Long, List<TrainingStatus>> due = new LinkedHashMap<>();
        chosen.keySet().forEach(id -> due.put(id, new ArrayList<>()));
        for (TrainingStatus status : assigned.statuses()) {
            if (VisibilityRules.perPerson(viewer, VisibilityRules.assignmentStatus(status.mandatory()), preset)
                    && needsReminder(status, today)) {
                due.get(status.employeeId()).add(status);
            }
        }
        List<String> reminded = new ArrayList<>();
        List<String> alreadyReminded = new ArrayList<>();
        List<String> nothingDue = new ArrayList<>();
        List<Long> remindedIds = new ArrayList<>();
        int sentNotices = 0;
        for (var entry : due.entrySet()) {
            StaffMember person = chosen.get(entry.getKey());
            if (entry.getValue().isEmpty()) {
                nothingDue.add(person.fullName());
                continue;
            }
            int sentToPerson = 0;
            for (TrainingStatus status : entry.getValue()) {
                if (recent.contains(key(person.id(), status.content()))) {
                    continue;
                }
                TeamReminder reminder = reminders.save(new TeamReminder(authorityId, person.id(), status.content(),
                        now, me.accountId()));
                send(authorityId, person.id(), status, assigned.titles().get(status.content()), me.displayName(),
                        reminder.id());
                sentToPerson++;
            }
            if (sentToPerson == 0) {
                alreadyReminded.add(person.fullName());
                continue;
            }
            sentNotices += sentToPerson;
            reminded.add(person.fullName());
            remindedIds.add(person.id());
            audit.recordDetailed(AuditAction.TEAM_REMINDER_SENT, person.fullName(),
                    AuditDetails.of("audit.details.team-reminder", sentToPerson));
        }
        accessLog.record(AccessKind.REMINDED, remindedIds, null);
        return new Outcome(reminded, sentNotices, alreadyReminded, nothingDue);
    }

    /** Overdue or expired, or not done and due within the next seven days. */
    static boolean needsReminder(TrainingStatus status, LocalDate today) {
        if (status.state().isLate()) {
            return true;
        }
        return status.state() != TrainingState.DONE && status.state() != TrainingState.EXPIRING
                && status.due() != null && !status.due().isAfter(today.plusDays(DUE_WITHIN_DAYS));
    }

    private void send(long authorityId, long employeeId, TrainingStatus status, ContentTitle title, String sender,
            long reminderId) {
        String kind = switch (status.state()) {
            case OVERDUE -> "overdue";
            case EXPIRED -> "expired";
            default -> "due";
        };
        LocalDate date = status.state() == TrainingState.EXPIRED ? status.since() : status.due();
        String german = title == null ? "" : title.titleDe();
        String english = title == null || title.titleEn() == null || title.titleEn().isBlank() ? german
                : title.titleEn();
        String link = status.content().kind() == AssignedKind.ROLE_PLAY ? "scenarios" : "learning";
        notices.send(authorityId, employeeId, "notice.team-reminder-" + kind, List.of(german, english, date, sender),
                link, "team-reminder-" + reminderId);
    }

    private static boolean namesShown(Viewer viewer, VisibilityPreset preset) {
        return VisibilityRules.perPerson(viewer, VisibilityRules.Record.MANDATORY_TRAINING_STATUS, preset)
                || VisibilityRules.perPerson(viewer, VisibilityRules.Record.RECOMMENDED_TRAINING_STATUS, preset);
    }

    private static String key(long employeeId, AssignedContent content) {
        return employeeId + "/" + content.kind() + "/" + content.id();
    }
}
