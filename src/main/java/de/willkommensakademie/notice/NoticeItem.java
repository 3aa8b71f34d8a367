package de.willkommensakademie.notice;

import java.time.Instant;
import java.util.List;

/** A notice as shown: translation key and arguments, where it leads, and whether it was read. */
public record NoticeItem(long id, String messageKey, List<String> arguments, String link, Instant createdAt,
        boolean read) {
}
