package de.willkommensakademie.learning;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.ConstructorResult;
import jakarta.persistence.Entity;
import jakarta.persistence.SqlResultSetMapping;

/**
 * One person's way through one version of a module. It stays on the version it started with; completion needs every
 * lesson viewed and every quiz passed, and expires after the module's validity.
 */
@Entity
@SqlResultSetMapping(name = LearningProgress.FACT, classes = @ConstructorResult(targetClass = ProgressFact.class,
        columns = {@ColumnResult(name = "employee_id", type = Long.class),
                @ColumnResult(name = "module_id", type = Long.class),
                @ColumnResult(name = "started_at", type = Instant.class),
                @ColumnResult(name = "completed_at", type = Instant.class),
                @ColumnResult(name = "expires_at", type = Instant.class)}))
class LearningProgress extends AbstractEntity {

    /** Native queries' rows (employee_id, module_id, started_at, completed_at, expires_at) as {@link ProgressFact}s. */
    static final String FACT = "ProgressFact";

    private long authorityId;

    private long employeeId;

    private long moduleId;

    @Column(name = "module_version")
    private long moduleVersionId;

    private Instant startedAt;

    private String viewedLessons = "";

    private String passedQuizzes = "";

    /** The last lesson opened; recorded (its column is required) but no longer where a finished module reopens. */
    private int lastLesson;

    private Instant completedAt;

    private Instant expiresAt;

    protected LearningProgress() {
    }

    LearningProgress(long authorityId, long employeeId, long moduleId, long moduleVersionId, Instant startedAt) {
        this.authorityId = authorityId;
        this.employeeId = employeeId;
        this.moduleId = moduleId;
        this.moduleVersionId = moduleVersionId;
        this.startedAt = startedAt;
    }

    void view(int lesson) {
        viewedLessons = add(viewedLessons, lesson);
        lastLesson = lesson;
    }

    void passQuiz(int lesson) {
        passedQuizzes = add(passedQuizzes, lesson);
    }

    /**
     * Marks the module complete once every lesson is viewed and every quiz passed; returns true only the moment it
     * happens, so the completion is announced once.
     */
    boolean completeIfDone(ModuleContent content, Instant now) {
        if (completedAt != null || doneLessons(content).size() < content.lessons().size()) {
            return false;
        }
        completedAt = now;
        if (content.validityMonths() != null) {
            expiresAt = now.atZone(ZoneId.systemDefault()).plusMonths(content.validityMonths()).toInstant();
        }
        return true;
    }

    boolean isCompleted() {
        return completedAt != null;
    }

    boolean isExpiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    /**
     * Where the person goes on: the first lesson not yet done. Once every lesson is done the module opens at its first
     * lesson, as a finished book does: whoever comes back wants to review or look something up, and the last lesson
     * they happened to open (often the one before the final quiz) would look like unfinished work.
     */
    int resumeLesson(ModuleContent content) {
        Set<Integer> done = doneLessons(content);
        for (int index = 0; index < content.lessons().size(); index++) {
            if (!done.contains(index)) {
                return index;
            }
        }
        return 0;
    }

    /** Lessons done: text, video and image lessons once viewed, quizzes once passed. */
    Set<Integer> doneLessons(ModuleContent content) {
        Set<Integer> viewed = parse(viewedLessons);
        Set<Integer> passed = parse(passedQuizzes);
        Set<Integer> done = new TreeSet<>();
        for (int index = 0; index < content.lessons().size(); index++) {
            boolean quiz = content.lessons().get(index).type() == LessonType.QUIZ;
            if (quiz ? passed.contains(index) : viewed.contains(index)) {
                done.add(index);
            }
        }
        return done;
    }

    private static String add(String list, int value) {
        Set<Integer> values = parse(list);
        values.add(value);
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Set<Integer> parse(String list) {
        Set<Integer> values = new TreeSet<>();
        if (list != null && !list.isBlank()) {
            Arrays.stream(list.split(",")).map(Integer::valueOf).forEach(values::add);
        }
        return values;
    }

    long authorityId() {
        return authorityId;
    }

    long employeeId() {
        return employeeId;
    }

    long moduleId() {
        return moduleId;
    }

    long moduleVersionId() {
        return moduleVersionId;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant completedAt() {
        return completedAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    ProgressFact fact() {
        return new ProgressFact(employeeId, moduleId, startedAt, completedAt, expiresAt);
    }
}
