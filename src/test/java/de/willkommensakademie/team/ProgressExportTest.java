package de.willkommensakademie.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.audit.AccessHistory;
import de.willkommensakademie.learning.AssignmentTarget;
import de.willkommensakademie.learning.Assignments;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.visibility.PresetSwitch;
import de.willkommensakademie.visibility.VisibilityPreset;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Exports say exactly what the matrix shows, neutralise formulas, and never carry names under "totals only". */
@SpringBootTest
@ActiveProfiles("test")
class ProgressExportTest {

    /** Words that would mean an export tells how someone learned. */
    private static final List<String> HOW_SOMEONE_LEARNED = List.of("Punkt", "Score", "Versuch", "Attempt",
            "Antwort", "Answer", "Lernzeit", "Minuten", "Minutes", "Reflexion", "Reflection", "Entscheidung");

    @Autowired
    ProgressExport export;
    @Autowired
    AccessHistory accessHistory;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void the_csv_has_semicolons_a_byte_order_mark_the_shown_columns_and_a_totals_row() {
        SignedIn.as(accounts, "manager");
        byte[] bytes = export.csv(ProgressFilter.none().withName("Demir"), Locale.GERMAN);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = lines(bytes);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("Name;Team;Funktion;").contains("Deeskalation und Sicherheit am Schalter (Pflicht)")
                .endsWith(";Gesamt");
        assertThat(lines.get(1).replace("\"", "")).startsWith("Demir, Aylin;Servicepoint & Aufenthalt;").contains("nicht begonnen");
        assertThat(lines.get(2)).startsWith("Summe;;;").contains(" von ");
    }

    @Test
    void exporting_writes_every_exported_person_to_their_access_log_but_not_the_exporter() {
        TestAuthority authority = TestAuthority.of(context, getClass());
        SignedIn.as(accounts, authority.manager());
        export.csv(ProgressFilter.none().withName(authority.employee().lastName()), Locale.GERMAN);
        export.xlsx(ProgressFilter.none().withName(authority.manager().lastName()), Locale.GERMAN);
        assertThat(accessHistory.countAboutMe()).as("the manager exported himself").isZero();
        SignedIn.as(accounts, authority.employee());
        assertThat(accessHistory.countAboutMe()).isEqualTo(1);
    }

    @Test
    void the_xlsx_reads_back_with_the_same_table() throws Exception {
        SignedIn.as(accounts, "admin2");
        byte[] bytes = export.xlsx(ProgressFilter.none(), Locale.ENGLISH);
        List<List<String>> rows = xlsx(bytes);
        assertThat(rows.getFirst()).startsWith("Name", "Team", "Job role").endsWith("Total");
        assertThat(rows).anySatisfy(row -> assertThat(row.getFirst()).isEqualTo("Koch, Martin"));
        assertThat(rows.getLast().getFirst()).isEqualTo("Total");
        assertThat(rows.stream().flatMap(List::stream)).noneMatch(cell -> cell.contains("Demir"));
    }

    @Test
    void an_empty_selection_gives_the_headers_only() throws Exception {
        SignedIn.as(accounts, "manager");
        ProgressFilter nobody = ProgressFilter.none().withName("Niemand-mit-diesem-Namen");
        List<String> csv = lines(export.csv(nobody, Locale.GERMAN));
        assertThat(csv).hasSize(1);
        assertThat(csv.getFirst()).startsWith("Name;Team;Funktion;").endsWith(";Gesamt");
        List<List<String>> xlsx = xlsx(export.xlsx(nobody, Locale.GERMAN));
        assertThat(xlsx).hasSize(1);
        assertThat(xlsx.getFirst()).startsWith("Name", "Team", "Funktion").endsWith("Gesamt");
    }

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_are_neutralised() {
        assertThat(ProgressExport.neutralised("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(ProgressExport.neutralised("+49 30 1234")).isEqualTo("'+49 30 1234");
        assertThat(ProgressExport.neutralised("-2+3")).isEqualTo("'-2+3");
        assertThat(ProgressExport.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ProgressExport.neutralised("\tcmd")).isEqualTo("'\tcmd");
        assertThat(ProgressExport.neutralised("\rcmd")).isEqualTo("'\rcmd");
        assertThat(ProgressExport.neutralised("Demir, Aylin")).isEqualTo("Demir, Aylin");
        assertThat(ProgressExport.neutralised(null)).isEmpty();
    }

    @Test
    void under_each_preset_no_export_says_how_someone_learned_and_totals_only_names_nobody() throws Exception {
        // a further authority of the class's own, whose preset is set for good; Team Nord has the shipped
        // de-escalation module as mandatory and the interpreting one as recommended training
        TestAuthority authority = TestAuthority.of(context, getClass(), "presets");
        SignedIn.as(accounts, authority.trainer());
        Assignments assignments = context.getBean(Assignments.class);
        assignments.assign(shippedModule("de-escalation-safety"), AssignmentTarget.TEAM, authority.teamId(), true,
                null, 14);
        assignments.assign(shippedModule("interpreters-plain-language"), AssignmentTarget.TEAM, authority.teamId(),
                false, null, 30);
        Person employee = authority.employee();
        SignedIn.as(accounts, authority.manager());
        for (VisibilityPreset preset : VisibilityPreset.values()) {
            PresetSwitch.set(context, authority.id(), preset);
            String csv = new String(export.csv(ProgressFilter.none(), Locale.GERMAN), StandardCharsets.UTF_8);
            String xlsx = String.join(";", xlsx(export.xlsx(ProgressFilter.none(), Locale.ENGLISH)).stream()
                    .flatMap(List::stream).toList());
            for (String word : HOW_SOMEONE_LEARNED) {
                assertThat(csv).as("%s CSV", preset).doesNotContainIgnoringCase(word);
                assertThat(xlsx).as("%s XLSX", preset).doesNotContainIgnoringCase(word);
            }
            if (preset == VisibilityPreset.TOTALS_ONLY) {
                assertThat(csv).startsWith("\uFEFFTeam;Personen;").contains("weniger als 5");
                for (Person person : authority.everyone()) {
                    for (String name : List.of(person.firstName(), person.lastName())) {
                        assertThat(csv).as("CSV under totals only").doesNotContain(name);
                        assertThat(xlsx).as("XLSX under totals only").doesNotContain(name);
                    }
                }
            } else {
                assertThat(csv).contains(employee.sortName());
            }
            if (preset == VisibilityPreset.MANDATORY_ONLY) {
                // read as CSV, so a quoted cell with a semicolon cannot shift the columns
                List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                        .parse(new StringReader(csv.replace("\uFEFF", ""))).getRecords();
                List<String> header = List.of(records.getFirst().values());
                int recommended = header.indexOf(header.stream().filter(title -> title.endsWith("(Empfohlen)"))
                        .findFirst().orElseThrow());
                CSVRecord row = records.stream().filter(record -> record.get(0).equals(employee.sortName()))
                        .findFirst().orElseThrow();
                // recommended training is only counted: its column has totals but no cell of hers
                assertThat(row.get(recommended)).isEmpty();
                int mandatory = header.indexOf(header.stream().filter(title -> title.endsWith("(Pflicht)"))
                        .findFirst().orElseThrow());
                assertThat(row.get(mandatory)).as("her mandatory module").isEqualTo("nicht begonnen");
            }
        }
    }

    private long shippedModule(String key) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "select id from learning_module where module_key = ? and authority_id is null", Long.class, key);
    }

    private static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.replace("\uFEFF", "").lines().toList();
    }

    private static List<List<String>> xlsx(byte[] bytes) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            try (var stream = workbook.getFirstSheet().openStream()) {
                for (Row row : stream.toList()) {
                    List<String> cells = new ArrayList<>();
                    for (int column = 0; column < row.getCellCount(); column++) {
                        cells.add(row.getCellText(column));
                    }
                    rows.add(cells);
                }
            }
        }
        return rows;
    }
}
