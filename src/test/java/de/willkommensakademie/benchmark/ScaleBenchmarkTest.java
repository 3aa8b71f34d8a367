package de.willkommensakademie.benchmark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.StatementCount;
import de.willkommensakademie.certificate.CertificateService;
import de.willkommensakademie.learning.AssignmentTarget;
import de.willkommensakademie.learning.Assignments;
import de.willkommensakademie.learning.ModuleFixtures;
import de.willkommensakademie.learning.ModuleLibrary;
import de.willkommensakademie.learning.MyLearning;
import de.willkommensakademie.people.EmployeeFilter;
import de.willkommensakademie.people.EmployeeService;
import de.willkommensakademie.people.JobRoleService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Prints how long the busiest pages' queries take with 500 modules and 10,000 employees in one authority. Not part
 * of the default build (timings belong in figures, not in assertions that fail on a slow machine): run with
 * {@code ./mvnw -Pbenchmark test}. It asserts only what does not depend on the machine: the number of SQL statements
 * (counted at the JDBC connection, see {@link StatementCount}).
 */
@Tag("benchmark")
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import(StatementCount.Config.class)
class ScaleBenchmarkTest {

    private static final int MODULES = 500;
    private static final int EMPLOYEES = 10_000;
    private static final int CERTIFICATES_PER_EMPLOYEE = 2;
    private static final int RUNS = 25;

    @Autowired
    UserDetailsService accounts;
    @Autowired
    ModuleLibrary library;
    @Autowired
    Assignments assignments;
    @Autowired
    MyLearning myLearning;
    @Autowired
    EmployeeService employees;
    @Autowired
    JobRoleService jobRoles;
    @Autowired
    CertificateService certificates;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void prints_figures_for_500_modules_and_10000_employees() {
        long seeding = System.nanoTime();
        seedEmployees();
        seedCertificates();
        List<Long> modules = seedModules();
        SignedIn.as(accounts, "trainer");
        long frontOffice = jobRoles.options().stream().filter(o -> o.code().equals("front-office")).findFirst()
                .orElseThrow().id();
        for (int index = 0; index < 40; index++) {
            assignments.assign(modules.get(index), AssignmentTarget.JOB_ROLE, frontOffice, index % 2 == 0, null, 30);
        }
        System.out.printf("seeded %d modules, %d employees and %d certificates in %.1f s%n", MODULES, EMPLOYEES,
                EMPLOYEES * CERTIFICATES_PER_EMPLOYEE, (System.nanoTime() - seeding) / 1e9);

        SignedIn.as(accounts, "employee");
        measure("My learning (40 assigned modules)", () -> myLearning.overview().size());
        SignedIn.as(accounts, "trainer");
        measure("module list, first page of 50", () -> library.find(null, null, PageRequest.of(0, 50)).size());
        measure("module list, count", () -> (int) library.count(null, null));
        measure("module list, search", () -> library.find("modul 42", null, PageRequest.of(0, 50)).size());
        SignedIn.as(accounts, "admin");
        measure("employee list, first page of 50", () -> employees.find(EmployeeFilter.none(), PageRequest.of(0, 50))
                .size());
        measure("employee list, page 150 of 50", () -> employees.find(EmployeeFilter.none(), PageRequest.of(150, 50))
                .size());
        measure("employee list, search", () -> employees.find(new EmployeeFilter("person 99", null, null, null, null),
                PageRequest.of(0, 50)).size());
        measure("certificate register, first page of 50", () -> certificates.find(null, PageRequest.of(0, 50))
                .size());
        measure("certificate register, page 300 of 50", () -> certificates.find(null, PageRequest.of(300, 50))
                .size());
        measure("certificate register, count", () -> (int) certificates.count(null));
        measure("certificate register, search", () -> certificates.find("person 99", PageRequest.of(0, 50)).size());
        SignedIn.nobody();
    }

    private void measure(String what, Supplier<Integer> action) {
        Figures.Figure figure = Figures.measure(what, RUNS, action);
        if (figure.statements() > 12) {
            throw new AssertionError(what + " took " + figure.statements() + " statements: a query per row?");
        }
    }

    private void seedEmployees() {
        long authority = jdbc.queryForObject("select id from authority where short_name = 'ABH Musterstadt'", Long.class);
        long jobRole = jdbc.queryForObject("select id from job_role where authority_id = ? and code = 'front-office'",
                Long.class, authority);
        String hash = jdbc.queryForObject("select password_hash from employee where username = 'employee'",
                String.class);
        long firstId = 10_000_000L;
        List<Object[]> rows = new ArrayList<>();
        for (int index = 0; index < EMPLOYEES; index++) {
            rows.add(new Object[] {firstId + index, authority, "Bench", "Person " + index,
                    "bench" + index + "@musterstadt.example", "bench" + index, hash, jobRole,
                    Date.valueOf(LocalDate.now().minusDays(index % 400))});
        }
        jdbc.batchUpdate("""
                insert into employee (id, version, authority_id, first_name, last_name, email, username, password_hash,
                    password_change_required, preferred_language, start_date, job_role_id, team_id, active, left_on,
                    failed_logins, locked_until)
                values (?, 0, ?, ?, ?, ?, ?, ?, false, 'de', ?, ?, null, true, null, 0, null)""", rows.stream()
                .map(row -> new Object[] {row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[8], row[7]})
                .toList());
        jdbc.batchUpdate("insert into employee_role (employee_id, role) values (?, 'EMPLOYEE')",
                rows.stream().map(row -> new Object[] {row[0]}).toList());
    }

    /** Register rows only: the register never reads the PDF, so a placeholder stands in for it. */
    private void seedCertificates() {
        long authority = jdbc.queryForObject("select id from authority where short_name = 'ABH Musterstadt'", Long.class);
        long firstId = 20_000_000L;
        Timestamp now = new Timestamp(System.currentTimeMillis());
        List<Object[]> rows = new ArrayList<>();
        for (int index = 0; index < EMPLOYEES * CERTIFICATES_PER_EMPLOYEE; index++) {
            int person = index % EMPLOYEES;
            rows.add(new Object[] {firstId + index, authority, 10_000_000L + person, "Bench Person " + person,
                    "B-" + index, "BENCHCODE" + index, "Modul " + index % MODULES, "Module " + index % MODULES,
                    Date.valueOf(LocalDate.now().minusDays(index % 700)), new byte[] {'%', 'P', 'D', 'F'},
                    new Timestamp(now.getTime() - index * 60_000L)});
        }
        jdbc.batchUpdate("""
                insert into certificate (id, version, authority_id, employee_id, holder_name, number, code,
                    source_kind, title_de, title_en, completed_on, minutes, language, pdf, issued_at)
                values (?, 0, ?, ?, ?, ?, ?, 'EXTERNAL', ?, ?, ?, 60, 'de', ?, ?)""", rows);
    }

    private List<Long> seedModules() {
        SignedIn.as(accounts, "trainer");
        List<Long> ids = new ArrayList<>();
        for (int index = 0; index < MODULES; index++) {
            String key = "bench-module-" + index;
            library.importZip(ModuleFixtures.zip(ModuleFixtures.manifest(key, "Modul " + index)));
            ids.add(library.find(key, null, PageRequest.of(0, 50)).stream().filter(m -> m.key().equals(key))
                    .findFirst().orElseThrow().id());
        }
        return ids;
    }
}
