package de.willkommensakademie.privacy;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditDetails;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.DomainException;
import de.willkommensakademie.base.privacy.PersonalDataRetention.RetentionType;
import de.willkommensakademie.base.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention per authority and record type: the documented default unless an administrator chose another period,
 * never below the type's minimum; and whether due records go on their own or only once confirmed (the default).
 */
@Service
public class RetentionSettings {

    /** One row of the settings page; {@code unit} is DAYS or MONTHS. */
    public record Setting(String type, ChronoUnit unit, int period, int defaultPeriod, int minimum,
            boolean wholePerson) {
    }

    private final RetentionTypes types;
    private final RetentionAccess access;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    RetentionSettings(RetentionTypes types, RetentionAccess access, AuditLog audit, JdbcClient jdbc) {
        this.types = types;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public List<Setting> settings() {
        return settingsOf(access.authority());
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public boolean automatic() {
        return automatic(access.authority());
    }

    /** Sets a type's period; an unknown type or a period below its minimum is refused with a message. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public void change(String type, int period) {
        RetentionType retention = types.get(type).type();
        if (period < retention.minimum()) {
            throw new DomainException("privacy.retention.error.below-minimum", type, retention.minimum());
        }
        long authority = access.authority();
        int old = period(authority, retention);
        jdbc.sql("delete from retention_setting where authority_id = :authority and record_type = :type")
                .param("authority", authority).param("type", type).update();
        jdbc.sql("insert into retention_setting (authority_id, record_type, retention_period) values (:authority, :type, :period)")
                .param("authority", authority).param("type", type).param("period", period).update();
        audit.recordDetailed(AuditAction.RETENTION_CHANGED, type,
                AuditDetails.of("privacy.retention.audit.changed", old, period));
    }

    /** Switches between confirmation (false, the default) and automatic deletion. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public void setAutomatic(boolean automatic) {
        long authority = access.authority();
        if (automatic(authority) == automatic) {
            return;
        }
        int updated = jdbc.sql("update retention_policy set automatic = :automatic, version = version + 1"
                + " where authority_id = :authority").param("automatic", automatic).param("authority", authority)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into retention_policy (authority_id, version, automatic) values (:authority, 0, :automatic)")
                    .param("authority", authority).param("automatic", automatic).update();
        }
        audit.recordDetailed(AuditAction.RETENTION_CHANGED, "mode", AuditDetails.of(
                automatic ? "privacy.retention.audit.automatic" : "privacy.retention.audit.confirmation"));
    }

    List<Setting> settingsOf(long authority) {
        Map<String, Integer> chosen = chosen(authority);
        return types.all().stream().map(RetentionTypes.Registered::type)
                .map(type -> new Setting(type.key(), type.unit(), chosen.getOrDefault(type.key(), type.defaultPeriod()),
                        type.defaultPeriod(), type.minimum(), type.wholePerson()))
                .toList();
    }

    int period(long authority, RetentionType type) {
        return chosen(authority).getOrDefault(type.key(), type.defaultPeriod());
    }

    boolean automatic(long authority) {
        return jdbc.sql("select automatic from retention_policy where authority_id = :authority")
                .param("authority", authority).query(Boolean.class).optional().orElse(false);
    }

    private Map<String, Integer> chosen(long authority) {
        Map<String, Integer> chosen = new HashMap<>();
        jdbc.sql("select record_type, retention_period from retention_setting where authority_id = :authority")
                .param("authority", authority).query((row, n) -> chosen.put(row.getString(1), row.getInt(2))).list();
        return chosen;
    }
}
