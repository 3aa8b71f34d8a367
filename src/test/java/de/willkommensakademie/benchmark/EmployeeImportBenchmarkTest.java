package de.willkommensakademie.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.people.EmployeeImport;
import de.willkommensakademie.people.ImportPreview;
import de.willkommensakademie.people.TemporaryPassword;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Prints how long the CSV import of 2,000 people takes (the largest file allowed): checking a file with a problem in
 * every row, checking a good file, and importing it (one-time passwords, audit entries and onboarding checklists
 * included). Run with {@code ./mvnw -Pbenchmark test -Dtest=EmployeeImportBenchmarkTest}.
 */
@Tag("benchmark")
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:import-benchmark;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class EmployeeImportBenchmarkTest {

    private static final int ROWS = 2000;
    private static final String HEADER = "first_name;last_name;email;username;job_role;team;start_date;language;roles\n";

    @Autowired
    UserDetailsService accounts;
    @Autowired
    EmployeeImport employeeImport;

    @Test
    void prints_figures_for_checking_and_importing_2000_rows() {
        SignedIn.as(accounts, "admin");
        try {
            byte[] bad = file(true);
            long start = System.nanoTime();
            ImportPreview problems = employeeImport.preview(bad);
            System.out.printf("import check, %d rows with problems: %.2f s (%d problems)%n", ROWS,
                    (System.nanoTime() - start) / 1e9, problems.problems().size());
            assertThat(problems.importable()).isFalse();

            byte[] good = file(false);
            start = System.nanoTime();
            ImportPreview preview = employeeImport.preview(good);
            System.out.printf("import check, %d good rows: %.2f s%n", ROWS, (System.nanoTime() - start) / 1e9);
            assertThat(preview.problems()).isEmpty();

            start = System.nanoTime();
            var created = employeeImport.importEmployees(good);
            System.out.printf("import, %d good rows: %.2f s%n", ROWS, (System.nanoTime() - start) / 1e9);
            assertThat(created).extracting(TemporaryPassword::username).hasSize(ROWS);
        } finally {
            SignedIn.nobody();
        }
    }

    /** Every row of the bad file has an unknown team and a taken username, the kind of file a first try produces. */
    private static byte[] file(boolean withProblems) {
        StringBuilder csv = new StringBuilder(HEADER);
        LocalDate start = LocalDate.of(2027, 1, 4);
        for (int index = 0; index < ROWS; index++) {
            String username = withProblems && index % 2 == 0 ? "employee" : "import" + index;
            csv.append("Vorname").append(index).append(";Nachname").append(index).append(";import").append(index)
                    .append("@musterstadt.example;").append(username).append(";front-office;")
                    .append(withProblems ? "Kein Team" : "Servicepoint & Aufenthalt").append(';')
                    .append(start.plusDays(index % 60)).append(";de;EMPLOYEE\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
