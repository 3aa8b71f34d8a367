package de.willkommensakademie.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notices from trusted server-side code (scheduled jobs, event listeners). The dedupe key makes sending
 * idempotent: the same reminder is never stored twice for a person, even after a restart.
 */
@Component
public class NoticeSender {

    /** Notices checked per query: within every database's limit on parameters (two per notice at most). */
    static final int AT_ONCE = 500;

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
        return sendAll(List.of(new OutgoingNotice(authorityId, recipientId, messageKey, arguments, link, dedupeKey)))
                == 1;
    }

    /**
     * Sends each notice whose recipient has none with its dedupe key yet (the first of several in the batch with the
     * same recipient and key), and returns how many were sent. Set-based for the daily jobs: the keys already given
     * are read in slices of {@value #AT_ONCE} notices, not one query per notice, and the new ones are inserted in
     * batches.
     */
    @Transactional
    public int sendAll(Collection<OutgoingNotice> outgoing) {
        Map<Given, OutgoingNotice> wanted = new LinkedHashMap<>();
        outgoing.forEach(notice -> wanted.putIfAbsent(new Given(notice.recipientId(), notice.dedupeKey()), notice));
        List<Given> keys = List.copyOf(wanted.keySet());
        Set<Given> given = new HashSet<>();
        for (int from = 0; from < keys.size(); from += AT_ONCE) {
            List<Given> slice = keys.subList(from, Math.min(keys.size(), from + AT_ONCE));
            // recipients × keys may match pairs outside the slice; only the exact pairs count
            for (Object[] row : notices.findGiven(slice.stream().map(Given::recipientId).distinct().toList(),
                    slice.stream().map(Given::dedupeKey).distinct().toList())) {
                given.add(new Given((Long) row[0], (String) row[1]));
            }
        }
        Instant now = clock.instant();
        List<Notice> fresh = new ArrayList<>();
        wanted.forEach((key, notice) -> {
            if (!given.contains(key)) {
                fresh.add(new Notice(notice.authorityId(), notice.recipientId(), notice.messageKey(),
                        NoticeArguments.write(notice.arguments()), notice.link(), notice.dedupeKey(), now));
            }
        });
        notices.saveAll(fresh);
        return fresh.size();
    }

    /** A recipient's dedupe key: unique in the table (index ux_notice_dedupe). */
    private record Given(long recipientId, String dedupeKey) {
    }
}
