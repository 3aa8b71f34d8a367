package de.willkommensakademie.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the measuring thread prepares, at the JDBC connection, so queries written with Hibernate,
 * Spring Data and plain JDBC all count (Hibernate's own statistics miss the last). Import {@link Config} into a
 * benchmark's Spring context; other threads (schedulers) are not counted.
 */
final class StatementCount {

    /** {@code -Dbenchmark.show-statements=true} prints each counted statement's SQL (to see which ones a page needs). */
    private static final boolean SHOW = Boolean.getBoolean("benchmark.show-statements");

    private static volatile Thread measured;
    private static long statements;

    private StatementCount() {
    }

    /** Starts counting the statements of the calling thread. */
    static void start() {
        statements = 0;
        measured = Thread.currentThread();
    }

    /** Stops counting and returns the number of statements since {@link #start()}. */
    static long stop() {
        measured = null;
        return statements;
    }

    private static void count(Object[] arguments) {
        if (Thread.currentThread() == measured) {
            statements++;
            if (SHOW) {
                String sql = arguments != null && arguments.length > 0 && arguments[0] instanceof String text ? text
                        : "(statement without SQL)";
                System.out.println("  statement " + statements + ": " + sql.replaceAll("\\s+", " "));
            }
        }
    }

    /** Wraps the application's data source so that every prepared or created statement is counted. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && !(bean instanceof Counting)
                            ? new Counting(dataSource) : bean;
                }
            };
        }
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection connection) {
            InvocationHandler handler = (proxy, method, arguments) -> {
                String name = method.getName();
                if (name.equals("prepareStatement") || name.equals("prepareCall") || name.equals("createStatement")) {
                    count(arguments);
                }
                try {
                    return method.invoke(connection, arguments);
                } catch (InvocationTargetException failed) {
                    throw failed.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(StatementCount.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, handler);
        }
    }
}
