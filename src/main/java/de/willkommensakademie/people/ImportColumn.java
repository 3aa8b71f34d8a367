package de.willkommensakademie.people;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The columns of the employee import file, with the German headers an office may use instead. */
enum ImportColumn {
    FIRST_NAME("first_name", true, "vorname"),
    LAST_NAME("last_name", true, "nachname"),
    EMAIL("email", true, "e-mail", "e_mail"),
    USERNAME("username", true, "benutzername"),
    JOB_ROLE("job_role", true, "funktion"),
    TEAM("team", false),
    START_DATE("start_date", false, "eintrittsdatum"),
    LANGUAGE("language", false, "sprache"),
    ROLES("roles", false, "rollen");

    final String header;
    final boolean required;
    private final Set<String> aliases;

    ImportColumn(String header, boolean required, String... aliases) {
        this.header = header;
        this.required = required;
        this.aliases = Set.of(aliases);
    }

    static Optional<ImportColumn> forHeader(String text) {
        String normalised = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        return Arrays.stream(values())
                .filter(column -> column.header.equals(normalised) || column.aliases.contains(normalised))
                .findFirst();
    }
}
