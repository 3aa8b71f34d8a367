package de.willkommensakademie.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * What an audit entry says beyond action and target, as a message key ({@code audit.details.*}) with typed arguments,
 * so that it is written in the reader's language when shown: numbers and dates the local way, role names and the
 * like translated. Arguments are texts, whole numbers, {@link LocalDate}s, {@link Instant}s, {@link Key}s, {@link Keys}
 * and {@link Bilingual} texts.
 */
public record AuditDetails(String key, List<Object> arguments) {

    public AuditDetails {
        arguments = List.copyOf(arguments.stream().map(argument -> argument == null ? "" : argument).toList());
        arguments.forEach(AuditDetails::check);
    }

    public static AuditDetails of(String key, Object... arguments) {
        return new AuditDetails(key, Arrays.asList(arguments));
    }

    /** A text shown translated, e.g. {@code role.MANAGER}. */
    public record Key(String key) {
    }

    /** Several translated texts, shown as a list; {@code prefix + name} for each name. */
    public record Keys(List<String> keys) {

        public static Keys of(String prefix, Collection<?> names) {
            return new Keys(names.stream().map(name -> prefix + name).sorted().toList());
        }
    }

    /** A text that exists in both languages, e.g. a module's title. */
    public record Bilingual(String german, String english) {
    }

    private static void check(Object argument) {
        if (!(argument instanceof String || argument instanceof Integer || argument instanceof Long
                || argument instanceof LocalDate || argument instanceof Instant || argument instanceof Key
                || argument instanceof Keys || argument instanceof Bilingual)) {
            throw new IllegalArgumentException("Not an audit detail argument: " + argument.getClass());
        }
    }
}
