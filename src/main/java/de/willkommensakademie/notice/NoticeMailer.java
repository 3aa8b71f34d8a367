package de.willkommensakademie.notice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.base.mail.OutgoingMail;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.StaffMember;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, when SMTP is configured: one e-mail per person with all notices not mailed yet, in their language.
 * Notices stay in the app either way; a mailed notice is marked, so a restart never sends it again.
 */
@Component
class NoticeMailer {

    private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);

    private final NoticeRepository notices;
    private final OutgoingMail mail;
    private final StaffDirectory staff;
    private final Translations translations;
    private final Clock clock;
    private final String from;
    private final String publicUrl;

    NoticeMailer(NoticeRepository notices, OutgoingMail mail, StaffDirectory staff,
            Translations translations, Clock clock, @Value("${app.mail.from:willkommensakademie@localhost}") String from,
            @Value("${app.public-url:http://localhost:8080}") String publicUrl) {
        this.notices = notices;
        this.mail = mail;
        this.staff = staff;
        this.translations = translations;
        this.clock = clock;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    @Scheduled(cron = "${app.notices.digest-cron:0 0 7 * * *}")
    @SchedulerLock(name = "notice-digest")
    @Transactional
    public void sendDigests() {
        JavaMailSender sender = mail.sender().orElse(null);
        if (sender == null) {
            return;
        }
        Map<Long, List<Notice>> byRecipient = new LinkedHashMap<>();
        notices.findByMailedAtIsNullOrderByRecipientIdAscCreatedAtAsc()
                .forEach(notice -> byRecipient.computeIfAbsent(notice.recipientId(), id -> new ArrayList<>())
                        .add(notice));
        int sent = 0;
        for (var entry : byRecipient.entrySet()) {
            StaffMember recipient = staff.member(entry.getKey()).orElse(null);
            if (recipient == null || !recipient.active() || recipient.email() == null || recipient.email().isBlank()
                    || !recipient.emailDigest()) {
                entry.getValue().forEach(notice -> notice.markMailed(clock.instant()));
                continue;
            }
            try {
                sender.send(digest(recipient, entry.getValue()));
                entry.getValue().forEach(notice -> notice.markMailed(clock.instant()));
                sent++;
            } catch (MailException failed) {
                log.warn("Digest to employee {} not sent; it is tried again with the next run", recipient.id(), failed);
            }
        }
        if (sent > 0) {
            log.info("Sent {} notice digests", sent);
        }
    }

    private SimpleMailMessage digest(StaffMember recipient, List<Notice> pending) {
        Locale locale = Translations.fromCode(recipient.language());
        StringBuilder body = new StringBuilder(translations.getTranslation("notice.mail.greeting", locale,
                recipient.fullName())).append("\n\n");
        for (Notice notice : pending) {
            Object[] arguments = NoticeArguments.read(notice.arguments()).toArray();
            body.append("- ").append(translations.getTranslation(notice.messageKey(), locale, arguments))
                    .append('\n');
        }
        body.append('\n').append(translations.getTranslation("notice.mail.link", locale, publicUrl + "/notices"))
                .append("\n\n").append(translations.getTranslation("notice.mail.unsubscribe", locale));
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(recipient.email());
        message.setSubject(translations.getTranslation("notice.mail.subject", locale, pending.size()));
        message.setText(body.toString());
        return message;
    }
}
