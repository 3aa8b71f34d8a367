package de.willkommensakademie.sso;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a client secret is kept, written {@code env:NAME} (an environment variable of the app's process) or
 * {@code file:/path} (a secret file, e.g. a Docker or Kubernetes secret; surrounding white space is ignored). The
 * database holds only the reference; the secret is read when a sign-in needs it, so rotating it needs no restart.
 */
final class SecretReference {

    private static final String ENV = "env:";
    private static final String FILE = "file:";

    private final Function<String, String> environment;

    SecretReference(Function<String, String> environment) {
        this.environment = environment;
    }

    static SecretReference ofProcess() {
        Map<String, String> variables = System.getenv();
        return new SecretReference(variables::get);
    }

    /** Whether {@code reference} is written as one of the two forms (it may still point at nothing). */
    static boolean wellFormed(String reference) {
        if (reference == null) {
            return false;
        }
        String value = reference.strip();
        return value.startsWith(ENV) && value.substring(ENV.length()).matches("[A-Za-z_][A-Za-z0-9_]*")
                || value.startsWith(FILE) && value.length() > FILE.length();
    }

    /** The secret, or empty when the reference is malformed or points at nothing readable. */
    Optional<String> resolve(String reference) {
        if (!wellFormed(reference)) {
            return Optional.empty();
        }
        String value = reference.strip();
        if (value.startsWith(ENV)) {
            return Optional.ofNullable(environment.apply(value.substring(ENV.length()))).filter(s -> !s.isBlank());
        }
        try {
            String content = Files.readString(Path.of(value.substring(FILE.length())), StandardCharsets.UTF_8).strip();
            return content.isEmpty() ? Optional.empty() : Optional.of(content);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
