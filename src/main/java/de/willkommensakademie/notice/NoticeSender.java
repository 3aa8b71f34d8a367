package de.willkommensakademie.notice;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notices from trusted server-side code (scheduled jobs, event listeners). The dedupe key makes sending
 * idempotent: the same reminder is never stored twice for a person, even after a restart.
 */
@Component
public class NoticeSender {

    private final NoticeRepository notices;
    private final Clock clock;

    NoticeSender(NoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Arguments are texts or {@link java.time.LocalDate}s (shown the reader's way). Returns false when this person
     * already had a notice with this key.
     */
    @Transactional
    public boolean send(long authorityId, long recipientId, String messageKey, List<?> arguments, String link,
            String dedupeKey) {
        if (notices.existsByRecipientIdAndDedupeKey(recipientId, dedupeKey)) {
            return false;
        }
        notices.save(new Notice(authorityId, recipientId, messageKey, NoticeArguments.write(arguments), link,
                dedupeKey, clock.instant()));
        return true;
    }
}
