package de.willkommensakademie.learning;

import de.willkommensakademie.base.FileType;
import de.willkommensakademie.base.Text;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.SearchText;
import de.willkommensakademie.base.Slug;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.ZipArchive;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainer's side of learning modules: list, author, publish, archive, duplicate, share, import and export, and
 * the aggregated quiz statistics. Trainers edit only their own authority's modules; the shipped library and modules
 * other authorities share can be duplicated to adapt them.
 */
@Service
public class ModuleLibrary {

    /** Fewer people than this and answer counts are not shown (staff council, data protection). */
    public static final int MIN_PEOPLE_FOR_STATISTICS = 5;

    private final LearningModuleRepository modules;
    private final ModuleVersionRepository versions;
    private final ModuleMediaRepository media;
    private final QuizAnswerRepository answers;
    private final ModuleStore store;
    private final ModuleCodec codec;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final MediaLimits limits;

    ModuleLibrary(LearningModuleRepository modules, ModuleVersionRepository versions, ModuleMediaRepository media,
            QuizAnswerRepository answers, ModuleStore store, ModuleCodec codec, CurrentUser currentUser, Clock clock,
            MediaLimits limits) {
        this.modules = modules;
        this.versions = versions;
        this.media = media;
        this.answers = answers;
        this.store = store;
        this.codec = codec;
        this.currentUser = currentUser;
        this.clock = clock;
        this.limits = limits;
    }

    @PermitAll
    public long maxArchiveBytes() {
        return limits.archiveBytes;
    }

    /** Largest upload for an image or video lesson. */
    @PermitAll
    public long maxMediaBytes(LessonType lesson) {
        return limits.maxBytes(lesson);
    }

    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional(readOnly = true)
    public List<ModuleSummary> find(String text, ModuleStatus status, Pageable pageable) {
        long authorityId = currentUser.authorityId();
        return modules.findVisible(authorityId, SearchText.likePattern(text), status, pageable).stream()
                .map(module -> summary(module, authorityId)).toList();
    }

    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional(readOnly = true)
    public long count(String text, ModuleStatus status) {
        return modules.countVisible(currentUser.authorityId(), SearchText.likePattern(text), status);
    }

    /** Starts a new module in the trainer's authority with a first text lesson to fill in. */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional
    public long create(String titleDe, String titleEn) {
        long authorityId = currentUser.authorityId();
        if (titleDe == null || titleDe.isBlank()) {
            throw new UserFacingException("module.error.title-required");
        }
        String key = freeKey(Slug.of(titleEn == null || titleEn.isBlank() ? titleDe : titleEn, 60), authorityId);
        ModuleContent content = new ModuleContent(key, Cornerstone.COMPETENCES, List.of(), 30, null, "de",
                Text.of(titleDe.strip(), titleEn), Text.empty(), Map.of(), List.of(
                        ModuleContent.Lesson.text(Text.of("Einführung", "Introduction"), Text.empty())));
        return modules.save(new LearningModule(key, authorityId, content, codec.write(content), clock.instant()))
                .getId();
    }

    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public ModuleDraft draft(long id) {
        LearningModule module = visible(id);
        return new ModuleDraft(module.getId(), module.getVersion(), isOwn(module), module.status(),
                module.publishedVersion(), codec.read(module.draft()));
    }

    /** Saves the draft; the key cannot change. Problems for publishing are only reported, not enforced here. */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional
    public void saveDraft(long id, long version, ModuleContent content) {
        LearningModule module = own(id);
        module.requireVersion(version);
        ModuleContent kept = content.withKey(module.key());
        module.saveDraft(kept, codec.write(kept), clock.instant());
    }

    /** What stands in the way of publishing the current draft. */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional(readOnly = true)
    public List<ContentProblem> check(long id) {
        return ModuleRules.check(codec.read(own(id).draft()));
    }

    /** Publishes the draft as a new version, or returns the problems that prevent it (then nothing changes). */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional
    public List<ContentProblem> publish(long id, long version) {
        LearningModule module = own(id);
        module.requireVersion(version);
        ModuleContent content = codec.read(module.draft());
        List<ContentProblem> problems = ModuleRules.check(content);
        if (problems.isEmpty()) {
            store.publish(module, content);
        }
        return problems;
    }

    @RolesAllowed(Role.Name.TRAINER)
    @Transactional
    public void archive(long id, long version) {
        LearningModule module = own(id);
        module.requireVersion(version);
        module.archive(clock.instant());
    }

    @RolesAllowed(Role.Name.TRAINER)
    @Transactional
    public void share(long id, long version, boolean withAllAuthorities) {
        LearningModule module = own(id);
        module.requireVersion(version);
        module.share(withAllAuthorities);
    }

    /** A draft copy in the trainer's own authority, from the draft of an own module or the newest version of others'. */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional
    public long duplicate(long id) {
        long authorityId = currentUser.authorityId();
        LearningModule source = visible(id);
        ModuleContent content = isOwn(source) ? codec.read(source.draft()) : newestContent(source);
        String key = freeKey(source.key() + "-kopie", authorityId);
        ModuleContent copied = content.withKey(key);
        LearningModule copy = modules.save(new LearningModule(key, authorityId, copied, codec.write(copied),
                clock.instant()));
        media.findByModuleId(source.getId()).forEach(image -> media.save(
                new ModuleMedia(copy.getId(), image.mediaId(), image.contentType(), image.data())));
        return copy.getId();
    }

    /**
     * Imports a module ZIP into the trainer's authority as a new version (same key: the same module). A file with
     * any problem imports nothing; the problems name file and line.
     */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional
    public List<ContentProblem> importZip(byte[] zip) {
        if (zip == null || zip.length == 0 || zip.length > limits.archiveBytes) {
            throw new UserFacingException("import.zip.too-large", limits.archiveBytes / (1024 * 1024));
        }
        ModuleArchiveReader.Result result = ModuleArchiveReader.read(ZipArchive.unpack(zip, limits.archiveBytes,
                ModuleArchiveReader.MANIFEST),
                limits);
        if (result.problems().isEmpty()) {
            store.importAndPublish(result.content(), result.media(), currentUser.authorityId());
        }
        return result.problems();
    }

    @RolesAllowed(Role.Name.TRAINER)
    @Transactional(readOnly = true)
    public byte[] exportZip(long id) {
        LearningModule module = visible(id);
        ModuleContent content = isOwn(module) ? codec.read(module.draft()) : newestContent(module);
        Map<String, ModuleMedia> byId = media.findByModuleId(module.getId()).stream()
                .collect(Collectors.toMap(ModuleMedia::mediaId, image -> image, (a, b) -> a));
        return ModuleArchiveWriter.write(content, byId);
    }

    /**
     * Stores an uploaded file for an image lesson (PNG, JPEG) or a video lesson (MP4, WebM), read completely
     * ({@link FileType#check}); returns its id.
     */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional
    public String uploadMedia(long id, LessonType lesson, byte[] data) {
        LearningModule module = own(id);
        FileType.Checked checked = limits.check(data, lesson);
        String mediaId = FileType.contentId(checked.data());
        store.storeMedia(module.getId(), Map.of(mediaId, new ModuleArchiveReader.Media(mediaId,
                checked.type().mediaType(), checked.data())));
        return mediaId;
    }

    /** An image or video of a module the caller may see (learners of its authority, trainers). */
    @PermitAll
    @Transactional(readOnly = true)
    public MediaData image(long moduleId, String mediaId) {
        visible(moduleId);
        return media.findByModuleIdAndMediaId(moduleId, mediaId)
                .map(image -> new MediaData(image.contentType(), image.data()))
                .orElseThrow(() -> new RecordNotFoundException("image", mediaId));
    }

    /** A trainer's preview of the draft as a learner sees it; nothing is recorded. */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional(readOnly = true)
    public PlayerState preview(long id) {
        LearningModule module = visible(id);
        ModuleContent content = isOwn(module) ? codec.read(module.draft()) : newestContent(module);
        return new PlayerState(null, module.getId(), module.publishedVersion(), content, java.util.Set.of(), 0, false);
    }

    /** Scores a quiz in the preview without storing anything. */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional(readOnly = true)
    public QuizResult previewQuiz(long id, int lesson, List<java.util.Set<Integer>> chosen) {
        ModuleContent content = preview(id).content();
        if (lesson < 0 || lesson >= content.lessons().size() || content.lessons().get(lesson).quiz() == null) {
            throw new RecordNotFoundException("quiz", lesson);
        }
        ModuleContent.Quiz quiz = content.lessons().get(lesson).quiz();
        QuizScoring.Scored scored = QuizScoring.score(quiz, chosen);
        return new QuizResult(scored.scorePercent(), scored.passed(), quiz.passPercent(), null, scored.feedback(),
                false);
    }

    /** Answer counts per quiz question of the newest version, hidden below five people. */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional(readOnly = true)
    public List<QuestionStatistics> statistics(long id) {
        LearningModule module = visible(id);
        if (module.publishedVersion() == 0) {
            return List.of();
        }
        ModuleVersion version = versions.findByModuleIdAndNumber(module.getId(), module.publishedVersion())
                .orElseThrow();
        ModuleContent content = codec.read(version.content());
        Map<String, Long> people = new HashMap<>();
        for (Object[] row : answers.countPeople(version.getId())) {
            people.put(row[0] + "/" + row[1], (Long) row[2]);
        }
        Map<String, Long> chosen = new HashMap<>();
        for (Object[] row : answers.countAnswers(version.getId())) {
            chosen.put(row[0] + "/" + row[1] + "/" + row[2], (Long) row[3]);
        }
        List<QuestionStatistics> statistics = new ArrayList<>();
        for (int lesson = 0; lesson < content.lessons().size(); lesson++) {
            ModuleContent.Lesson quizLesson = content.lessons().get(lesson);
            if (quizLesson.type() != LessonType.QUIZ) {
                continue;
            }
            for (int question = 0; question < quizLesson.quiz().questions().size(); question++) {
                ModuleContent.Question item = quizLesson.quiz().questions().get(question);
                long answered = people.getOrDefault(lesson + "/" + question, 0L);
                List<QuestionStatistics.AnswerCount> counts = new ArrayList<>();
                if (answered >= MIN_PEOPLE_FOR_STATISTICS) {
                    for (int answer = 0; answer < item.answers().size(); answer++) {
                        counts.add(new QuestionStatistics.AnswerCount(item.answers().get(answer).text(),
                                item.answers().get(answer).correct(),
                                chosen.getOrDefault(lesson + "/" + question + "/" + answer, 0L)));
                    }
                }
                statistics.add(new QuestionStatistics(lesson + 1, question + 1, quizLesson.title(), item.text(),
                        answered, counts));
            }
        }
        return statistics;
    }

    /** Bytes of a stored image with their type. */
    public record MediaData(String contentType, byte[] data) {
    }

    private ModuleContent newestContent(LearningModule module) {
        if (module.publishedVersion() == 0) {
            throw new RecordNotFoundException("module version", module.getId());
        }
        return codec.read(versions.findByModuleIdAndNumber(module.getId(), module.publishedVersion()).orElseThrow()
                .content());
    }

    /** Own authority's modules, the shipped library, and published modules others share. */
    LearningModule visible(long id) {
        long authorityId = currentUser.authorityId();
        LearningModule module = modules.findById(id).orElseThrow(() -> new RecordNotFoundException("module", id));
        boolean visible = module.authorityId() == null || module.authorityId() == authorityId
                || (module.isShared() && module.status() == ModuleStatus.PUBLISHED);
        if (!visible) {
            throw new RecordNotFoundException("module", id);
        }
        return module;
    }

    private LearningModule own(long id) {
        LearningModule module = visible(id);
        if (!isOwn(module)) {
            throw new UserFacingException("module.error.not-own");
        }
        return module;
    }

    private boolean isOwn(LearningModule module) {
        return module.authorityId() != null && module.authorityId() == currentUser.authorityId();
    }

    private ModuleSummary summary(LearningModule module, long authorityId) {
        return new ModuleSummary(module.getId(), module.getVersion(), module.key(), module.titleDe(),
                module.titleEn(), module.cornerstone(), module.status(), module.publishedVersion(),
                module.authorityId() != null && module.authorityId() == authorityId, module.isShared(),
                module.authorityId() == null, module.updatedAt());
    }

    private String freeKey(String base, long authorityId) {
        String key = base.isEmpty() ? "modul" : base;
        String candidate = key;
        for (int number = 2; modules.findByKeyAndAuthorityId(candidate, authorityId).isPresent(); number++) {
            candidate = key + "-" + number;
        }
        return candidate;
    }

}
