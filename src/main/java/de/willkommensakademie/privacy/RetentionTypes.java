package de.willkommensakademie.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.base.DomainException;
import de.willkommensakademie.base.privacy.PersonalDataRetention;
import de.willkommensakademie.base.privacy.PersonalDataRetention.RetentionType;
import org.springframework.stereotype.Component;

/** Every record type any feature keeps for a limited time, in a fixed order, and the feature that retires it. */
@Component
class RetentionTypes {

    /** The order of the settings page and the due list: usage data first, the person last. */
    private static final List<String> ORDER = List.of("quiz-answers", "role-play-attempts", "notices", "access-log",
            "audit-log", "language-evidence", "people-left", "certificates");

    record Registered(RetentionType type, PersonalDataRetention feature) {
    }

    private final Map<String, Registered> types = new LinkedHashMap<>();
    private final List<PersonalDataRetention> features;

    RetentionTypes(List<PersonalDataRetention> features) {
        this.features = List.copyOf(features);
        List<Registered> all = new ArrayList<>();
        features.forEach(feature -> feature.retentionTypes().forEach(type -> all.add(new Registered(type, feature))));
        all.sort((a, b) -> Integer.compare(position(a.type().key()), position(b.type().key())));
        all.forEach(registered -> {
            if (types.put(registered.type().key(), registered) != null) {
                throw new IllegalStateException("Two features keep the record type " + registered.type().key());
            }
        });
    }

    private static int position(String key) {
        int index = ORDER.indexOf(key);
        return index < 0 ? ORDER.size() : index;
    }

    /** The type with this key; an unknown key is refused with a message. */
    Registered get(String key) {
        Registered registered = key == null ? null : types.get(key);
        if (registered == null) {
            throw new DomainException("privacy.retention.error.unknown-type", String.valueOf(key));
        }
        return registered;
    }

    List<Registered> all() {
        return List.copyOf(types.values());
    }

    /** Every feature that stores records about people, for erasure. */
    List<PersonalDataRetention> features() {
        return features;
    }
}
