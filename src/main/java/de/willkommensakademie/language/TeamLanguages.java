package de.willkommensakademie.language;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import de.willkommensakademie.audit.AccessKind;
import de.willkommensakademie.audit.AccessLog;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.TeamPerson;
import de.willkommensakademie.visibility.PeopleCount;
import de.willkommensakademie.visibility.VisibilityRules.Record;
import de.willkommensakademie.visibility.VisibilityRules.Sight;
import de.willkommensakademie.visibility.VisibilitySettings;
import jakarta.annotation.security.RolesAllowed;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager's view of their teams' languages: coverage of the priority languages, levels waiting for verification,
 * and the courses with hours and cost per year, also as CSV and XLSX for the budget. Names and levels per person
 * only where the authority's preset shows verified language levels per person; otherwise counts from five people.
 */
@Service
public class TeamLanguages {

    private final LanguageLevelRepository levels;
    private final LanguagePoolRepository pool;
    private final LanguageCourses courses;
    private final PriorityLanguages priorities;
    private final LanguageTargetRepository targets;
    private final StaffDirectory staff;
    private final LanguageAccess access;
    private final AccessLog accessLog;
    private final VisibilitySettings visibility;

    TeamLanguages(LanguageLevelRepository levels, LanguagePoolRepository pool, LanguageCourses courses,
            PriorityLanguages priorities, LanguageTargetRepository targets, StaffDirectory staff,
            LanguageAccess access, AccessLog accessLog, VisibilitySettings visibility) {
        this.accessLog = accessLog;
        this.visibility = visibility;
        this.priorities = priorities;
        this.targets = targets;
        this.levels = levels;
        this.pool = pool;
        this.courses = courses;
        this.staff = staff;
        this.access = access;
    }

    /**
     * Whether the preset lets managers see team members' language levels per person. The course history and its
     * export state the levels reached, so they follow the same rule; requests and planned courses are the manager's
     * own workflow and stay (docs/visibility.md, scope).
     */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional(readOnly = true)
    public boolean levelsPerPerson() {
        return levelsSight() == Sight.PER_PERSON;
    }

    Sight levelsSight() {
        return visibility.managerSight(Record.VERIFIED_LANGUAGE_LEVELS);
    }

    /**
     * Everything "Sprachen im Team" shows, read once per page load in one transaction: the manager's teams resolved
     * once, then levels, pool, targets, courses and the people's names each in one query, so the number of statements
     * does not grow with the team. Names and levels per person only as the preset allows (empty otherwise).
     */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional(readOnly = true)
    public TeamLanguagesPage page() {
        Sight sight = levelsSight();
        TeamRead read = read();
        List<TeamGap> open = gaps(read);
        return new TeamLanguagesPage(sight == Sight.PER_PERSON, coverage(sight, read),
                sight == Sight.PER_PERSON ? open : List.of(), gapCounts(sight, open), pending(read),
                courses.visible(read.courses(), sight), yearTotals(sight, read.courses()));
    }

    @RolesAllowed(Role.Name.MANAGER)
    @Transactional(readOnly = true)
    public Coverage coverage() {
        return coverage(levelsSight(), read());
    }

    private Coverage coverage(Sight sight, TeamRead read) {
        List<String> languages = priorities.current();
        Map<String, Map<Cefr, Long>> atLeast = new LinkedHashMap<>();
        languages.forEach(language -> atLeast.put(language, new EnumMap<>(Cefr.class)));
        for (LevelFacts level : read.levels()) {
            boolean counted = level.firstLanguage() ? read.pooled().contains(level.employeeId())
                    : level.status() == LevelStatus.VERIFIED;
            Map<Cefr, Long> row = atLeast.get(level.language());
            if (counted && row != null) {
                for (Cefr step : Cefr.values()) {
                    if (level.overall().atLeast(step)) {
                        row.merge(step, 1L, Long::sum);
                    }
                }
            }
        }
        Map<String, Map<Cefr, PeopleCount>> shown = new LinkedHashMap<>();
        atLeast.forEach((language, counts) -> {
            Map<Cefr, PeopleCount> row = new EnumMap<>(Cefr.class);
            for (Cefr step : Cefr.values()) {
                row.put(step, PeopleCount.of(sight, counts.getOrDefault(step, 0L)));
            }
            shown.put(language, row);
        });
        return new Coverage(languages, shown, PeopleCount.of(sight, read.team().size()));
    }

    /** Targets of the team members' job roles they do not meet yet, counting only verified levels. */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional(readOnly = true)
    public List<TeamGap> openGaps() {
        if (levelsSight() != Sight.PER_PERSON) {
            throw new UserFacingException("language.team.per-person-not-shown");
        }
        return gaps(read());
    }

    /** The open gaps as counts of people per language target, without names, as the preset shows them. */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional(readOnly = true)
    public List<GapCount> openGapCounts() {
        return gapCounts(levelsSight(), gaps(read()));
    }

    private static List<GapCount> gapCounts(Sight sight, List<TeamGap> gaps) {
        // One gap per person and target: a person has one job role, so the gaps of a target are its people.
        Map<List<Object>, Long> people = new LinkedHashMap<>();
        for (TeamGap open : gaps) {
            Target target = open.gap().target();
            people.merge(Arrays.asList(target.language(), target.skill(), target.level()), 1L, Long::sum);
        }
        return people.entrySet().stream().map(entry -> new GapCount((String) entry.getKey().get(0),
                (Skill) entry.getKey().get(1), (Cefr) entry.getKey().get(2), PeopleCount.of(sight, entry.getValue())))
                .toList();
    }

    private List<TeamGap> gaps(TeamRead read) {
        if (read.team().isEmpty()) {
            return List.of();
        }
        Map<String, List<Target>> byJobRole = new HashMap<>();
        targets.findByAuthorityIdOrderByJobRoleCodeAscLanguageAsc(access.ownAuthority())
                .forEach(target -> byJobRole.computeIfAbsent(target.toTarget().jobRoleCode(),
                        code -> new ArrayList<>()).add(target.toTarget()));
        Map<Long, List<LevelRow>> levelsByPerson = new HashMap<>();
        read.levels().forEach(level -> levelsByPerson.computeIfAbsent(level.employeeId(),
                id -> new ArrayList<>()).add(level.row()));
        List<TeamGap> open = new ArrayList<>();
        for (long person : read.team()) {
            TeamPerson member = read.people().get(person);
            if (member == null || !member.active() || member.jobRoleCode() == null) {
                continue;
            }
            for (Gap gap : Gaps.of(byJobRole.getOrDefault(member.jobRoleCode(), List.of()),
                    levelsByPerson.getOrDefault(person, List.of()), true)) {
                if (!gap.met()) {
                    open.add(new TeamGap(member.fullName(), gap));
                }
            }
        }
        open.sort(Comparator.comparing(TeamGap::person));
        return open;
    }

    /** Self-reported levels of team members; first languages only of people in the pool. */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional(readOnly = true)
    public List<PendingLevel> pendingVerifications() {
        return pending(read());
    }

    private static List<PendingLevel> pending(TeamRead read) {
        List<PendingLevel> pending = new ArrayList<>();
        for (LevelFacts level : read.levels()) {
            if (level.status() == LevelStatus.SELF_REPORTED
                    && (!level.firstLanguage() || read.pooled().contains(level.employeeId()))) {
                pending.add(new PendingLevel(level.id(), level.version(), read.name(level.employeeId()),
                        level.language(), level.overall(), level.evidence(), level.documentType()));
            }
        }
        return pending;
    }

    /**
     * Courses, hours planned and attended, and cost per year of the course start; requests and declined courses
     * without a start date do not count.
     */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional(readOnly = true)
    public List<YearTotal> yearTotals() {
        return yearTotals(levelsSight(), courses.teamAll(team()));
    }

    private static List<YearTotal> yearTotals(Sight sight, List<CourseRow> all) {
        Map<Integer, long[]> totals = new TreeMap<>();
        Map<Integer, Set<Long>> people = new TreeMap<>();
        for (CourseRow course : all) {
            if (course.startDate() == null || course.status() == CourseStatus.DECLINED) {
                continue;
            }
            long[] sums = totals.computeIfAbsent(course.startDate().getYear(), year -> new long[4]);
            sums[0]++;
            sums[1] += course.hoursPlanned() == null ? 0 : course.hoursPlanned();
            sums[2] += course.hoursAttended() == null ? 0 : course.hoursAttended();
            sums[3] += course.costCents() == null ? 0 : course.costCents();
            people.computeIfAbsent(course.startDate().getYear(), year -> new HashSet<>())
                    .add(course.employeeId());
        }
        return totals.entrySet().stream().map(year -> PeopleCount.of(sight, people.get(year.getKey()).size())
                .fewerThanMin() ? new YearTotal(year.getKey(), 0, 0, 0, 0, true)
                        : new YearTotal(year.getKey(), (int) year.getValue()[0], year.getValue()[1],
                                year.getValue()[2], year.getValue()[3], false)).toList();
    }

    @RolesAllowed(Role.Name.MANAGER)
    @Transactional(readOnly = true)
    public byte[] coursesCsv(Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            csv.printRecord(header());
            for (List<Object> row : rows(locale, "CSV")) {
                csv.printRecord(row);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    @RolesAllowed(Role.Name.MANAGER)
    @Transactional(readOnly = true)
    public byte[] coursesXlsx(Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Willkommensakademie", "1.0");
            Worksheet sheet = workbook.newWorksheet("Courses");
            List<String> header = header();
            for (int column = 0; column < header.size(); column++) {
                sheet.value(0, column, header.get(column));
            }
            List<List<Object>> rows = rows(locale, "XLSX");
            for (int row = 0; row < rows.size(); row++) {
                for (int column = 0; column < rows.get(row).size(); column++) {
                    Object value = rows.get(row).get(column);
                    if (value instanceof Number number) {
                        sheet.value(row + 1, column, number);
                    } else if (value != null) {
                        sheet.value(row + 1, column, value.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static List<String> header() {
        return List.of("person", "language", "target_level", "provider", "start", "end", "hours_planned",
                "hours_attended", "cost_eur", "status", "level_reached");
    }

    /** The team's courses as exported; the export is recorded in each person's access log. */
    private List<List<Object>> rows(Locale locale, String format) {
        if (levelsSight() != Sight.PER_PERSON) {
            // One row per course names the person and the level reached: not under a counts-only preset.
            throw new UserFacingException("language.team.per-person-not-shown");
        }
        List<List<Object>> rows = new ArrayList<>();
        List<CourseRow> team = courses.team();
        accessLog.record(AccessKind.LANGUAGE_COURSES_EXPORTED, team.stream().map(CourseRow::employeeId).toList(),
                format);
        for (CourseRow course : team) {
            List<Object> row = new ArrayList<>();
            row.add(course.person());
            row.add(Languages.name(course.language(), locale));
            row.add(course.targetLevel().name());
            row.add(course.provider());
            row.add(course.startDate() == null ? null : course.startDate().toString());
            row.add(course.endDate() == null ? null : course.endDate().toString());
            row.add(course.hoursPlanned());
            row.add(course.hoursAttended());
            row.add(course.costCents() == null ? null : new BigDecimal(course.costCents()).movePointLeft(2));
            row.add(course.status().name());
            row.add(course.levelReached() == null ? null : course.levelReached().name());
            rows.add(row);
        }
        return rows;
    }

    private Set<Long> team() {
        return access.team();
    }

    /**
     * The manager's team members (resolved once), their levels, who of them joined the pool, their names, job roles
     * and courses: one query each, whatever the team's size.
     */
    private TeamRead read() {
        Set<Long> team = team();
        if (team.isEmpty()) {
            return new TeamRead(team, List.of(), Set.of(), Map.of(), List.of());
        }
        Set<Long> pooled = new HashSet<>();
        pool.findAllById(team).forEach(member -> pooled.add(member.employeeId()));
        Map<Long, TeamPerson> people = staff.people(access.ownAuthority(), team);
        Map<Long, String> names = new HashMap<>();
        people.forEach((id, person) -> names.put(id, person.fullName()));
        return new TeamRead(team, levels.findFactsByEmployeeIdIn(team), pooled, people, courses.teamAll(team, names));
    }

    /** What the team's figures are made of, read once. */
    private record TeamRead(Set<Long> team, List<LevelFacts> levels, Set<Long> pooled, Map<Long, TeamPerson> people,
            List<CourseRow> courses) {

        String name(long employeeId) {
            TeamPerson person = people.get(employeeId);
            return person == null ? "#" + employeeId : person.fullName();
        }
    }
}
