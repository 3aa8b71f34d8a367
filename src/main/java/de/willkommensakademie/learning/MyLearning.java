package de.willkommensakademie.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.content.ContentStatus;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.EmployeeFacts;
import de.willkommensakademie.people.MyAccount;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learner's side: what is assigned, playing lessons, taking quizzes, completing. Everything works on the signed-in
 * person's own progress only; answers are never shown to anyone else.
 */
@Service
public class MyLearning {

    private final LearningModuleRepository modules;
    private final ModuleVersionRepository versions;
    private final AssignmentRepository assignments;
    private final LearningProgressRepository progresses;
    private final QuizAttemptRepository attempts;
    private final QuizAnswerRepository answers;
    private final ModuleCodec codec;
    private final Completions completions;
    private final AssignableContent rolePlays;
    private final MyAccount employees;
    private final LearningAccess access;
    private final ModuleStandings standings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MyLearning(LearningModuleRepository modules, ModuleVersionRepository versions,
            AssignmentRepository assignments, LearningProgressRepository progresses,
            QuizAttemptRepository attempts, QuizAnswerRepository answers, ModuleCodec codec, Completions completions,
            List<AssignableContent> kinds, MyAccount employees, LearningAccess access,
            ModuleStandings standings, ApplicationEventPublisher events, Clock clock) {
        this.modules = modules;
        this.versions = versions;
        this.assignments = assignments;
        this.progresses = progresses;
        this.attempts = attempts;
        this.answers = answers;
        this.codec = codec;
        this.completions = completions;
        this.rolePlays = kinds.stream().filter(kind -> kind.kind() == AssignedKind.ROLE_PLAY).findFirst()
                .orElse(null);
        this.employees = employees;
        this.access = access;
        this.standings = standings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Assigned modules and role-plays with due dates and progress (and modules started without an assignment); a
     * fixed number of queries however many there are.
     */
    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional(readOnly = true)
    public List<LearningItem> overview() {
        EmployeeFacts me = employees.myFacts();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<Assignment> mine = assignments.findApplying(access.ownAuthority(), me.id(),
                me.teamId() == null ? -1 : me.teamId(), me.jobRoleId() == null ? -1 : me.jobRoleId());
        Map<Long, Applying> applying = Applying.byModule(mine, me.startDate());
        Map<Long, LearningProgress> latest = new HashMap<>();
        for (LearningProgress progress : progresses.findByEmployeeIdOrderByStartedAtDesc(me.id())) {
            latest.putIfAbsent(progress.moduleId(), progress);
        }
        Set<Long> moduleIds = new HashSet<>(applying.keySet());
        moduleIds.addAll(latest.keySet());
        Map<Long, LearningModule> byId = modules.findByIdIn(moduleIds).stream()
                .collect(Collectors.toMap(LearningModule::getId, Function.identity()));
        Set<Long> versionIds = latest.values().stream().map(LearningProgress::moduleVersionId)
                .collect(Collectors.toSet());
        Map<Long, ModuleContent> contentByVersion = new HashMap<>();
        versions.findByIdIn(versionIds).forEach(v -> contentByVersion.put(v.getId(), codec.read(v.content())));
        Map<Long, ModuleContent> newest = new HashMap<>();
        versions.findNewest(moduleIds).forEach(v -> newest.put(v.moduleId(), codec.read(v.content())));

        List<LearningItem> items = new ArrayList<>();
        for (long moduleId : moduleIds) {
            LearningModule module = byId.get(moduleId);
            LearningProgress progress = latest.get(moduleId);
            Applying assigned = applying.get(moduleId);
            if (module == null || (progress == null && module.status() != ContentStatus.PUBLISHED)) {
                continue;
            }
            Standing standing = Standing.of(assigned, progress, now, today);
            boolean expired = standing.expired();
            ModuleContent content = progress != null && !expired ? contentByVersion.get(progress.moduleVersionId())
                    : newest.get(moduleId);
            if (content == null) {
                continue;
            }
            LocalDate due = standing.due();
            LearningItem.Group group = standing.group();
            int done = progress != null && !expired ? progress.doneLessons(content).size() : 0;
            items.add(new LearningItem(AssignedKind.MODULE, moduleId, module.titleDe(), module.titleEn(), group,
                    assigned != null && assigned.mandatory(), due, done, content.lessons().size(),
                    progress == null || expired || progress.isCompleted() ? null : progress.startedAt(),
                    progress == null ? null : progress.completedAt(), progress == null ? null : progress.expiresAt(),
                    true));
        }
        items.addAll(rolePlays(me, mine, now, today));
        items.sort(Comparator.comparing(LearningItem::group)
                .thenComparing(LearningItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(item -> String.valueOf(item.titleDe())));
        return items;
    }

    /** Assigned role-plays by the same rule as modules: two queries when there are any, none otherwise. */
    private List<LearningItem> rolePlays(EmployeeFacts me, List<Assignment> mine, Instant now, LocalDate today) {
        Map<Long, Applying> applying = new HashMap<>();
        Applying.byContent(mine, me.startDate()).forEach((content, merged) -> {
            if (content.kind() == AssignedKind.ROLE_PLAY) {
                applying.put(content.id(), merged);
            }
        });
        if (applying.isEmpty() || rolePlays == null) {
            return List.of();
        }
        Map<Long, ContentTitle> titles = rolePlays.titles(applying.keySet());
        Map<Long, ProgressFact> facts = new HashMap<>();
        rolePlays.progress(access.ownAuthority(), List.of(me.id()), applying.keySet())
                .forEach(fact -> facts.put(fact.contentId(), fact));
        List<LearningItem> items = new ArrayList<>();
        applying.forEach((id, assigned) -> {
            ContentTitle title = titles.get(id);
            ProgressFact fact = facts.get(id);
            if (title == null || (fact == null && !title.published())) {
                return;
            }
            Standing standing = Standing.of(assigned, fact, now, today);
            boolean unfinished = fact != null && !fact.isCompleted();
            items.add(new LearningItem(AssignedKind.ROLE_PLAY, id, title.titleDe(), title.titleEn(), standing.group(),
                    assigned.mandatory(), standing.due(), 0, 0, unfinished ? fact.startedAt() : null,
                    fact == null ? null : fact.completedAt(), null, title.published() || unfinished));
        });
        return items;
    }

    /**
     * Opens a module: resumes a started one on its version, or starts the newest version (also after a completion
     * has expired). Only published modules of the library, one's own authority or shared ones can be started.
     */
    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional
    public PlayerState open(long moduleId) {
        Optional<LearningProgress> current = progresses
                .findBy(access.ownProgress().and(ofModule(moduleId)),
                        query -> query.sortBy(Sort.by(Sort.Direction.DESC, "startedAt")).first())
                .filter(progress -> !(progress.isCompleted() && progress.isExpiredAt(clock.instant())));
        LearningProgress progress = current.orElseGet(() -> start(moduleId));
        return state(progress);
    }

    private LearningProgress start(long moduleId) {
        LearningModule module = access.startable(moduleId);
        ModuleVersion version = versions.findByContentIdAndNumber(moduleId, module.publishedVersion()).orElseThrow();
        LearningProgress started = progresses.save(access.newProgress(moduleId, version.getId(), clock.instant()));
        standings.progressed(started.authorityId(), started.employeeId());
        return started;
    }

    private static Specification<LearningProgress> ofModule(long moduleId) {
        return (root, query, cb) -> cb.equal(root.get("moduleId"), moduleId);
    }

    /** Marks a lesson as seen (quizzes count once passed) and completes the module when everything is done. */
    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional
    public PlayerState view(long progressId, int lesson) {
        LearningProgress progress = mine(progressId);
        ModuleContent content = content(progress);
        if (lesson < 0 || lesson >= content.lessons().size()) {
            throw new RecordNotFoundException("lesson", lesson);
        }
        if (content.lessons().get(lesson).type() != LessonType.QUIZ) {
            progress.view(lesson);
            completeIfDone(progress, content);
        }
        return state(progress);
    }

    /**
     * Scores a quiz. {@code chosen} holds the chosen answer numbers (from 0) per question. Refused when the retakes
     * are used up.
     */
    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional
    public QuizResult submitQuiz(long progressId, int lesson, List<Set<Integer>> chosen) {
        LearningProgress progress = mine(progressId);
        ModuleContent content = content(progress);
        ModuleContent.Lesson quizLesson = lesson >= 0 && lesson < content.lessons().size()
                ? content.lessons().get(lesson) : null;
        if (quizLesson == null || quizLesson.type() != LessonType.QUIZ) {
            throw new RecordNotFoundException("quiz", lesson);
        }
        ModuleContent.Quiz quiz = quizLesson.quiz();
        long previous = attempts.countByProgressIdAndLessonIndex(progress.getId(), lesson);
        if (quiz.maxAttempts() > 0 && previous >= quiz.maxAttempts()) {
            throw new UserFacingException("quiz.error.no-attempts-left", quiz.maxAttempts());
        }
        QuizScoring.Scored scored = QuizScoring.score(quiz, chosen);
        boolean passed = scored.passed();
        QuizAttempt attempt = attempts.save(new QuizAttempt(progress.getId(), progress.employeeId(),
                progress.moduleVersionId(), lesson, (int) previous + 1, scored.scorePercent(), passed,
                clock.instant()));
        for (int index = 0; index < chosen.size(); index++) {
            for (int answer : chosen.get(index)) {
                answers.save(new QuizAnswer(attempt.getId(), progress.moduleVersionId(), lesson, index, answer));
            }
        }
        boolean completed = false;
        if (passed) {
            progress.passQuiz(lesson);
            completed = completeIfDone(progress, content);
        }
        Integer left = quiz.maxAttempts() > 0 ? (int) (quiz.maxAttempts() - previous - 1) : null;
        return new QuizResult(scored.scorePercent(), passed, quiz.passPercent(), left, scored.feedback(), completed);
    }

    private boolean completeIfDone(LearningProgress progress, ModuleContent content) {
        if (!progress.completeIfDone(content, clock.instant())) {
            return false;
        }
        standings.progressed(progress.authorityId(), progress.employeeId());
        events.publishEvent(completions.of(progress, content));
        return true;
    }

    private PlayerState state(LearningProgress progress) {
        ModuleContent content = content(progress);
        int versionNumber = versions.findById(progress.moduleVersionId()).map(ModuleVersion::number).orElse(0);
        return new PlayerState(progress.getId(), progress.moduleId(), versionNumber, content,
                Set.copyOf(progress.doneLessons(content)), progress.resumeLesson(content), progress.isCompleted());
    }

    private LearningProgress mine(long progressId) {
        return access.ownProgress(progressId);
    }

    private ModuleContent content(LearningProgress progress) {
        return codec.read(versions.findById(progress.moduleVersionId()).orElseThrow().content());
    }
}
