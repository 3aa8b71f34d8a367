package de.willkommensakademie;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server from the binaries on Maven Central, started once per test JVM and stopped with it. Tests
 * point Spring at it with {@link #register(DynamicPropertyRegistry)}.
 */
public final class EmbeddedPostgresDatabase {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresDatabase() {
    }

    public static synchronized void register(DynamicPropertyRegistry registry) {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException failed) {
                throw new UncheckedIOException("PostgreSQL did not start", failed);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }));
        }
        registry.add("spring.datasource.url", () -> server.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}
