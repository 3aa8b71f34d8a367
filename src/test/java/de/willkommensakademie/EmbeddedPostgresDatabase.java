package de.willkommensakademie;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real PostgreSQL server from the binaries on Maven Central, started once per test JVM and stopped with it. Tests
 * run on it with {@link OnPostgres}; every such test class shares one Spring context (the initializer is part of the
 * context's cache key), so the server and the application start once.
 */
public final class EmbeddedPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** How long the JVM's end waits for contexts still closing before it stops the server anyway. */
    private static final long CLOSING_CONTEXTS_WAIT_SECONDS = 20;

    private static EmbeddedPostgres server;
    private static int openContexts;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedPostgres running = server();
        TestPropertyValues.of(
                "spring.datasource.url=" + running.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username=postgres",
                "spring.datasource.password=").applyTo(context);
        opened();
        // Registered before any other bean, so destroyed after all of them: the context's last database work (the
        // event registry's check for outstanding publications) still finds the server running. Without this the
        // server's shutdown hook raced Spring's and each context waited 30 s for a connection at the JVM's end.
        ((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean(
                EmbeddedPostgresDatabase.class.getName() + ".contextClosed", EmbeddedPostgresDatabase::closed);
    }

    private static synchronized void opened() {
        openContexts++;
    }

    private static synchronized void closed() {
        openContexts--;
        EmbeddedPostgresDatabase.class.notifyAll();
    }

    private static synchronized void awaitContextsClosed() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CLOSING_CONTEXTS_WAIT_SECONDS);
        long left;
        while (openContexts > 0 && (left = deadline - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.timedWait(EmbeddedPostgresDatabase.class, left);
        }
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
                    awaitContextsClosed();
                    server.close();
                } catch (IOException | InterruptedException ignored) {
                    // the JVM is ending anyway
                }
            }));
        }
        return server;
    }
}
