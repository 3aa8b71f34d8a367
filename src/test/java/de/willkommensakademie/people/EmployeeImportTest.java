package de.willkommensakademie.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.Role;
import jakarta.persistence.EntityManagerFactory;
import org.assertj.core.groups.Tuple;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * CSV import: a good file goes in completely, every kind of bad file is refused with line and reason. Imports into an
 * authority of the class's own, whose teams are named in the files, so the demo authority gets no imported people.
 */
@SpringBootTest
@ActiveProfiles("test")
class EmployeeImportTest {

    private static final String HEADER = "first_name;last_name;email;username;job_role;team;start_date;language;roles\n";

    @Autowired
    UserDetailsService accounts;
    @Autowired
    EmployeeImport employeeImport;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    Passwords passwords;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    ApplicationContext context;

    TestAuthority authority;

    @BeforeEach
    void signIn() {
        authority = TestAuthority.of(context, getClass());
        SignedIn.as(accounts, authority.admin());
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void a_good_file_is_previewed_and_imported_with_one_time_passwords() {
        byte[] file = utf8(HEADER
                + "Zoë;Müller-Lüdenscheidt;zoe.mueller@musterstadt.example;z.mueller;front-office;Team Nord;2026-12-01;de;EMPLOYEE\n"
                + "Ömer;Çelik;oemer.celik@musterstadt.example;o.celik;Backoffice (Sachbearbeitung);;01.02.2027;en;EMPLOYEE|MANAGER\n"
                + "\"Anna-Lena\";\"O'Brien; jr.\";a.obrien@musterstadt.example;a.obrien;team lead;team süd;;;\n");
        ImportPreview preview = employeeImport.preview(file);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.importable()).isTrue();
        assertThat(preview.rows()).extracting(ImportRow::line).containsExactly(2, 3, 4);
        assertThat(preview.rows().get(2).lastName()).isEqualTo("O'Brien; jr.");
        assertThat(preview.rows().get(2).roles()).containsExactly(Role.EMPLOYEE);
        assertThat(preview.rows().get(2).language()).isEqualTo("de");
        assertThat(preview.rows().get(1).startDate()).hasToString("2027-02-01");

        List<TemporaryPassword> created = employeeImport.importEmployees(file);

        assertThat(created).extracting(TemporaryPassword::username).containsExactly("z.mueller", "o.celik", "a.obrien");
        Employee zoe = employees.findByUsername("z.mueller").orElseThrow();
        assertThat(zoe.fullName()).isEqualTo("Zoë Müller-Lüdenscheidt");
        assertThat(zoe.authorityId()).as("the importing administrator's authority").isEqualTo(authority.id());
        assertThat(zoe.team().getId()).isEqualTo(authority.teamId());
        assertThat(employees.findByUsername("a.obrien").orElseThrow().team().getId())
                .as("team names match whatever their case").isEqualTo(authority.otherTeamId());
        assertThat(zoe.passwordChangeRequired()).isTrue();
        assertThat(passwords.matches(created.getFirst().password(), zoe.passwordHash())).isTrue();
        assertThat(employees.findByUsername("o.celik").orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MANAGER);
    }

    @Test
    void a_large_import_reads_names_and_templates_once_not_per_row_and_starts_every_checklist() {
        int rows = 40;
        StringBuilder csv = new StringBuilder(HEADER);
        for (int index = 0; index < rows; index++) {
            csv.append("Viele;Person").append(index).append(";viele").append(index)
                    .append("@musterstadt.example;viele").append(index).append(";front-office;;2027-01-0")
                    .append(1 + index % 9).append(";de;EMPLOYEE\n");
        }
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            List<TemporaryPassword> created = employeeImport.importEmployees(utf8(csv.toString()));
            long queries = statistics.getQueryExecutionCount();
            assertThat(created).hasSize(rows);
            assertThat(queries).as("queries for %d rows (check, import and onboarding)", rows).isLessThan(rows / 2);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        assertThat(jdbc.queryForObject("select count(*) from checklist c join employee e on e.id = c.employee_id"
                + " where e.username like 'viele%' and e.authority_id = ?", Integer.class, authority.id()))
                .as("everyone's onboarding started")
                .isEqualTo(rows);
        Employee one = employees.findByUsername("viele7").orElseThrow();
        assertThat(one.passwordHash()).as("a fast hash for a random one-time secret").startsWith("{sha256}");
        assertThat(one.passwordChangeRequired()).isTrue();
    }

    @Test
    void comma_separated_files_with_a_byte_order_mark_and_german_headers_are_read() {
        byte[] file = utf8("\uFEFFVorname,Nachname,E-Mail,Benutzername,Funktion\r\n"
                + "Kai,Berg,kai.berg@musterstadt.example,k.berg,trainer\r\n");
        ImportPreview preview = employeeImport.preview(file);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).singleElement().satisfies(row -> {
            assertThat(row.username()).isEqualTo("k.berg");
            assertThat(row.jobRole().code()).isEqualTo("trainer");
        });
    }

    @Test
    void a_file_with_one_bad_line_imports_nothing() {
        byte[] file = utf8(HEADER
                + "Ida;Klein;ida.klein@musterstadt.example;i.klein;front-office;;;;\n"
                + "Max;Groß;not-an-email;m.gross;front-office;;;;\n");
        ImportPreview preview = employeeImport.preview(file);
        assertThat(preview.importable()).isFalse();
        assertThat(preview.problems()).singleElement().isEqualTo(
                ImportProblem.at(3, "email", "import.problem.email", "not-an-email"));
        assertThatThrownBy(() -> employeeImport.importEmployees(file)).isInstanceOf(UserFacingException.class);
        assertThat(employees.findByUsername("i.klein")).isEmpty();
    }

    @Test
    void each_problem_of_a_line_is_reported_with_its_line_and_column() {
        byte[] file = utf8(HEADER
                + ";Leer;leer@musterstadt.example;Bad Name!;astronaut;Mondbasis;31.02.2026;fr;EMPLOYEE|BOSS\n");
        ImportPreview preview = employeeImport.preview(file);
        assertThat(preview.problems()).extracting(ImportProblem::line).containsOnly(2);
        assertThat(preview.problems()).extracting(ImportProblem::column, ImportProblem::messageKey)
                .contains(
                        Tuple.tuple("first_name", "import.problem.required"),
                        Tuple.tuple("username", "import.problem.username"),
                        Tuple.tuple("job_role", "import.problem.unknown-job-role"),
                        Tuple.tuple("team", "import.problem.unknown-team"),
                        Tuple.tuple("start_date", "import.problem.date"),
                        Tuple.tuple("language", "import.problem.language"),
                        Tuple.tuple("roles", "import.problem.role"));
    }

    @Test
    void duplicates_within_the_file_and_against_existing_accounts_are_found() {
        String takenUsername = authority.employee().username();
        String takenEmail = authority.buddy().username() + "@test.example";
        byte[] file = utf8(HEADER
                + "Eva;Eins;eva@musterstadt.example;e.eins;front-office;;;;\n"
                + "Eva;Zwei;EVA@musterstadt.example;E.EINS;front-office;;;;\n"
                + "Doppelt;Name;neu@musterstadt.example;" + takenUsername + ";front-office;;;;\n"
                + "Doppelt;Mail;" + takenEmail + ";ganz.neu;front-office;;;;\n"
                + "Betrieb;Konto;betrieb@musterstadt.example;operator;front-office;;;;\n");
        ImportPreview preview = employeeImport.preview(file);
        assertThat(preview.problems()).containsExactlyInAnyOrder(
                ImportProblem.at(3, "username", "import.problem.duplicate-in-file", "e.eins", "2"),
                ImportProblem.at(3, "email", "import.problem.duplicate-in-file", "eva@musterstadt.example", "2"),
                ImportProblem.at(4, "username", "import.problem.username-taken", takenUsername),
                ImportProblem.at(5, "email", "import.problem.email-taken", takenEmail),
                ImportProblem.at(6, "username", "import.problem.username-taken", "operator"));
    }

    @Test
    void files_that_are_not_usable_csv_are_refused_as_a_whole() {
        assertFileProblem(new byte[0], "import.problem.empty");
        assertFileProblem(utf8("  \n\n"), "import.problem.empty");
        assertFileProblem(utf8(HEADER), "import.problem.no-rows");
        assertFileProblem("Vorname;Nachname\nJörg;Ärger\n".getBytes(StandardCharsets.ISO_8859_1),
                "import.problem.encoding");
        assertFileProblem(new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0}, "import.problem.binary");
        assertFileProblem(new byte[1024 * 1024 + 1], "import.problem.too-large");
        assertFileProblem(utf8(HEADER + "\"Offen;Klein;o@musterstadt.example;o.klein;front-office;;;;\n"),
                "import.problem.malformed");
        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i <= EmployeeCsvReader.MAX_ROWS; i++) {
            many.append("A;B;a").append(i).append("@x.example;a").append(i).append(";front-office;;;;\n");
        }
        assertFileProblem(utf8(many.toString()), "import.problem.too-many-rows");
    }

    @Test
    void header_problems_name_the_columns() {
        ImportPreview preview = employeeImport.preview(utf8("first_name;last_name;email;email;shoe_size\nA;B;c;d;42\n"));
        assertThat(preview.problems()).containsExactlyInAnyOrder(
                ImportProblem.at(1, "email", "import.problem.duplicate-column", "email"),
                ImportProblem.at(1, "shoe_size", "import.problem.unknown-column", "shoe_size"),
                ImportProblem.at(1, "username", "import.problem.missing-column", "username"),
                ImportProblem.at(1, "job_role", "import.problem.missing-column", "job_role"));
    }

    @Test
    void a_line_with_the_wrong_number_of_cells_is_reported() {
        ImportPreview preview = employeeImport.preview(utf8(HEADER + "Nur;drei;Werte\n"));
        assertThat(preview.problems()).containsExactly(
                ImportProblem.at(2, null, "import.problem.cell-count", "3", "9"));
    }

    private void assertFileProblem(byte[] file, String messageKey) {
        ImportPreview preview = employeeImport.preview(file);
        assertThat(preview.importable()).as(messageKey).isFalse();
        assertThat(preview.problems()).as(messageKey).extracting(ImportProblem::messageKey).containsExactly(messageKey);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
