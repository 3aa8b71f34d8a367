package de.willkommensakademie.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.DomainException;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.certificate.CertificateVerification;
import de.willkommensakademie.certificate.Verification;
import de.willkommensakademie.learning.ModuleLibrary;
import de.willkommensakademie.learning.QuestionStatistics;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.scenario.ScenarioResults;
import de.willkommensakademie.scenario.ScenarioStatistics;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Retention and erasure on each database we support (H2 and PostgreSQL subclasses), with a moving clock: the runs
 * are handed the moment they run at, records are written with dates relative to it. Each test works in an authority
 * of its own, so what one deletes cannot touch another's records.
 */
abstract class RetentionContract {

    private static final AtomicLong IDS = new AtomicLong(-1_000_000);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    ApplicationContext context;
    @Autowired
    RetentionRuns runs;
    @Autowired
    RetentionSettings settings;
    @Autowired
    Erasure erasure;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ModuleLibrary modules;
    @Autowired
    ScenarioResults scenarios;
    @Autowired
    CertificateVerification verification;
    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    FeedbackRetention feedbackRetention;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void erasure_leaves_nothing_of_the_person_in_any_table_but_the_records_it_reports_as_kept() {
        TestAuthority authority = authority("x");
        PersonalDataFixture fixture = new PersonalDataFixture(jdbcTemplate, authority);
        Person person = authority.employee();
        Map<String, Long> rows = fixture.fill(person, 960_000_000L + authority.id() * 100, true);
        // and they co-lead the other team
        jdbcTemplate.update("insert into team_manager (team_id, employee_id) values (?, ?)", authority.otherTeamId(),
                person.id());
        SignedIn.as(accounts, authority.admin());

        Erasure.Result result = erasure.erase(person.id(), "Antrag auf Löschung");

        Map<String, String> tables = fixture.tables();
        Set<String> left = new TreeSet<>();
        rows.forEach((type, id) -> {
            if (jdbcTemplate.queryForObject("select count(*) from " + tables.get(type) + " where id = ?", Long.class,
                    id) > 0) {
                left.add(type);
            }
        });
        // what the law requires to keep, and what the result tells the administrator it kept
        assertThat(left).as("records left after erasure").containsExactlyInAnyOrder(KEPT_BY_ERASURE.toArray(
                String[]::new));
        assertThat(result.kept()).isNotEmpty();
        for (String table : List.of("module_standing", "language_pool_member", "team_manager")) {
            assertThat(jdbcTemplate.queryForObject("select count(*) from " + table + " where employee_id = ?",
                    Long.class, person.id())).as(table).isZero();
        }
        assertThat(jdbcTemplate.queryForObject("select username from employee where id = ?", String.class,
                person.id())).as("the account is anonymised").isNotEqualTo(person.username());
        assertThat(jdbcTemplate.queryForObject("select count(*) from assessment_action where id = ?"
                + " and owner_id is null and created_by is null", Long.class, rows.get("actions.actions")))
                .as("the action stays without its owner and creator").isEqualTo(1);
    }

    @Test
    void the_erasure_test_writes_a_row_into_every_table_about_people() {
        // so a new entity about people cannot escape the erasure test above by being absent from its fixture
        PersonalDataFixture fixture = new PersonalDataFixture(jdbcTemplate, authority("y"));
        fixture.fill(authority("y").employee(), 970_000_000L + authority("y").id() * 100, true);
        Set<String> filled = new TreeSet<>(fixture.tables().values());
        filled.addAll(FILLED_WITHOUT_ID);
        SessionFactoryImplementor hibernate = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
        Set<String> aboutPeople = PersonReferences.aboutPeople(PersonReferences.shapes(
                entityManagerFactory.getMetamodel()));
        Set<String> tables = new TreeSet<>();
        for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
            if (aboutPeople.contains(entity.getJavaType().getSimpleName())
                    && !PersonalDataCoverageTest.NOT_EXPORTED.containsKey(entity.getJavaType().getSimpleName())) {
                tables.add(((AbstractEntityPersister) hibernate.getMappingMetamodel()
                        .getEntityDescriptor(entity.getJavaType())).getTableName().toLowerCase(Locale.ROOT));
            }
        }
        assertThat(tables).as("read from the metamodel").contains("learning_progress", "certificate", "notice");
        assertThat(filled).containsAll(tables);
    }

    @Test
    void barrier_reports_go_two_years_after_their_answer_and_open_ones_stay() {
        long authority = authority("f").id();
        Instant now = clock.instant();
        long oldAnswered = report(authority, now.minus(Duration.ofDays(900)), now.minus(Duration.ofDays(800)));
        long recentlyAnswered = report(authority, now.minus(Duration.ofDays(900)), now.minus(Duration.ofDays(30)));
        long open = report(authority, now.minus(Duration.ofDays(900)), null);

        assertThat(feedbackRetention.run(now)).isGreaterThanOrEqualTo(1);

        assertThat(exists("accessibility_feedback", oldAnswered)).as("answered 800 days ago").isFalse();
        assertThat(exists("accessibility_feedback", recentlyAnswered)).isTrue();
        assertThat(exists("accessibility_feedback", open)).as("still open").isTrue();
    }

    private long report(long authority, Instant received, Instant answered) {
        long id = IDS.decrementAndGet();
        jdbcTemplate.update("insert into accessibility_feedback (id, version, authority_id, received_at, sender_name,"
                + " message, answered_at) values (?, 0, ?, ?, 'Besucherin', 'Kontrast zu schwach', ?)", id, authority,
                Timestamp.from(received), answered == null ? null : Timestamp.from(answered));
        return id;
    }

    /**
     * Tables the erasure test fills or checks without an id of the fixture's: the person (anonymised), the teams they
     * lead (their team_manager row) and their pool membership.
     */
    private static final Set<String> FILLED_WITHOUT_ID = Set.of("employee", "team", "language_pool_member");

    /**
     * Fixture record types an erasure keeps on purpose (README, Erasure): certificates and the logs, the
     * authority's visibility preset, which only points at the (now nameless) account that last changed it, and the
     * action plan's actions, which are the authority's and lose their owner and creator instead.
     */
    private static final Set<String> KEPT_BY_ERASURE = Set.of("certificate.certificates", "audit.accessAbout",
            "audit.accessBy", "audit.auditBy", "audit.auditAbout", "visibility.presetChanges", "actions.actions");

    private TestAuthority authority(String variant) {
        return TestAuthority.of(context, getClass(), variant);
    }

    @Test
    void confirmation_mode_counts_what_is_due_deletes_nothing_and_deletes_exactly_that_once_confirmed() {
        TestAuthority authority = authority("b");
        Instant now = clock.instant();
        Person employee = authority.employee();
        long due = notice(authority, employee, now.minus(91, ChronoUnit.DAYS));
        long kept = notice(authority, employee, now.minus(89, ChronoUnit.DAYS));
        notice(authority, authority.buddy(), now.minus(200, ChronoUnit.DAYS));

        List<RetentionRuns.Outcome> outcomes = runs.run(authority.id(), now);

        assertThat(outcomes).contains(new RetentionRuns.Outcome("notices", 2, 2, 0));
        assertThat(notices(authority)).isEqualTo(3);
        assertThat(jdbc.sql("select trigger_kind, people, due, retired from retention_run where authority_id = :a"
                + " and record_type = 'notices'").param("a", authority.id())
                .query((row, n) -> row.getString(1) + " " + row.getInt(2) + " " + row.getLong(3) + " "
                        + row.getLong(4)).list()).containsExactly("COUNTED 2 2 0");

        SignedIn.as(accounts, authority.admin());
        RetentionRuns.DueType dueNotices = runs.due().stream().filter(type -> type.type().equals("notices"))
                .findFirst().orElseThrow();
        assertThat(dueNotices.records()).isEqualTo(2);
        assertThat(dueNotices.people()).extracting(RetentionRuns.DuePerson::name)
                .containsExactlyInAnyOrder(employee.fullName(), authority.buddy().fullName());

        assertThat(runs.confirm("notices")).isEqualTo(2);

        assertThat(exists("notice", due)).isFalse();
        assertThat(exists("notice", kept)).isTrue();
        assertThat(notices(authority)).isEqualTo(1);
    }

    @Test
    void automatic_mode_deletes_exactly_what_is_due_and_the_next_day_what_became_due() {
        TestAuthority authority = authority("c");
        SignedIn.as(accounts, authority.admin());
        settings.setAutomatic(true);
        SignedIn.nobody();
        Instant now = clock.instant();
        Person employee = authority.employee();
        long old = access(authority, employee, now.atZone(ZoneId.systemDefault()).minusMonths(12).minusHours(1)
                .toInstant());
        long young = access(authority, employee, now.atZone(ZoneId.systemDefault()).minusMonths(12).plusHours(20)
                .toInstant());
        long otherAuthority = access(authority("c2"), authority("c2").employee(), now.minus(800, ChronoUnit.DAYS));

        runs.run(authority.id(), now);

        assertThat(exists("access_entry", old)).isFalse();
        assertThat(exists("access_entry", young)).isTrue();
        assertThat(exists("access_entry", otherAuthority)).isTrue();

        runs.run(authority.id(), now.plus(1, ChronoUnit.DAYS));

        assertThat(exists("access_entry", young)).isFalse();
        assertThat(exists("access_entry", otherAuthority)).isTrue();
    }

    @Test
    void quiz_answers_and_role_play_transcripts_go_while_the_statistics_keep_their_figures() {
        TestAuthority authority = authority("d");
        Instant now = clock.instant();
        Instant longAgo = now.atZone(ZoneId.systemDefault()).minusMonths(13).toInstant();
        Instant recently = now.atZone(ZoneId.systemDefault()).minusMonths(11).toInstant();
        List<Person> players = List.of(authority.employee(), authority.buddy(), authority.outsider(),
                authority.secondManager(), authority.englishSpeaker(), authority.manager());

        SignedIn.as(accounts, authority.trainer());
        long[] module = quizModule();
        List<QuestionStatistics> before = modules.statistics(module[0]);
        QuestionStatistics first = before.stream().filter(stats -> stats.lesson() > 0).findFirst().orElseThrow();
        long[] scenario = publishedScenario();
        for (int i = 0; i < players.size(); i++) {
            Instant completed = i < 4 ? longAgo : recently;
            long progress = progress(authority, players.get(i), module, completed);
            quizAnswer(progress, players.get(i), module[1], first.lesson() - 1, first.question() - 1, i % 2,
                    completed);
            playedScenario(authority, players.get(i), scenario, i % 3, completed);
        }
        List<QuestionStatistics> answered = modules.statistics(module[0]);
        ScenarioStatistics played = scenarios.statistics(scenario[0]);
        assertThat(played.players()).isEqualTo(6);
        SignedIn.nobody();
        jdbc.sql("insert into retention_policy (authority_id, version, automatic) values (:a, 0, true)")
                .param("a", authority.id()).update();

        runs.run(authority.id(), now);

        assertThat(jdbc.sql("select count(*) from quiz_attempt where employee_id in (:people)")
                .param("people", players.stream().map(Person::id).toList()).query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from scenario_attempt where authority_id = :a and transcript = '[]'")
                .param("a", authority.id()).query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from learning_progress where authority_id = :a")
                .param("a", authority.id()).query(Long.class).single()).isEqualTo(6);
        SignedIn.as(accounts, authority.trainer());
        assertThat(modules.statistics(module[0])).isEqualTo(answered);
        ScenarioStatistics after = scenarios.statistics(scenario[0]);
        assertThat(after.players()).isEqualTo(played.players());
        assertThat(after.choices()).isEqualTo(played.choices());
        assertThat(after.endings()).isEqualTo(played.endings());

        // Erasing one of the players deletes their attempt and answers altogether; the figures still stay.
        SignedIn.as(accounts, authority.admin());
        erasure.erase(authority.manager().id(), "Antrag vom 1. Dezember");
        SignedIn.as(accounts, authority.trainer());
        assertThat(modules.statistics(module[0])).isEqualTo(answered);
        ScenarioStatistics erased = scenarios.statistics(scenario[0]);
        assertThat(erased.players()).isEqualTo(played.players());
        assertThat(erased.choices()).isEqualTo(played.choices());
        assertThat(erased.endings()).isEqualTo(played.endings());
    }

    @Test
    void an_erased_person_cannot_sign_in_their_records_are_gone_and_their_certificate_verifies_without_a_name() {
        TestAuthority authority = authority("e");
        Instant now = clock.instant();
        Person employee = authority.employee();
        notice(authority, employee, now);
        long level = languageLevel(authority, employee);
        String code = certificate(authority, employee, now);
        access(authority, employee, now);
        assertThat(verification.verify(code).orElseThrow().holderName()).isEqualTo(employee.fullName());

        SignedIn.as(accounts, authority.admin());
        Erasure.Result result = erasure.erase(employee.id(), "Antrag vom 2. Dezember");

        assertThat(result.name()).isEqualTo(employee.fullName());
        assertThat(result.kept()).extracting(Erasure.Kept::type).containsExactlyInAnyOrder("certificates",
                "access-log");
        Erasure.Kept certificates = result.kept().stream().filter(kept -> kept.type().equals("certificates"))
                .findFirst().orElseThrow();
        assertThat(certificates.count()).isEqualTo(1);
        assertThat(certificates.until()).isCloseTo(now.atZone(ZoneId.systemDefault()).plusMonths(60).toInstant(),
                within(1, ChronoUnit.MINUTES));
        assertThatThrownBy(() -> accounts.loadUserByUsername(employee.username()))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThat(notices(authority)).isZero();
        assertThat(exists("language_level", level)).isFalse();
        assertThat(jdbc.sql("select count(*) from language_evidence where level_id = :id").param("id", level)
                .query(Long.class).single()).as("the level's evidence file").isZero();
        Verification verified = verification.verify(code).orElseThrow();
        assertThat(verified.holderErased()).isTrue();
        assertThat(verified.holderName()).isNull();
        assertThat(jdbc.sql("select first_name, last_name, email from employee where id = :id")
                .param("id", employee.id()).query((row, n) -> row.getString(1) + row.getString(2) + row.getString(3))
                .single()).doesNotContain(employee.firstName()).doesNotContain(employee.lastName());
        assertThat(jdbc.sql("select count(*) from access_entry where subject_id = :id and subject is not null")
                .param("id", employee.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select details_arguments from audit_entry where authority_id = :a and action = 'PERSON_ERASED'")
                .param("a", authority.id()).query(String.class).list()).singleElement().asString()
                .contains("Antrag vom 2. Dezember");
        assertThatThrownBy(() -> erasure.erase(employee.id(), "noch einmal")).isInstanceOf(DomainException.class);
    }

    @Test
    void people_who_left_are_anonymised_after_six_months_and_their_certificates_deleted_after_five_years() {
        TestAuthority authority = authority("f");
        Instant now = clock.instant();
        Person left = authority.left();
        String code = certificate(authority, left, now.minus(400, ChronoUnit.DAYS));
        jdbc.sql("insert into retention_policy (authority_id, version, automatic) values (:a, 0, true)")
                .param("a", authority.id()).update();

        runs.run(authority.id(), now.atZone(ZoneId.systemDefault()).plusMonths(4).toInstant());
        assertThat(accounts.loadUserByUsername(left.username())).isNotNull();

        runs.run(authority.id(), now.atZone(ZoneId.systemDefault()).plusMonths(6).toInstant());
        assertThatThrownBy(() -> accounts.loadUserByUsername(left.username()))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThat(verification.verify(code).orElseThrow().holderErased()).isTrue();
        assertThat(jdbc.sql("select count(*) from employee where authority_id = :a and erased_at is not null")
                .param("a", authority.id()).query(Long.class).single()).isEqualTo(1);

        runs.run(authority.id(), now.atZone(ZoneId.systemDefault()).plusMonths(58).toInstant());
        assertThat(verification.verify(code)).isPresent();

        runs.run(authority.id(), now.atZone(ZoneId.systemDefault()).plusMonths(60).toInstant());
        assertThat(verification.verify(code)).isEmpty();
    }

    @Test
    void a_period_below_its_minimum_an_unknown_type_and_another_authoritys_person_are_refused() {
        TestAuthority authority = authority("g");
        SignedIn.as(accounts, authority.admin());

        assertThatThrownBy(() -> settings.change("notices", 29)).isInstanceOf(DomainException.class)
                .hasMessageContaining("privacy.retention.error.below-minimum");
        assertThatThrownBy(() -> settings.change("certificates", 35)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> settings.change("browser-history", 12)).isInstanceOf(DomainException.class)
                .hasMessageContaining("privacy.retention.error.unknown-type");
        assertThatThrownBy(() -> runs.confirm("browser-history")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> erasure.erase(authority("g2").employee().id(), "Antrag"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> erasure.erase(authority.employee().id(), " ")).isInstanceOf(DomainException.class);

        settings.change("notices", 30);
        assertThat(settings.settings()).filteredOn(setting -> setting.type().equals("notices")).singleElement()
                .extracting(RetentionSettings.Setting::period).isEqualTo(30);
        assertThat(jdbc.sql("select count(*) from audit_entry where authority_id = :a and action = 'RETENTION_CHANGED'")
                .param("a", authority.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_person_whose_records_cannot_be_retired_keeps_all_of_them_and_the_next_run_picks_them_up() {
        TestAuthority authority = authority("h");
        Instant now = clock.instant();
        Instant longAgo = now.atZone(ZoneId.systemDefault()).minusMonths(13).toInstant();
        long[] scenario = publishedScenario();
        long employees = playedScenario(authority, authority.employee(), scenario, 0, longAgo);
        long buddys = playedScenario(authority, authority.buddy(), scenario, 1, longAgo);
        long broken = playedScenario(authority, authority.buddy(), scenario, 2, longAgo);
        // A transcript that cannot be read stops the buddy's retirement halfway through her attempts.
        jdbc.sql("update scenario_attempt set transcript = 'kein JSON' where id = :id").param("id", broken).update();
        jdbc.sql("insert into retention_policy (authority_id, version, automatic) values (:a, 0, true)")
                .param("a", authority.id()).update();

        assertThat(runs.run(authority.id(), now)).contains(new RetentionRuns.Outcome("role-play-attempts", 2, 3, 1));

        assertThat(transcript(employees)).isEqualTo("[]");
        assertThat(transcript(buddys)).as("rolled back with the broken one").contains("\"choice\":1");
        assertThat(jdbc.sql("select sum(tally) from scenario_tally where authority_id = :a and kind = 'CHOICE'")
                .param("a", authority.id()).query(Long.class).single()).as("only the employee's choice counted")
                .isEqualTo(1);

        jdbc.sql("update scenario_attempt set transcript = :t where id = :id").param("id", broken)
                .param("t", "[{\"node\":\"start\",\"choice\":2,\"before\":null}]").update();
        assertThat(runs.run(authority.id(), now.plus(1, ChronoUnit.DAYS)))
                .contains(new RetentionRuns.Outcome("role-play-attempts", 1, 2, 2));
        assertThat(transcript(buddys)).isEqualTo("[]");
        assertThat(transcript(broken)).isEqualTo("[]");
        assertThat(jdbc.sql("select sum(tally) from scenario_tally where authority_id = :a and kind = 'CHOICE'")
                .param("a", authority.id()).query(Long.class).single()).isEqualTo(3);
    }

    private String transcript(long attempt) {
        return jdbc.sql("select transcript from scenario_attempt where id = :id").param("id", attempt)
                .query(String.class).single();
    }

    // --- records written straight into the tables, with dates relative to the moving clock ---

    private long notice(TestAuthority authority, Person recipient, Instant created) {
        long id = IDS.decrementAndGet();
        jdbc.sql("""
                insert into notice (id, version, authority_id, recipient_id, message_key, arguments, dedupe_key,
                    created_at) values (:id, 0, :a, :p, 'notice.test', '[]', :dedupe, :at)""").param("id", id)
                .param("a", authority.id()).param("p", recipient.id()).param("dedupe", "retention-" + id)
                .param("at", created.atOffset(ZoneOffset.UTC)).update();
        return id;
    }

    private long notices(TestAuthority authority) {
        return jdbc.sql("select count(*) from notice where authority_id = :a").param("a", authority.id())
                .query(Long.class).single();
    }

    private long access(TestAuthority authority, Person subject, Instant at) {
        long id = IDS.decrementAndGet();
        jdbc.sql("""
                insert into access_entry (id, accessed_at, authority_id, actor_id, actor, subject_id, subject, kind)
                values (:id, :at, :a, :actor, 'admin', :p, :name, 'PERSON_PAGE_VIEWED')""").param("id", id)
                .param("at", at.atOffset(ZoneOffset.UTC)).param("a", authority.id())
                .param("actor", authority.admin().id()).param("p", subject.id()).param("name", subject.fullName())
                .update();
        return id;
    }

    private long languageLevel(TestAuthority authority, Person person) {
        long id = IDS.decrementAndGet();
        jdbc.sql("""
                insert into language_level (id, version, authority_id, employee_id, language, overall, first_language,
                    evidence, document_type, status, updated_at)
                values (:id, 0, :a, :p, 'en', 'B2', false, 'TELC', 'application/pdf', 'SELF_REPORTED', :at)""")
                .param("id", id).param("a", authority.id()).param("p", person.id())
                .param("at", clock.instant().atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("insert into language_evidence (level_id, document) values (:id, :doc)").param("id", id)
                .param("doc", new byte[] {1, 2}).update();
        return id;
    }

    private String certificate(TestAuthority authority, Person holder, Instant issued) {
        long id = IDS.decrementAndGet();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        jdbc.sql("""
                insert into certificate (id, version, authority_id, employee_id, holder_name, number, code, source_kind,
                    title_de, title_en, completed_on, minutes, language, pdf, issued_at)
                values (:id, 0, :a, :p, :name, :number, :code, 'EXTERNAL', 'Kurs', 'Course', :on, 60, 'de', :pdf,
                    :at)""").param("id", id).param("a", authority.id()).param("p", holder.id())
                .param("name", holder.fullName()).param("number", "T" + id).param("code", code.toString())
                .param("on", issued.atZone(ZoneId.systemDefault()).toLocalDate()).param("pdf", new byte[] {1})
                .param("at", issued.atOffset(ZoneOffset.UTC)).update();
        return code.toString();
    }

    /** A shipped module with a quiz: its id and the id of its published version. */
    private long[] quizModule() {
        for (long[] module : jdbc.sql("""
                select m.id, v.id from learning_module m join module_version v
                  on v.module_id = m.id and v.number = m.published_version
                where m.authority_id is null order by m.id""").query((row, n) -> new long[] {row.getLong(1),
                row.getLong(2)}).list()) {
            if (!modules.statistics(module[0]).isEmpty()) {
                return module;
            }
        }
        throw new IllegalStateException("No shipped module with a quiz");
    }

    private long[] publishedScenario() {
        return jdbc.sql("""
                select s.id, v.id from scenario s join scenario_version v
                  on v.scenario_id = s.id and v.number = s.published_version
                where s.authority_id is null order by s.id""").query((row, n) -> new long[] {row.getLong(1),
                row.getLong(2)}).list().getFirst();
    }

    private long progress(TestAuthority authority, Person person, long[] module, Instant completed) {
        long id = IDS.decrementAndGet();
        jdbc.sql("""
                insert into learning_progress (id, version, authority_id, employee_id, module_id, module_version,
                    started_at, viewed_lessons, passed_quizzes, last_lesson, completed_at)
                values (:id, 0, :a, :p, :module, :version, :at, '', '', 0, :at)""").param("id", id)
                .param("a", authority.id()).param("p", person.id()).param("module", module[0])
                .param("version", module[1]).param("at", completed.atOffset(ZoneOffset.UTC)).update();
        return id;
    }

    private void quizAnswer(long progress, Person person, long version, int lesson, int question, int answer,
            Instant at) {
        long attempt = IDS.decrementAndGet();
        jdbc.sql("""
                insert into quiz_attempt (id, version, progress_id, employee_id, module_version, lesson_index,
                    attempt_number, score_percent, passed, submitted_at)
                values (:id, 0, :progress, :p, :version, :lesson, 1, 100, true, :at)""").param("id", attempt)
                .param("progress", progress).param("p", person.id()).param("version", version)
                .param("lesson", lesson).param("at", at.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("""
                insert into quiz_answer (id, version, attempt_id, module_version, lesson_index, question_index,
                    answer_index) values (:id, 0, :attempt, :version, :lesson, :question, :answer)""")
                .param("id", IDS.decrementAndGet()).param("attempt", attempt).param("version", version)
                .param("lesson", lesson).param("question", question).param("answer", answer).update();
    }

    private long playedScenario(TestAuthority authority, Person person, long[] scenario, int choice,
            Instant completed) {
        long id = IDS.decrementAndGet();
        jdbc.sql("""
                insert into scenario_attempt (id, version, authority_id, employee_id, scenario_id, scenario_version,
                    started_at, state, transcript, back_steps, completed_at, ending, outcome, reflection)
                values (:id, 0, :a, :p, :scenario, :version, :at, '{}', :transcript, 0, :at, :ending, 'GOOD',
                    'Ich habe gelernt …')""").param("id", id).param("a", authority.id())
                .param("p", person.id()).param("scenario", scenario[0]).param("version", scenario[1])
                .param("at", completed.atOffset(ZoneOffset.UTC))
                .param("transcript", "[{\"node\":\"start\",\"choice\":" + choice + ",\"before\":null}]")
                .param("ending", choice == 0 ? "ende-gut" : "ende-schlecht").update();
        return id;
    }

    private boolean exists(String table, long id) {
        return jdbc.sql("select count(*) from " + table + " where id = :id").param("id", id).query(Long.class)
                .single() > 0;
    }
}
