package de.willkommensakademie.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.base.DailyReminders;
import de.willkommensakademie.notice.NoticeSender;
import de.willkommensakademie.notice.OutgoingNotice;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.StaffMember;
import de.willkommensakademie.visibility.PeopleCount;
import de.willkommensakademie.visibility.VisibilityPresets;
import de.willkommensakademie.visibility.VisibilityRules;
import de.willkommensakademie.visibility.VisibilityRules.Record;
import de.willkommensakademie.visibility.VisibilityRules.Sight;
import de.willkommensakademie.visibility.VisibilityRules.Viewer;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day: certificates that end within the next days (30 by default) remind their holder and the holder's
 * managers, once. Managers are told whose certificate it is only where the authority's preset shows certificates per
 * person; under a counts-only preset they get one notice per title with how many, fewer than five hidden. The reminder mark on the certificate and the notices' dedupe keys keep it to one reminder even
 * when the job runs again after a restart; it also runs once at start-up ({@link DailyReminders}). The module itself
 * becomes due again through its validity. The register marks the same window as "expiring soon".
 */
@Component
class CertificateReminders implements DailyReminders {

    private static final Logger log = LoggerFactory.getLogger(CertificateReminders.class);
    private static final int MARK_AT_ONCE = 1_000;

    private final CertificateRepository certificates;
    private final StaffDirectory staff;
    private final NoticeSender notices;
    private final Clock clock;
    private final ReminderWindow window;
    private final VisibilityPresets presets;

    CertificateReminders(CertificateRepository certificates, StaffDirectory staff, NoticeSender notices, Clock clock,
            ReminderWindow window, VisibilityPresets presets) {
        this.presets = presets;
        this.certificates = certificates;
        this.staff = staff;
        this.notices = notices;
        this.clock = clock;
        this.window = window;
    }

    @Override
    @Scheduled(cron = "${app.certificates.reminder-cron:0 15 6 * * *}")
    @SchedulerLock(name = "certificate-reminders")
    @Transactional
    public void remind() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        List<ExpiringCertificate> due = certificates.findDueForReminder(today, window.lastDay(today));
        Map<Long, Sight> managerSight = new HashMap<>();
        Map<TeamGroup, List<ExpiringCertificate>> counted = new LinkedHashMap<>();
        // every holder at once (name, authority, team's managers), not one lookup per certificate
        Map<Long, StaffMember> holders = staff.members(due.stream().map(ExpiringCertificate::employeeId).toList());
        List<OutgoingNotice> outgoing = new ArrayList<>();
        for (ExpiringCertificate certificate : due) {
            StaffMember holder = holders.get(certificate.employeeId());
            if (holder == null || !holder.active()) {
                continue;
            }
            outgoing.add(new OutgoingNotice(holder.authorityId(), holder.id(), "notice.certificate-expiring",
                    List.of(certificate.titleDe(), certificate.titleEn(), certificate.validUntil(),
                            holder.fullName()),
                    "certificates", "certificate-expiring-" + certificate.certificateId()));
            Sight sight = managerSight.computeIfAbsent(holder.authorityId(), authority -> VisibilityRules
                    .sight(Viewer.MANAGER, Record.CERTIFICATES, presets.of(authority)));
            for (long manager : new LinkedHashSet<>(holder.managerIds())) {
                if (manager == holder.id()) {
                    continue;
                }
                if (sight == Sight.PER_PERSON) {
                    outgoing.add(new OutgoingNotice(holder.authorityId(), manager, "notice.certificate-expiring-team",
                            List.of(certificate.titleDe(), certificate.titleEn(), certificate.validUntil(),
                                    holder.fullName()),
                            "certificates", "certificate-expiring-" + certificate.certificateId()));
                } else if (sight == Sight.COUNTS_ONLY) {
                    counted.computeIfAbsent(new TeamGroup(holder.authorityId(), manager, certificate.titleDe(),
                            certificate.titleEn()), group -> new ArrayList<>()).add(certificate);
                }
            }
        }
        // also those of people who left: they are not reminded later either; in slices, for the databases' limits
        List<Long> ids = due.stream().map(ExpiringCertificate::certificateId).toList();
        for (int from = 0; from < ids.size(); from += MARK_AT_ONCE) {
            certificates.markReminded(ids.subList(from, Math.min(ids.size(), from + MARK_AT_ONCE)), clock.instant());
        }
        counted.forEach((group, expiring) -> outgoing.add(withoutNames(group, expiring)));
        notices.sendAll(outgoing);
        if (!due.isEmpty()) {
            log.info("Reminded of {} certificates that expire within {} days", due.size(), window.daysBefore());
        }
    }
    /**
     * Where the preset shows managers certificates only as counts, a manager hears how many of a title run out in
     * their teams, never whose, never the date (which could tell who); fewer than five shows as such.
     */
    private OutgoingNotice withoutNames(TeamGroup group, List<ExpiringCertificate> expiring) {
        long holders = expiring.stream().map(ExpiringCertificate::employeeId).distinct().count();
        PeopleCount count = PeopleCount.of(Sight.COUNTS_ONLY, holders);
        String key = count.fewerThanMin() ? "notice.certificates-expiring-team-few"
                : "notice.certificates-expiring-team-count";
        String number = String.valueOf(count.fewerThanMin() ? VisibilityRules.MIN_GROUP : count.value());
        long first = expiring.stream().mapToLong(ExpiringCertificate::certificateId).min().orElseThrow();
        return new OutgoingNotice(group.authorityId(), group.managerId(), key,
                List.of(group.titleDe(), group.titleEn(), number, String.valueOf(window.daysBefore())),
                "team/progress", "certificates-expiring-team-" + first);
    }

    /** The manager notices of one run that name no holder: per manager and certificate title. */
    private record TeamGroup(long authorityId, long managerId, String titleDe, String titleEn) {
    }
}
