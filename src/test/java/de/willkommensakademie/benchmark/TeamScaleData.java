package de.willkommensakademie.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds one separate authority at the scale of issue 12 with plain JDBC batch inserts (no JPA, no services), so it
 * is quick and disturbs no other authority: 10,000 employees in 35 teams (the first team has exactly 300 members and
 * six managers; 200 managers overall, the first 20 lead two teams), 8 job roles (3 per team), 500 published modules
 * with one version each, 10 published role-plays, team, job-role and person assignments (12 to 15 items per person,
 * some mandatory, some due in the past; a team's people are individually assigned from 12 electives), {@code progressRows} learning progress rows (completed, expiring, expired, in
 * progress), role-play attempts and onboarding checklists for the team of 300.
 *
 * <p>Module and role-play content is copied from the demo data's first published version, so it is content the
 * application itself wrote and reads. Ids start at {@link #FIRST_ID}, far above anything the sequences hand out.
 */
final class TeamScaleData {

    static final long FIRST_ID = 900_000_000L;
    static final int EMPLOYEES = 10_000;
    static final int TEAMS = 35;
    static final int BIG_TEAM = 300;
    static final int MANAGERS = 200;
    static final int MANAGERS_OF_TWO_TEAMS = 20;
    static final int JOB_ROLES = 8;
    static final int MODULES = 500;
    static final int ROLE_PLAYS = 10;
    static final int NEWCOMERS = 50;
    /** Modules a team's people are individually assigned from (so a team's matrix has about 40 columns, not 200). */
    static final int ELECTIVES = 12;
    static final int CHECKLIST_ITEMS = 15;
    private static final int BATCH = 1000;
    private static final int COMMIT = 50_000;

    /** What the benchmark needs to find again. */
    record Built(long authorityId, long bigTeamId, List<Long> teamIds, String bigTeamManager, String admin,
            List<Long> managerIds, int progressRows, int assignments) {
    }

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Instant now = Instant.now();
    private final LocalDate today = LocalDate.now();

    TeamScaleData(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The team of employee {@code index}: the first 300 are team 0, the others spread over the other 34. */
    static int teamOf(int index) {
        return index < BIG_TEAM ? 0 : 1 + (index - BIG_TEAM) % (TEAMS - 1);
    }

    /** Three of the eight job roles occur in each team. */
    static int jobRoleOf(int index) {
        return (teamOf(index) + index % 3) % JOB_ROLES;
    }

    /** The employee who is manager number {@code k}: a member of team {@code k % 35}. */
    static int managerIndex(int k) {
        int team = k % TEAMS;
        int nth = k / TEAMS;
        return team == 0 ? nth : BIG_TEAM + (team - 1) + (TEAMS - 1) * nth;
    }

    Built build(int progressRows) {
        String hash = jdbc.queryForObject("select password_hash from employee where username = 'employee'",
                String.class);
        String moduleContent = jdbc.queryForObject(
                "select content from module_version where id = (select min(id) from module_version)", String.class);
        String rolePlayContent = jdbc.queryForObject(
                "select content from scenario_version where id = (select min(id) from scenario_version)",
                String.class);
        long authority = FIRST_ID;
        int[] assignmentCount = new int[1];
        Set<Integer> managers = new LinkedHashSet<>();
        for (int k = 0; k < MANAGERS; k++) {
            managers.add(managerIndex(k));
        }
        int admin = EMPLOYEES - 1;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            step("authority, job roles, teams", () -> {
                insert(connection, "insert into authority (id, version, name, short_name, default_language) "
                        + "values (?, 0, 'Ausländerbehörde Benchmarkstadt', 'ABH Benchmark', 'de')", 1,
                        (s, n) -> s.setLong(1, authority));
                insert(connection, """
                        insert into job_role (id, version, authority_id, code, name_de, name_en, built_in)
                        values (?, 0, ?, ?, ?, ?, false)""", JOB_ROLES, (s, n) -> {
                    s.setLong(1, FIRST_ID + n);
                    s.setLong(2, authority);
                    s.setString(3, "bench-role-" + n);
                    s.setString(4, "Benchmark-Rolle " + n);
                    s.setString(5, "Benchmark role " + n);
                });
                insert(connection, "insert into team (id, version, authority_id, name) values (?, 0, ?, ?)", TEAMS,
                        (s, n) -> {
                            s.setLong(1, FIRST_ID + n);
                            s.setLong(2, authority);
                            s.setString(3, n == 0 ? "Benchmark-Abteilung 300" : "Benchmark-Team " + n);
                        });
            });
            step(EMPLOYEES + " employees, their roles, " + MANAGERS + " managers", () -> {
                insert(connection, """
                        insert into employee (id, version, authority_id, first_name, last_name, email, username,
                            password_hash, password_change_required, preferred_language, start_date, job_role_id,
                            team_id, active, left_on, failed_logins, locked_until)
                        values (?, 0, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, 0, null)""", EMPLOYEES, (s, n) -> {
                    boolean left = n >= BIG_TEAM && n % 97 == 0 && !managers.contains(n) && n != admin;
                    s.setLong(1, FIRST_ID + n);
                    s.setLong(2, authority);
                    s.setString(3, "Vorname" + n);
                    s.setString(4, "Nachname" + String.format("%05d", (n * 7919) % EMPLOYEES));
                    s.setString(5, "tp" + n + "@benchmark.example");
                    s.setString(6, "tp" + n);
                    s.setString(7, hash);
                    s.setString(8, n % 5 == 0 ? "en" : "de");
                    s.setDate(9, Date.valueOf(startDate(n)));
                    s.setLong(10, FIRST_ID + jobRoleOf(n));
                    s.setLong(11, FIRST_ID + teamOf(n));
                    s.setBoolean(12, !left);
                    s.setDate(13, left ? Date.valueOf(today.minusDays(30)) : null);
                });
                insert(connection, "insert into employee_role (employee_id, role) values (?, 'EMPLOYEE')", EMPLOYEES,
                        (s, n) -> s.setLong(1, FIRST_ID + n));
                List<Integer> managerList = new ArrayList<>(managers);
                insert(connection, "insert into employee_role (employee_id, role) values (?, 'MANAGER')",
                        managerList.size(), (s, n) -> s.setLong(1, FIRST_ID + managerList.get(n)));
                insert(connection, "insert into employee_role (employee_id, role) values (?, 'ADMIN')", 1,
                        (s, n) -> s.setLong(1, FIRST_ID + admin));
                insert(connection, "insert into team_manager (team_id, employee_id) values (?, ?)",
                        MANAGERS + MANAGERS_OF_TWO_TEAMS, (s, n) -> {
                            int k = n < MANAGERS ? n : n - MANAGERS;
                            int team = n < MANAGERS ? k % TEAMS : (k % TEAMS + 1) % TEAMS;
                            s.setLong(1, FIRST_ID + team);
                            s.setLong(2, FIRST_ID + managerIndex(k));
                        });
            });
            step(MODULES + " modules and " + ROLE_PLAYS + " role-plays with one published version each", () -> {
                Timestamp published = Timestamp.from(now.minus(Duration.ofDays(800)));
                insert(connection, """
                        insert into learning_module (id, version, module_key, authority_id, shared, status,
                            cornerstone, title_de, title_en, draft, published_version, updated_at)
                        values (?, 0, ?, ?, false, 'PUBLISHED', ?, ?, ?, ?, 1, ?)""", MODULES, (s, n) -> {
                    s.setLong(1, FIRST_ID + n);
                    s.setString(2, "bench-module-" + n);
                    s.setLong(3, authority);
                    s.setString(4, List.of("SELF_IMAGE", "ORGANISATION", "APPEARANCE", "COMPETENCES", "NETWORKING")
                            .get(n % 5));
                    s.setString(5, "Benchmark-Modul " + n);
                    s.setString(6, "Benchmark module " + n);
                    s.setString(7, moduleContent);
                    s.setTimestamp(8, published);
                });
                insert(connection, """
                        insert into module_version (id, version, module_id, number, content, published_at)
                        values (?, 0, ?, 1, ?, ?)""", MODULES, (s, n) -> {
                    s.setLong(1, FIRST_ID + n);
                    s.setLong(2, FIRST_ID + n);
                    s.setString(3, moduleContent);
                    s.setTimestamp(4, published);
                });
                insert(connection, """
                        insert into scenario (id, version, scenario_key, authority_id, shared, status, title_de,
                            title_en, draft, published_version, updated_at)
                        values (?, 0, ?, ?, false, 'PUBLISHED', ?, ?, ?, 1, ?)""", ROLE_PLAYS, (s, n) -> {
                    s.setLong(1, FIRST_ID + n);
                    s.setString(2, "bench-role-play-" + n);
                    s.setLong(3, authority);
                    s.setString(4, "Benchmark-Rollenspiel " + n);
                    s.setString(5, "Benchmark role-play " + n);
                    s.setString(6, rolePlayContent);
                    s.setTimestamp(7, published);
                });
                insert(connection, """
                        insert into scenario_version (id, version, scenario_id, number, content, published_at)
                        values (?, 0, ?, 1, ?, ?)""", ROLE_PLAYS, (s, n) -> {
                    s.setLong(1, FIRST_ID + n);
                    s.setLong(2, FIRST_ID + n);
                    s.setString(3, rolePlayContent);
                    s.setTimestamp(4, published);
                });
            });
            step("assignments", () -> assignmentCount[0] = assign(connection, authority));
            step(String.format("%,d learning progress rows", progressRows),
                    () -> progress(connection, authority, progressRows));
            step("role-play attempts and onboarding checklists for the team of 300",
                    () -> teamOfThreeHundred(connection, authority));
        } catch (SQLException failed) {
            throw new IllegalStateException("generating the benchmark data failed", failed);
        }
        // What autovacuum (PostgreSQL) or a restart would do sooner or later: fresh statistics for the planner, and on
        // PostgreSQL the visibility map that lets look-ups be answered from an index alone (autovacuum sets it
        // after bulk inserts; a benchmark that runs right after inserting would otherwise measure the table's rows).
        boolean postgres = jdbc.execute((ConnectionCallback<Boolean>) connection -> connection.getMetaData()
                .getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres"));
        step(postgres ? "vacuum analyze" : "analyze", () -> jdbc.execute(postgres ? "vacuum analyze" : "analyze"));
        List<Long> teamIds = new ArrayList<>();
        for (int team = 0; team < TEAMS; team++) {
            teamIds.add(FIRST_ID + team);
        }
        return new Built(authority, FIRST_ID, teamIds, "tp" + managerIndex(0), "tp" + admin,
                managers.stream().map(index -> FIRST_ID + index).toList(), progressRows, assignmentCount[0]);
    }

    /** Start dates over ten years; the last 50 of the team of 300 started within the last 60 days. */
    private LocalDate startDate(int index) {
        if (index >= BIG_TEAM - NEWCOMERS && index < BIG_TEAM) {
            return today.minusDays(index % 60);
        }
        return today.minusDays(90 + (index * 13L) % 3650);
    }

    /**
     * Per team 6 modules (3 mandatory; one due 30 days ago, one 90 days after the start, one in 20 days), per job
     * role 6 modules (3 mandatory; one due 100 days ago), every third person 1 to 3 recommended modules from their
     * team's electives,
     * and 3 role-plays for the team of 300 (2 through the team, 1 through job role 0). Returns how many.
     */
    private int assign(Connection connection, long authority) throws SQLException {
        record Row(String kind, long contentId, String target, long targetId, boolean mandatory, LocalDate due,
                Integer daysAfterStart, Integer daysAfterAssignment) {
        }
        List<Row> rows = new ArrayList<>();
        for (int team = 0; team < TEAMS; team++) {
            for (int q = 0; q < 6; q++) {
                rows.add(new Row("MODULE", FIRST_ID + (team * 11 + q * 83) % MODULES, "TEAM", FIRST_ID + team, q < 3,
                        q == 0 ? today.minusDays(30) : q == 2 ? today.plusDays(20) : null, q == 1 ? 90 : null, null));
            }
        }
        for (int role = 0; role < JOB_ROLES; role++) {
            for (int q = 0; q < 6; q++) {
                rows.add(new Row("MODULE", FIRST_ID + (role * 29 + 250 + q * 41) % MODULES, "JOB_ROLE",
                        FIRST_ID + role, q % 2 == 0, q == 0 ? today.minusDays(100) : q == 2 ? today.plusDays(45)
                                : null, null, null));
            }
        }
        for (int person = 0; person < EMPLOYEES; person += 3) {
            for (int p = 0; p < 1 + (person / 3) % 3; p++) {
                int elective = (person / 3 + p * 5) % ELECTIVES;
                rows.add(new Row("MODULE", FIRST_ID + (teamOf(person) * 13 + 300 + elective * 7) % MODULES,
                        "EMPLOYEE", FIRST_ID + person, false, null, null, p == 0 ? 30 : null));
            }
        }
        rows.add(new Row("ROLE_PLAY", FIRST_ID, "TEAM", FIRST_ID, true, today.minusDays(14), null, null));
        rows.add(new Row("ROLE_PLAY", FIRST_ID + 1, "TEAM", FIRST_ID, false, null, null, null));
        rows.add(new Row("ROLE_PLAY", FIRST_ID + 2, "JOB_ROLE", FIRST_ID, true, null, 60, null));
        Timestamp created = Timestamp.from(now.minus(Duration.ofDays(200)));
        insert(connection, """
                insert into assignment (id, version, authority_id, content_kind, content_id, target_kind, target_id,
                    mandatory, due_date, due_days_after_start, due_days_after_assignment, created_by, created_at)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'benchmark', ?)""", rows.size(), (s, n) -> {
            Row row = rows.get(n);
            s.setLong(1, FIRST_ID + n);
            s.setLong(2, authority);
            s.setString(3, row.kind());
            s.setLong(4, row.contentId());
            s.setString(5, row.target());
            s.setLong(6, row.targetId());
            s.setBoolean(7, row.mandatory());
            s.setDate(8, row.due() == null ? null : Date.valueOf(row.due()));
            setInteger(s, 9, row.daysAfterStart());
            setInteger(s, 10, row.daysAfterAssignment());
            s.setTimestamp(11, created);
        });
        return rows.size();
    }

    /**
     * {@code rows} progress rows spread evenly over all employees: each works through a window of consecutive modules
     * (so some assigned modules are started and others not). Of the started ones 60 % are completed within the last
     * year (those completed more than 305 days ago expire within 60 days), 15 % completed 500 days ago and expired,
     * 25 % in progress.
     */
    private void progress(Connection connection, long authority, int rows) throws SQLException {
        int perPerson = rows / EMPLOYEES;
        insert(connection, """
                insert into learning_progress (id, version, authority_id, employee_id, module_id, module_version,
                    started_at, viewed_lessons, passed_quizzes, last_lesson, completed_at, expires_at)
                values (?, 0, ?, ?, ?, ?, ?, ?, '', 0, ?, ?)""", perPerson * EMPLOYEES, (s, n) -> {
            int person = n / perPerson;
            int j = n % perPerson;
            long module = FIRST_ID + ((person * 37L + j) % MODULES);
            int kind = (person * 31 + j * 17) % 20;
            Instant completed = null;
            Instant expires = null;
            Instant started;
            if (kind < 12) {
                completed = now.minus(Duration.ofDays((person + j * 7L) % 360));
                expires = completed.plus(Duration.ofDays(365));
                started = completed.minus(Duration.ofDays(2));
            } else if (kind < 15) {
                completed = now.minus(Duration.ofDays(500));
                expires = completed.plus(Duration.ofDays(365));
                started = completed.minus(Duration.ofDays(1));
            } else {
                started = now.minus(Duration.ofDays(1 + (person + j) % 90));
            }
            s.setLong(1, FIRST_ID + n);
            s.setLong(2, authority);
            s.setLong(3, FIRST_ID + person);
            s.setLong(4, module);
            s.setLong(5, module);
            s.setTimestamp(6, Timestamp.from(started));
            s.setString(7, completed != null ? "0,1" : "0");
            s.setTimestamp(8, completed == null ? null : Timestamp.from(completed));
            s.setTimestamp(9, expires == null ? null : Timestamp.from(expires));
        });
    }

    /**
     * Attempts at the three role-plays assigned to the team of 300 (two of three people started each, half of those
     * reached an ending), and a checklist of 15 items for each of the 50 newcomers (items due more than three days
     * ago are mostly done, one skipped, the rest open).
     */
    private void teamOfThreeHundred(Connection connection, long authority) throws SQLException {
        List<int[]> attempts = new ArrayList<>();
        for (int person = 0; person < BIG_TEAM; person++) {
            for (int rolePlay = 0; rolePlay < 3; rolePlay++) {
                if ((person + rolePlay) % 3 != 0) {
                    attempts.add(new int[] {person, rolePlay});
                }
            }
        }
        insert(connection, """
                insert into scenario_attempt (id, version, authority_id, employee_id, scenario_id, scenario_version,
                    started_at, state, transcript, back_steps, completed_at, ending, outcome, reflection)
                values (?, 0, ?, ?, ?, ?, ?, '{}', '[]', 0, ?, ?, ?, null)""", attempts.size(), (s, n) -> {
            int[] attempt = attempts.get(n);
            boolean ended = n % 2 == 0;
            Instant started = now.minus(Duration.ofDays(1 + n % 100));
            s.setLong(1, FIRST_ID + n);
            s.setLong(2, authority);
            s.setLong(3, FIRST_ID + attempt[0]);
            s.setLong(4, FIRST_ID + attempt[1]);
            s.setLong(5, FIRST_ID + attempt[1]);
            s.setTimestamp(6, Timestamp.from(started));
            s.setTimestamp(7, ended ? Timestamp.from(started.plus(Duration.ofMinutes(20))) : null);
            s.setString(8, ended ? "end" : null);
            s.setString(9, ended ? List.of("GOOD", "ACCEPTABLE", "POOR").get(n % 3) : null);
        });
        insert(connection, """
                insert into checklist (id, version, authority_id, employee_id, template_version_id, title_de,
                    title_en, start_date, buddy_id, created_at)
                values (?, 0, ?, ?, null, 'Einarbeitung', 'Onboarding', ?, ?, ?)""", NEWCOMERS, (s, n) -> {
            int person = BIG_TEAM - NEWCOMERS + n;
            s.setLong(1, FIRST_ID + n);
            s.setLong(2, authority);
            s.setLong(3, FIRST_ID + person);
            s.setDate(4, Date.valueOf(startDate(person)));
            s.setLong(5, FIRST_ID + 10 + n);
            s.setTimestamp(6, Timestamp.from(now.minus(Duration.ofDays(60))));
        });
        insert(connection, """
                insert into checklist_item (id, version, checklist_id, position, phase_de, phase_en, title_de,
                    title_en, responsible, due_date, sign_off, status, done_at, done_by, added_by_hand)
                values (?, 0, ?, ?, 'Erste Woche', 'First week', ?, ?, ?, ?, ?, ?, ?, ?, false)""",
                NEWCOMERS * CHECKLIST_ITEMS, (s, n) -> {
                    int checklist = n / CHECKLIST_ITEMS;
                    int position = n % CHECKLIST_ITEMS;
                    int person = BIG_TEAM - NEWCOMERS + checklist;
                    LocalDate due = startDate(person).plusDays(position * 5L);
                    boolean past = due.isBefore(today.minusDays(3));
                    String status = position == 7 ? "SKIPPED" : past && position % 5 != 0 ? "DONE" : "OPEN";
                    s.setLong(1, FIRST_ID + n);
                    s.setLong(2, FIRST_ID + checklist);
                    s.setInt(3, position);
                    s.setString(4, "Aufgabe " + position);
                    s.setString(5, "Task " + position);
                    s.setString(6, List.of("EMPLOYEE", "BUDDY", "MANAGER", "IT").get(position % 4));
                    s.setDate(7, Date.valueOf(due));
                    s.setBoolean(8, position % 4 == 0);
                    s.setString(9, status);
                    s.setTimestamp(10, status.equals("DONE") ? Timestamp.from(now.minus(Duration.ofDays(1)))
                            : null);
                    if (status.equals("DONE")) {
                        s.setLong(11, FIRST_ID + person);
                    } else {
                        s.setNull(11, Types.BIGINT);
                    }
                });
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement, int index) throws SQLException;
    }

    @FunctionalInterface
    private interface Step {
        void run() throws SQLException;
    }

    private static void step(String what, Step step) {
        long start = System.nanoTime();
        try {
            step.run();
        } catch (SQLException failed) {
            throw new IllegalStateException(what + " failed", failed);
        }
        Figures.print(String.format("generated %-70s %7.1f s", what, (System.nanoTime() - start) / 1e9));
    }

    /** Inserts {@code count} rows in batches of 1,000, committing every 50,000. */
    private static void insert(Connection connection, String sql, int count, Binder binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int index = 0; index < count; index++) {
                binder.bind(statement, index);
                statement.addBatch();
                if ((index + 1) % BATCH == 0) {
                    statement.executeBatch();
                }
                if ((index + 1) % COMMIT == 0) {
                    connection.commit();
                }
            }
            statement.executeBatch();
            connection.commit();
        }
    }

    private static void setInteger(PreparedStatement statement, int position, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(position, Types.INTEGER);
        } else {
            statement.setInt(position, value);
        }
    }
}
