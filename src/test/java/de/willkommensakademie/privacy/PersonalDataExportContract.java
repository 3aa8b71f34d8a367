package de.willkommensakademie.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.StatementCount;
import de.willkommensakademie.audit.AccessKind;
import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.privacy.DataSubject;
import de.willkommensakademie.base.privacy.PersonalData;
import de.willkommensakademie.base.privacy.PersonalDataExport;
import de.willkommensakademie.people.TestAuthority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export on each database we support (see the H2 and PostgreSQL subclasses): two people of the class's own
 * authority have a row in every table about a person; the employee's export holds every one of theirs, in the JSON
 * of the feature that owns it, and none of the buddy's. Who may export whose data, and that a ZIP is handed out once.
 */
@Import(StatementCount.Config.class)
abstract class PersonalDataExportContract {

    @Autowired
    ApplicationContext context;
    @Autowired
    PersonalDataExports exports;
    @Autowired
    List<PersonalDataExport> parts;
    @Autowired
    ExportCleanup cleanup;
    @Autowired
    Erasure erasure;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService accounts;

    private TestAuthority authority;
    private static final Map<Class<?>, Map<String, Map<String, Long>>> FILLED = new LinkedHashMap<>();

    @BeforeEach
    void fill() {
        authority = TestAuthority.of(context, getClass());
        // once per class: the rows stay, every test reads them
        FILLED.computeIfAbsent(getClass(), type -> {
            PersonalDataFixture fixture = new PersonalDataFixture(jdbc, authority);
            long base = 900_000_000L + authority.id() * 100;
            Map<String, Map<String, Long>> rows = new LinkedHashMap<>();
            rows.put("employee", fixture.fill(authority.employee(), base, true));
            rows.put("buddy", fixture.fill(authority.buddy(), base + 50, false));
            return rows;
        });
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void the_own_export_holds_every_record_of_the_person_in_its_features_json_and_nobody_elses() {
        SignedIn.as(accounts, authority.employee());
        Map<String, byte[]> zip = unzip(exportAndFetch(exports.startMine()));

        Set<String> expectedFiles = new HashSet<>(List.of("summary.html"));
        parts.forEach(part -> expectedFiles.add(part.name() + ".json"));
        assertThat(zip.keySet()).containsAll(expectedFiles);

        Map<String, Long> mine = FILLED.get(getClass()).get("employee");
        Map<String, Long> buddys = FILLED.get(getClass()).get("buddy");
        for (var expected : mine.entrySet()) {
            String[] partAndType = expected.getKey().split("\\.");
            JsonNode records = json(zip, partAndType[0] + ".json").get(partAndType[1]);
            assertThat(records).as(expected.getKey()).isNotNull();
            assertThat(ids(records)).as(expected.getKey()).contains(expected.getValue());
        }
        Set<Long> everyIdInTheExport = new HashSet<>();
        for (PersonalDataExport part : parts) {
            json(zip, part.name() + ".json").properties().forEach(records -> everyIdInTheExport.addAll(
                    ids(records.getValue())));
        }
        assertThat(everyIdInTheExport).doesNotContainAnyElementsOf(buddys.values());

        JsonNode account = json(zip, "people.json").get("account");
        assertThat(account).hasSize(1);
        assertThat(account.get(0).get("id").asLong()).isEqualTo(authority.employee().id());
        assertThat(account.get(0).has("passwordHash")).isFalse();
        assertThat(json(zip, "people.json").get("roles").get(0).get("role").asString()).isEqualTo("EMPLOYEE");
        assertThat(json(zip, "learning.json").get("standings")).hasSize(1);
        assertThat(json(zip, "language.json").get("pool")).hasSize(1);
        assertThat(json(zip, "scenario.json").get("attempts").get(0).get("reflection").asString())
                .isEqualTo("Reflexion von " + authority.employee().username());
        // dates come out as ISO 8601 text on both databases
        assertThat(json(zip, "notice.json").get("notices").get(0).get("createdAt").asString())
                .isEqualTo("2026-11-20T09:30:00Z");
        assertThat(json(zip, "onboarding.json").get("checklists").get(0).get("startDate").asString())
                .isEqualTo("2026-11-20");

        assertThat(zip.keySet().stream().filter(name -> name.startsWith("certificates/")))
                .containsExactly("certificates/certificate-" + PersonalDataFixture.certificateNumber(mine) + ".pdf");
        assertThat(zip.get("certificates/certificate-" + PersonalDataFixture.certificateNumber(mine) + ".pdf"))
                .isEqualTo(PersonalDataFixture.certificatePdf(authority.employee()));
        assertThat(zip.get("language/evidence-" + mine.get("language.levels") + "-tr.pdf"))
                .isEqualTo(PersonalDataFixture.evidence(authority.employee()));
        String everything = text(zip);
        assertThat(everything).doesNotContain(authority.buddy().username(), authority.buddy().lastName());

        String summary = new String(zip.get("summary.html"), StandardCharsets.UTF_8);
        assertThat(summary).contains("<html lang=\"de\">", "<h1>Gespeicherte Daten: " + authority.employee()
                .fullName() + "</h1>", "<th scope=\"col\">reflection</th>", "<h2>Rollenspiele</h2>")
                .doesNotContain("!privacy.");
    }

    @Test
    void the_certificates_and_their_pdfs_come_from_one_read_of_each_pdf() {
        PersonalDataExport certificates = parts.stream().filter(part -> part.name().equals("certificate"))
                .findFirst().orElseThrow();
        DataSubject subject = new DataSubject(authority.id(), authority.employee().id(),
                authority.employee().username(), authority.employee().fullName(), Locale.GERMAN);
        PersonalData[] data = new PersonalData[1];
        List<String> statements = StatementCount.during(() -> data[0] = certificates.export(subject));

        assertThat(statements).as("one statement reads the records and the PDFs").hasSize(1);
        Map<String, Long> mine = FILLED.get(getClass()).get("employee");
        assertThat(data[0].records().get("certificates")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("id", mine.get("certificate.certificates"))
                        .doesNotContainKey("pdf"));
        assertThat(data[0].files()).singleElement().satisfies(file -> {
            assertThat(file.path()).isEqualTo("certificates/certificate-"
                    + PersonalDataFixture.certificateNumber(mine) + ".pdf");
            assertThat(file.content()).isEqualTo(PersonalDataFixture.certificatePdf(authority.employee()));
        });
    }

    @Test
    void an_english_speaker_gets_the_summary_in_english() {
        SignedIn.as(accounts, authority.englishSpeaker());
        Map<String, byte[]> zip = unzip(exportAndFetch(exports.startMine()));
        String summary = new String(zip.get("summary.html"), StandardCharsets.UTF_8);
        assertThat(summary).contains("<html lang=\"en\">", "<h1>Stored data: " + authority.englishSpeaker()
                .fullName() + "</h1>", "<h2>Role-plays</h2>", "No entries.").doesNotContain("!privacy.");
    }

    @Test
    void an_administrator_exports_a_person_of_the_authority_audited_and_in_the_persons_access_log() {
        SignedIn.as(accounts, authority.admin());
        long id = exports.startFor(authority.buddy().id());
        Map<String, byte[]> zip = unzip(exportAndFetch(id));
        assertThat(ids(json(zip, "notice.json").get("notices")))
                .containsExactly(FILLED.get(getClass()).get("buddy").get("notice.notices"));

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where authority_id = ? and action = ?"
                + " and actor = ? and target = ?", Long.class, authority.id(),
                AuditAction.PERSONAL_DATA_EXPORTED.name(), authority.admin().username(), authority.buddy().username()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from access_entry where authority_id = ? and kind = ?"
                + " and actor_id = ? and subject_id = ?", Long.class, authority.id(),
                AccessKind.PERSONAL_DATA_EXPORTED.name(), authority.admin().id(), authority.buddy().id()))
                .isEqualTo(1);
    }

    @Test
    void another_authoritys_person_is_not_found_and_managers_export_nobody_else() {
        TestAuthority other = TestAuthority.of(context, getClass(), "b");
        SignedIn.as(accounts, other.admin());
        assertThatThrownBy(() -> exports.startFor(authority.employee().id()))
                .isInstanceOf(RecordNotFoundException.class);
        SignedIn.as(accounts, authority.manager());
        assertThatThrownBy(() -> exports.startFor(authority.employee().id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from personal_data_export where employee_id = ?", Long.class,
                authority.employee().id())).isZero();
    }

    @Test
    void an_export_is_fetched_once_and_only_by_whoever_asked_for_it() {
        SignedIn.as(accounts, authority.admin());
        long id = exports.startFor(authority.employee().id());
        SignedIn.as(accounts, authority.employee());
        assertThatThrownBy(() -> exports.progress(id)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> exports.fetch(id)).isInstanceOf(RecordNotFoundException.class);
        SignedIn.as(accounts, authority.admin());
        assertThat(exports.progress(id).ready()).isTrue();
        assertThat(exports.fetch(id).content()).isNotEmpty();
        assertThatThrownBy(() -> exports.fetch(id)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void an_export_nobody_fetches_is_deleted_after_a_day() {
        SignedIn.as(accounts, authority.trainer());
        long id = exports.startMine();
        Instant created = jdbc.queryForObject("select created_at from personal_data_export where id = ?",
                Timestamp.class, id).toInstant();
        cleanup.deleteCreatedBefore(created.minus(ExportCleanup.KEPT).plusSeconds(1));
        assertThat(exports.progress(id).ready()).isTrue();
        cleanup.deleteCreatedBefore(created.plusSeconds(1));
        assertThatThrownBy(() -> exports.progress(id)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void erasing_a_person_deletes_the_exports_about_them_that_nobody_fetched() {
        SignedIn.as(accounts, authority.admin());
        long id = exports.startFor(authority.outsider().id());
        assertThat(exports.progress(id).ready()).isTrue();
        erasure.erase(authority.outsider().id(), "Antrag auf Löschung");
        assertThatThrownBy(() -> exports.progress(id)).isInstanceOf(RecordNotFoundException.class);
    }

    private byte[] exportAndFetch(long id) {
        ExportProgress progress = exports.progress(id);
        assertThat(progress.ready()).isTrue();
        assertThat(progress.doneParts()).isEqualTo(parts.size()).isEqualTo(progress.totalParts());
        return exports.fetch(id).content();
    }

    private static JsonNode json(Map<String, byte[]> zip, String name) {
        assertThat(zip).containsKey(name);
        return JsonMapper.builder().build().readTree(zip.get(name));
    }

    private static List<Long> ids(JsonNode records) {
        List<Long> ids = new ArrayList<>();
        if (records.isArray()) {
            records.forEach(record -> {
                if (record.has("id")) {
                    ids.add(record.get("id").asLong());
                }
            });
        }
        return ids;
    }

    private static String text(Map<String, byte[]> zip) {
        StringBuilder all = new StringBuilder();
        zip.values().forEach(content -> all.append(new String(content, StandardCharsets.UTF_8)).append('\n'));
        return all.toString();
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return files;
    }
}
