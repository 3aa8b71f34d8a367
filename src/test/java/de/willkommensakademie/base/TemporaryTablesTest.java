package de.willkommensakademie.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * At start-up Hibernate creates a global temporary table per entity for multi-row inserts, named after the entity's
 * attributes. An attribute named like an SQL keyword ({@code key}) made H2 refuse the statement and write a syntax
 * error to its log on every start; the table was then missing.
 */
@SpringBootTest
@ActiveProfiles("test")
class TemporaryTablesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hibernate_creates_its_temporary_tables_for_every_entity_without_errors() {
        List<String> temporary = jdbc.queryForList("select lower(table_name) from information_schema.tables"
                + " where table_type = 'GLOBAL TEMPORARY' order by 1", String.class);
        System.out.println("Hibernate's temporary tables: " + temporary);

        assertThat(temporary).contains("hte_scenario", "hte_learning_module", "hte_onboarding_template");
    }
}
