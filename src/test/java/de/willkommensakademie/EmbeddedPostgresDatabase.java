package de.willkommensakademie;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real PostgreSQL server from the binaries on Maven Central, started once per test JVM and stopped with it. Tests
 * run on it with {@link OnPostgres}; every such test class shares one Spring context (the initializer is part of the
 * context's cache key), so the server and the application start once.
 */
public final class EmbeddedPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedPostgres server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedPostgres running = server();
        TestPropertyValues.of(
                "spring.datasource.url=" + running.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username=postgres",
                "spring.datasource.password=").applyTo(context);
    }

    private static synchronized EmbeddedPostgres server() {
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
        return server;
    }
}
