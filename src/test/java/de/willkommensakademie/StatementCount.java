package de.willkommensakademie;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the measuring thread prepares, at the JDBC connection, so queries written with Hibernate,
 * Spring Data and plain JDBC all count (Hibernate's own statistics miss the last). Import {@link Config} into a
 * test's or benchmark's Spring context; other threads (schedulers, the embedded server's request threads) are not
 * counted. Counts are deterministic, so normal tests assert them too, not only benchmarks.
 */
public final class StatementCount {

    /** {@code -Dbenchmark.show-statements=true} prints each counted statement's SQL (to see which ones a page needs). */
    private static final boolean SHOW = Boolean.getBoolean("benchmark.show-statements");

    private static volatile Thread measured;
    private static long statements;
    private static final List<String> recorded = new ArrayList<>();

    private StatementCount() {
    }

    /** Starts counting the statements of the calling thread. */
    public static void start() {
        statements = 0;
        recorded.clear();
        measured = Thread.currentThread();
    }

    /** Stops counting and returns the number of statements since {@link #start()}. */
    public static long stop() {
        measured = null;
        return statements;
    }

    /** Counts the statements {@code action} runs on the calling thread and returns their SQL, in order. */
    public static List<String> during(Runnable action) {
        start();
        try {
            action.run();
        } finally {
            stop();
        }
        return sql();
    }

    /** The SQL of the statements counted between the last {@link #start()} and {@link #stop()}, in order. */
    public static List<String> sql() {
        return List.copyOf(recorded);
    }

    private static void count(Object[] arguments) {
        if (Thread.currentThread() == measured) {
            statements++;
            String text = arguments != null && arguments.length > 0 && arguments[0] instanceof String given ? given
                    : "(statement without SQL)";
            recorded.add(text);
            if (SHOW) {
                System.out.println("  statement " + statements + ": " + text.replaceAll("\\s+", " "));
            }
        }
    }

    /** Wraps the application's data source so that every prepared or created statement is counted. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

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
