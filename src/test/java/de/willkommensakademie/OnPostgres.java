package de.willkommensakademie;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a {@code @SpringBootTest} on real PostgreSQL instead of the in-memory H2. Put it on a subclass of an H2 test
 * to run the same flow on both databases.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ActiveProfiles({"test", "postgres"})
@ContextConfiguration(initializers = EmbeddedPostgresDatabase.class)
public @interface OnPostgres {
}
