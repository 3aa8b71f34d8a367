package de.willkommensakademie.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Instances that start together against one PostgreSQL database run their start-up work one after the other: the
 * first runner takes a session-level advisory lock on a connection of its own and the last one gives it back, so the
 * shipped content and the demo data, which look at the database before they write, are written once (the second
 * instance then finds them there). Flyway already serialises the migrations with a lock of its own. If an instance
 * dies meanwhile, PostgreSQL ends its connection and with it the lock. H2 needs nothing: its file belongs to one
 * process.
 */
@Configuration(proxyBeanMethods = false)
class StartupLock {

    /** Any fixed number; advisory locks are per database. */
    private static final long LOCK_KEY = 0x57616b6164L;

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private Connection holder;

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApplicationRunner takeStartupLock(DataSource dataSource) {
        return args -> take(dataSource);
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ApplicationRunner releaseStartupLock() {
        return args -> release();
    }

    private synchronized void take(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            connection.close();
            return;
        }
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
        } catch (SQLException failed) {
            connection.close();
            throw failed;
        }
        log.info("Start-up lock taken after {} ms", (System.nanoTime() - started) / 1_000_000);
        holder = connection;
    }

    private synchronized void release() throws SQLException {
        if (holder == null) {
            return;
        }
        try (Connection connection = holder; Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
        } finally {
            holder = null;
        }
    }
}
