package de.willkommensakademie.base.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one feature holds about one person: rows per record type (column name to value; values are strings, numbers,
 * booleans or null, dates already ISO 8601 text) and the stored files that go beside them.
 */
public record PersonalData(Map<String, List<Map<String, Object>>> records, List<ExportFile> files) {

    public PersonalData {
        records = Collections.unmodifiableMap(new LinkedHashMap<>(records));
        files = List.copyOf(files);
    }

    /** Starts an empty set of records in the order they are added (the summary shows them in that order). */
    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {

        private final Map<String, List<Map<String, Object>>> records = new LinkedHashMap<>();
        private final List<ExportFile> files = new ArrayList<>();

        private Builder() {
        }

        public Builder records(String type, List<Map<String, Object>> rows) {
            records.put(type, List.copyOf(rows));
            return this;
        }

        public Builder file(String path, byte[] content) {
            files.add(new ExportFile(path, content));
            return this;
        }

        public PersonalData build() {
            return new PersonalData(records, files);
        }
    }
}
