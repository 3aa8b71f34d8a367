package de.willkommensakademie.base.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;

/** Test access to the event publication table, as the registry writes it. */
public final class Publications {

    private final JdbcTemplate jdbc;
    private final EventSerializer serializer;

    public Publications(JdbcTemplate jdbc, EventSerializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** A still incomplete publication. */
    public record Row(UUID id, String listenerId, String status, int attempts) {
    }

    /**
     * Stores a publication of the event for the listener as failed, as if the listener had thrown (or had succeeded
     * without the registry learning of it); {@code attempts} counts the runs so far, 1 for the first.
     */
    public UUID failed(String listenerId, Object event, int attempts) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                    completion_attempts) values (?, ?, ?, ?, ?, 'FAILED', ?)""", id, listenerId,
                event.getClass().getName(), serializer.serialize(event).toString(), Timestamp.from(Instant.now()),
                attempts);
        return id;
    }

    /** The incomplete publications for the listener whose serialized event contains the text. */
    public List<Row> incomplete(String listenerId, String containing) {
        return jdbc.query("""
                select id, listener_id, status, completion_attempts from event_publication
                where completion_date is null and listener_id = ? and serialized_event like ?""",
                (result, number) -> new Row(result.getObject(1, UUID.class), result.getString(2), result.getString(3),
                        result.getInt(4)), listenerId, "%" + containing + "%");
    }

    /** All incomplete publications whose serialized event contains the text, whatever the listener. */
    public List<Row> incomplete(String containing) {
        return jdbc.query("""
                select id, listener_id, status, completion_attempts from event_publication
                where completion_date is null and serialized_event like ?""",
                (result, number) -> new Row(result.getObject(1, UUID.class), result.getString(2), result.getString(3),
                        result.getInt(4)), "%" + containing + "%");
    }

    public void delete(List<UUID> ids) {
        ids.forEach(id -> jdbc.update("delete from event_publication where id = ?", id));
    }
}
