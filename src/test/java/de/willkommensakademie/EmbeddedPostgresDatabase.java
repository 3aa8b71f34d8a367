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
                "spring.datasource.password=",
                // At the JVM's end the server's own shutdown hook may stop it before Spring closes the contexts on it;
                // the event registry's last look at the database then waits this long instead of 30 s per context.
                "spring.datasource.hikari.connection-timeout=5000").applyTo(context);
    }

    /** A new, empty database on the shared server, for tests that migrate it step by step without Spring. */
    public static String newDatabase(String name) {
        EmbeddedPostgres running = server();
        try (var connection = running.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (java.sql.SQLException failed) {
            throw new IllegalStateException("database " + name + " not created", failed);
        }
        return running.getJdbcUrl("postgres", name);
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
