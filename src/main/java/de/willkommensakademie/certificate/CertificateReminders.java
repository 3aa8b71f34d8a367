package de.willkommensakademie.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import de.willkommensakademie.base.DailyReminders;
import de.willkommensakademie.notice.NoticeSender;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.StaffMember;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day: certificates that end within the next days (30 by default) remind their holder and the holder's
 * managers, once. The reminder mark on the certificate and the notices' dedupe keys keep it to one reminder even
 * when the job runs again after a restart; it also runs once at start-up ({@link DailyReminders}). The module itself
 * becomes due again through its validity. The register marks the same window as "expiring soon".
 */
@Component
class CertificateReminders implements DailyReminders {

    private static final Logger log = LoggerFactory.getLogger(CertificateReminders.class);

    private final CertificateRepository certificates;
    private final StaffDirectory staff;
    private final NoticeSender notices;
    private final Clock clock;
    private final ReminderWindow window;

    CertificateReminders(CertificateRepository certificates, StaffDirectory staff, NoticeSender notices, Clock clock,
            ReminderWindow window) {
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
        List<Certificate> due = certificates.findDueForReminder(today, window.lastDay(today));
        for (Certificate certificate : due) {
            StaffMember holder = staff.member(certificate.employeeId()).orElse(null);
            if (holder == null || !holder.active()) {
                certificate.reminded(clock.instant());
                continue;
            }
            Set<Long> recipients = new LinkedHashSet<>(List.of(holder.id()));
            recipients.addAll(holder.managerIds());
            for (long recipient : recipients) {
                boolean own = recipient == holder.id();
                notices.send(holder.authorityId(), recipient,
                        own ? "notice.certificate-expiring" : "notice.certificate-expiring-team",
                        List.of(certificate.title("de"), certificate.title("en"), certificate.validUntil(),
                                holder.fullName()),
                        "certificates", "certificate-expiring-" + certificate.getId());
            }
            certificate.reminded(clock.instant());
        }
        if (!due.isEmpty()) {
            log.info("Reminded of {} certificates that expire within {} days", due.size(), window.daysBefore());
        }
    }
}
