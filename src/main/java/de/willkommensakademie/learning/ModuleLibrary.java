package de.willkommensakademie.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.willkommensakademie.base.FileType;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.Text;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.ZipArchive;
import de.willkommensakademie.base.content.AuthoringService;
import de.willkommensakademie.base.content.MediaFile;
import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.visibility.VisibilityRules;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainer's side of learning modules: list, author, publish, archive, duplicate, share, import and export, and
 * the aggregated quiz statistics. Trainers edit only their own authority's modules; the shipped library and modules
 * other authorities share can be duplicated to adapt them.
 */
@Service
public class ModuleLibrary extends AuthoringService<LearningModule, ModuleContent, ContentProblem> {

    /** Fewer people than this and answer counts are not shown: the one rule for every count of people. */
    public static final int MIN_PEOPLE_FOR_STATISTICS = VisibilityRules.MIN_GROUP;

    private final QuizAnswerRepository answers;
    private final ModuleStore store;
    private final ModuleCodec codec;
    private final MediaLimits limits;
    private final Translations translations;

    ModuleLibrary(QuizAnswerRepository answers, ModuleStore store, ModuleCodec codec, MediaLimits limits,
            Translations translations) {
        super(store);
        this.answers = answers;
        this.store = store;
        this.codec = codec;
        this.limits = limits;
        this.translations = translations;
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

    /** Starts a new module in the trainer's authority with a first text lesson to fill in. */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional
    public long create(String titleDe, String titleEn) {
        return store.create(titleDe, titleEn, key -> new ModuleContent(key, Cornerstone.COMPETENCES, List.of(), 30,
                null, "de", Text.of(titleDe.strip(), titleEn), Text.empty(), Map.of(), List.of(
                        ModuleContent.Lesson.text(Text.of(
                                translations.getTranslation("module.new.first-lesson", Translations.GERMAN),
                                translations.getTranslation("module.new.first-lesson", Translations.ENGLISH)),
                                Text.empty())))).getId();
    }

    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public ModuleDraft draft(long id) {
        LearningModule module = store.visible(id);
        return new ModuleDraft(module.getId(), module.getVersion(), store.isOwn(module), module.status(),
                module.publishedVersion(), store.draftOf(module));
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
            store.importOwnAndPublish(result.content(), result.media());
        }
        return result.problems();
    }

    @RolesAllowed(Role.Name.TRAINER)
    @Transactional(readOnly = true)
    public byte[] exportZip(long id) {
        LearningModule module = store.visible(id);
        return ModuleArchiveWriter.write(store.contentOf(module), store.mediaOf(module));
    }

    /**
     * Stores an uploaded file for an image lesson (PNG, JPEG) or a video lesson (MP4, WebM), read completely
     * ({@link FileType#check}); returns its id.
     */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional
    public String uploadMedia(long id, LessonType lesson, byte[] data) {
        FileType.Checked checked = limits.check(data, lesson);
        return store.upload(id, new MediaFile(FileType.contentId(checked.data()), checked.type().mediaType(),
                checked.data()));
    }

    /** An image or video of a module the caller may see (learners of its authority, trainers). */
    @PermitAll
    @Transactional(readOnly = true)
    public MediaFile image(long moduleId, String mediaId) {
        return store.media(moduleId, mediaId);
    }

    /** A trainer's preview of the draft as a learner sees it; nothing is recorded. */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional(readOnly = true)
    public PlayerState preview(long id) {
        LearningModule module = store.visible(id);
        return new PlayerState(null, module.getId(), module.publishedVersion(), store.contentOf(module), Set.of(), 0,
                false);
    }

    /** Scores a quiz in the preview without storing anything. */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional(readOnly = true)
    public QuizResult previewQuiz(long id, int lesson, List<Set<Integer>> chosen) {
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
        ModuleVersion version = store.newestVersion(store.visible(id)).orElse(null);
        if (version == null) {
            return List.of();
        }
        ModuleContent content = codec.read(version.content());
        Map<String, Long> people = new HashMap<>();
        for (Object[] row : answers.countPeople(version.getId())) {
            people.put(row[0] + "/" + row[1], (Long) row[2]);
        }
        Map<String, Long> chosen = new HashMap<>();
        for (Object[] row : answers.countAnswers(version.getId())) {
            chosen.put(row[0] + "/" + row[1] + "/" + row[2], (Long) row[3]);
        }
        // Answers deleted by retention left their counts behind (LearningRetention): the figures stay the same.
        for (Object[] row : answers.tallyPeople(version.getId())) {
            people.merge(row[0] + "/" + row[1], ((Number) row[2]).longValue(), Long::sum);
        }
        for (Object[] row : answers.tallyAnswers(version.getId())) {
            chosen.merge(row[0] + "/" + row[1] + "/" + row[2], ((Number) row[3]).longValue(), Long::sum);
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

    @Override
    protected List<ContentProblem> problems(ModuleContent content) {
        return ModuleRules.check(content);
    }

    /** Own authority's modules, the shipped library, and published modules others share. */
    LearningModule visible(long id) {
        return store.visible(id);
    }
}
