package de.willkommensakademie.base.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * What administrators see of event publications that keep failing: their listener threw, was run again by
 * {@link EventRetries} and threw again (the registry counts the first run as attempt 1, each retry adds one). An authority's administrators count their authority's events, the platform
 * operator all of them.
 */
@Service
public class FailingEvents {

    /** The oldest this many failing publications are looked at; beyond that the count says "at least". */
    static final int LOOKED_AT = 1000;

    private static final Logger log = LoggerFactory.getLogger(FailingEvents.class);

    private final JdbcClient jdbc;
    private final EventSerializer serializer;
    private final CurrentUser currentUser;

    FailingEvents(JdbcClient jdbc, EventSerializer serializer, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.currentUser = currentUser;
    }

    /** Failing publications per listener id; {@code complete} is false when more failed than were looked at. */
    public record Summary(Map<String, Long> byListener, boolean complete) {

        public Summary {
            byListener = Map.copyOf(byListener);
        }

        public long total() {
            return byListener.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private record Row(String listenerId, String eventType, String serializedEvent) {
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OPERATOR})
    public Summary keepFailing() {
        AppUser user = currentUser.require();
        Optional<Long> authority = user.isOperator() ? Optional.empty() : Optional.of(currentUser.authorityId());
        List<Row> rows = jdbc.sql("""
                select listener_id, event_type, serialized_event from event_publication
                where completion_date is null and status = 'FAILED' and completion_attempts >= 2
                order by publication_date
                fetch first %d rows only""".formatted(LOOKED_AT + 1))
                .query((result, number) -> new Row(result.getString(1), result.getString(2), result.getString(3)))
                .list();
        Map<String, Long> byListener = new TreeMap<>();
        rows.stream().limit(LOOKED_AT)
                .filter(row -> authority.isEmpty() || authority.get().equals(authorityOf(row).orElse(null)))
                .forEach(row -> byListener.merge(row.listenerId(), 1L, Long::sum));
        return new Summary(byListener, rows.size() <= LOOKED_AT);
    }

    /** The event's authority; none when the event carries none or its class no longer reads it. */
    private Optional<Long> authorityOf(Row row) {
        try {
            Class<?> type = ClassUtils.forName(row.eventType(), getClass().getClassLoader());
            return serializer.deserialize(row.serializedEvent(), type) instanceof AuthorityEvent event
                    ? Optional.of(event.authorityId()) : Optional.empty();
        } catch (ClassNotFoundException | RuntimeException unreadable) {
            log.debug("Event publication of {} unreadable", row.eventType(), unreadable);
            return Optional.empty();
        }
    }
}
