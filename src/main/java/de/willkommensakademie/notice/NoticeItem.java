package de.willkommensakademie.notice;

import java.time.Instant;
import java.util.List;

/** A notice as shown: translation key and arguments (texts and dates), where it leads, and whether it was read. */
public record NoticeItem(long id, String messageKey, List<Object> arguments, String link, Instant createdAt,
        boolean read) {
}
