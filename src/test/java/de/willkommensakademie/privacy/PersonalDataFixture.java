package de.willkommensakademie.privacy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import de.willkommensakademie.people.TestAuthority;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One row in every table that holds records about a person, for one person of a test authority, written straight
 * into the database so the export is checked against exactly what is stored. Ids come from a range of the caller's
 * own (far above what the sequences hand out), so two people's rows and two test classes never collide; the map
 * answers which id each record type got.
 */
final class PersonalDataFixture {

    private final JdbcTemplate jdbc;
    private final TestAuthority authority;

    PersonalDataFixture(JdbcTemplate jdbc, TestAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    /** Fills every table for the person; answers record type ("learning.progress") to the row's id. */
    Map<String, Long> fill(TestAuthority.Person person, long base, boolean withPresetChange) {
        Map<String, Long> ids = new LinkedHashMap<>();
        long a = authority.id();
        long p = person.id();
        Timestamp now = Timestamp.from(Instant.parse("2026-11-20T09:30:00Z"));
        LocalDate today = LocalDate.of(2026, 11, 20);
        long module = jdbc.queryForObject("select min(module_id) from module_version", Long.class);
        long moduleVersion = jdbc.queryForObject("select min(id) from module_version where module_id = ?", Long.class,
                module);
        long scenario = jdbc.queryForObject("select min(scenario_id) from scenario_version", Long.class);
        long scenarioVersion = jdbc.queryForObject("select min(id) from scenario_version where scenario_id = ?",
                Long.class, scenario);

        insert(ids, "learning.assignments", base + 1, "insert into assignment (id, version, authority_id, target_kind,"
                + " target_id, mandatory, created_by, created_at, content_kind, content_id)"
                + " values (?, 0, ?, 'EMPLOYEE', ?, true, 'fixture', ?, 'MODULE', ?)", a, p, now, module);
        insert(ids, "learning.progress", base + 2, "insert into learning_progress (id, version, authority_id,"
                + " employee_id, module_id, module_version, started_at, viewed_lessons, passed_quizzes, last_lesson)"
                + " values (?, 0, ?, ?, ?, ?, ?, '0', '', 0)", a, p, module, moduleVersion, now);
        insert(ids, "learning.quizAttempts", base + 3, "insert into quiz_attempt (id, version, progress_id,"
                + " employee_id, module_version, lesson_index, attempt_number, score_percent, passed, submitted_at)"
                + " values (?, 0, ?, ?, ?, 0, 1, 50, false, ?)", base + 2, p, moduleVersion, now);
        insert(ids, "learning.quizAnswers", base + 4, "insert into quiz_answer (id, version, attempt_id,"
                + " module_version, lesson_index, question_index, answer_index) values (?, 0, ?, ?, 0, 0, 1)",
                base + 3, moduleVersion);
        jdbc.update("insert into module_standing (employee_id, module_id, authority_id, started_at)"
                + " values (?, ?, ?, ?)", p, module, a, now);
        insert(ids, "scenario.attempts", base + 5, "insert into scenario_attempt (id, version, authority_id,"
                + " employee_id, scenario_id, scenario_version, started_at, state, transcript, back_steps, reflection)"
                + " values (?, 0, ?, ?, ?, ?, ?, '{}', '[]', 0, ?)", a, p, scenario, scenarioVersion, now,
                "Reflexion von " + person.username());
        insert(ids, "onboarding.checklists", base + 6, "insert into checklist (id, version, authority_id, employee_id,"
                + " title_de, title_en, start_date, created_at) values (?, 0, ?, ?, 'Einarbeitung', 'Onboarding', ?, ?)",
                a, p, today, now);
        insert(ids, "onboarding.items", base + 7, "insert into checklist_item (id, version, checklist_id, position,"
                + " phase_de, phase_en, title_de, title_en, responsible, due_date, sign_off, status, added_by_hand)"
                + " values (?, 0, ?, 0, 'Tag 1', 'Day 1', 'Ausweis', 'Badge', 'EMPLOYEE', ?, false, 'OPEN', false)",
                base + 6, today);
        insert(ids, "language.levels", base + 8, "insert into language_level (id, version, authority_id, employee_id,"
                + " language, overall, first_language, evidence, document_type, status, updated_at)"
                + " values (?, 0, ?, ?, 'tr', 'B2', false, 'TELC', 'application/pdf', 'SELF_REPORTED', ?)", a, p, now);
        jdbc.update("insert into language_evidence (level_id, document) values (?, ?)", base + 8, evidence(person));
        insert(ids, "language.courses", base + 9, "insert into language_course (id, version, authority_id,"
                + " employee_id, language, target_level, status, requested_at) values (?, 0, ?, ?, 'en', 'C1',"
                + " 'REQUESTED', ?)", a, p, now);
        jdbc.update("insert into language_pool_member (employee_id, authority_id, joined_at) values (?, ?, ?)", p, a,
                now);
        insert(ids, "notice.notices", base + 10, "insert into notice (id, version, authority_id, recipient_id,"
                + " message_key, arguments, dedupe_key, created_at) values (?, 0, ?, ?, 'notice.onboarding-due', '[]',"
                + " ?, ?)", a, p, "fixture-" + base, now);
        insert(ids, "certificate.certificates", base + 11, "insert into certificate (id, version, authority_id,"
                + " employee_id, holder_name, number, code, source_kind, title_de, title_en, completed_on, minutes,"
                + " language, pdf, issued_at) values (?, 0, ?, ?, ?, ?, ?, 'EXTERNAL', 'Kurs', 'Course', ?, 60, 'de',"
                + " ?, ?)", a, p, person.fullName(), "F-" + (base + 11), "FIX" + base, today, certificatePdf(person), now);
        insert(ids, "audit.accessAbout", base + 12, "insert into access_entry (id, accessed_at, authority_id,"
                + " actor_id, actor, subject_id, subject, kind, what) values (?, ?, ?, ?, 'Verwaltung', ?, ?,"
                + " 'PERSON_PAGE_VIEWED', null)", now, a, authority.admin().id(), p, person.fullName());
        insert(ids, "audit.accessBy", base + 13, "insert into access_entry (id, accessed_at, authority_id,"
                + " actor_id, actor, subject_id, subject, kind, what) values (?, ?, ?, ?, ?, ?, 'Verwaltung',"
                + " 'PERSON_PAGE_VIEWED', null)", now, a, p, person.fullName(), authority.admin().id());
        insert(ids, "audit.auditBy", base + 14, "insert into audit_entry (id, occurred_at, authority_id, actor, action,"
                + " target) values (?, ?, ?, ?, 'LOGIN', ?)", now, a, person.username(), person.username());
        insert(ids, "audit.auditAbout", base + 15, "insert into audit_entry (id, occurred_at, authority_id, actor,"
                + " action, target) values (?, ?, ?, ?, 'PASSWORD_RESET', ?)", now, a, authority.admin().username(),
                person.username());
        insert(ids, "team.reminders", base + 16, "insert into team_reminder (id, authority_id, employee_id,"
                + " content_kind, content_id, sent_at, sent_by) values (?, ?, ?, 'MODULE', ?, ?, ?)", a, p, module, now,
                authority.manager().id());
        insert(ids, "team.digestRuns", base + 17, "insert into manager_digest_run (id, version, employee_id, last_day)"
                + " values (?, 0, ?, ?)", p, today);
        long questionnaire = base + 19;
        long questionnaireVersion = base + 20;
        long round = base + 21;
        jdbc.update("insert into questionnaire (id, version, questionnaire_key, authority_id, status, shared, title_de,"
                + " title_en, draft, published_version, updated_at) values (?, 0, ?, ?, 'PUBLISHED', false, 'Fragen',"
                + " 'Questions', '{}', 1, ?)", questionnaire, "fixture-" + base, a, now);
        jdbc.update("insert into questionnaire_version (id, version, questionnaire_id, number, content, published_at)"
                + " values (?, 0, ?, 1, '{}', ?)", questionnaireVersion, questionnaire, now);
        jdbc.update("insert into assessment_round (id, version, authority_id, questionnaire_version_id, title,"
                + " whole_authority, starts_on, ends_on, reminder_sent, started_by_id, created_at) values (?, 0, ?, ?,"
                + " 'Standortbestimmung', true, ?, ?, false, ?, ?)", round, a, questionnaireVersion, today,
                today.plusDays(20), p, now);
        insert(ids, "assessment.participations", base + 22, "insert into assessment_participation (id, version,"
                + " round_id, employee_id, team_id, job_role_id, answered, draft) values (?, 0, ?, ?, null, null, false,"
                + " '{\"ratings\":{},\"comments\":{}}')", round, p);
        if (withPresetChange) {
            insert(ids, "visibility.presetChanges", base + 18, "insert into visibility_setting (id, version,"
                    + " authority_id, preset, changed_by_id, changed_by_name, changed_at)"
                    + " values (?, 0, ?, 'TOTALS_ONLY', ?, ?, ?)", a, p, person.fullName(), now);
        }
        // an action of the self-assessment's action plan from that round, which the person owns and created
        insert(ids, "actions.actions", base + 33, "insert into assessment_action (id, version, authority_id, round_id,"
                + " title, cornerstone, owner_id, due_on, status, created_by, created_at)"
                + " values (?, 0, ?, ?, 'Leitbild', 'SELF_IMAGE', ?, ?, 'OPEN', ?, ?)", a, round, p, today, p, now);
        jdbc.update("insert into assessment_action_statement (action_id, statement_key) values (?, 'sb-leitbild')",
                base + 33);
        return ids;
    }

    /** The number of the person's certificate, from the ids {@link #fill} answered. */
    static String certificateNumber(Map<String, Long> ids) {
        return "F-" + ids.get("certificate.certificates");
    }

    static byte[] evidence(TestAuthority.Person person) {
        return ("%PDF-1.4 evidence of " + person.username()).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] certificatePdf(TestAuthority.Person person) {
        return ("%PDF-1.4 certificate of " + person.username()).getBytes(StandardCharsets.UTF_8);
    }

    /** The table the fixture wrote each record type into ("learning.progress" → "learning_progress"). */
    Map<String, String> tables() {
        return Map.copyOf(tables);
    }

    private final Map<String, String> tables = new LinkedHashMap<>();

    private void insert(Map<String, Long> ids, String type, long id, String sql, Object... rest) {
        tables.put(type, sql.substring("insert into ".length()).split("[ (]", 2)[0]);
        Object[] arguments = new Object[rest.length + 1];
        arguments[0] = id;
        System.arraycopy(rest, 0, arguments, 1, rest.length);
        jdbc.update(sql, arguments);
        ids.put(type, id);
    }
}
