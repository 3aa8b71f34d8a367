package de.willkommensakademie.notice;

import java.util.List;

/**
 * One notice a job wants to send: to whom, the message key and its arguments (texts or {@link java.time.LocalDate}s),
 * the link and the dedupe key that makes sending it twice harmless. See {@link NoticeSender#sendAll}.
 */
public record OutgoingNotice(long authorityId, long recipientId, String messageKey, List<?> arguments, String link,
        String dedupeKey) {

    public OutgoingNotice {
        arguments = List.copyOf(arguments);
    }
}
