package de.willkommensakademie.assessment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.content.ContentLibrary;
import de.willkommensakademie.base.content.ContentStatus;
import de.willkommensakademie.base.content.ContentSummary;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.learning.ModuleLibrary;
import de.willkommensakademie.scenario.ScenarioLibrary;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-assessment questionnaires: trainers and admins adapt the shipped one into their authority's own copy (same
 * key, so rounds stay comparable), reword, add, drop and move statements, and publish new versions; rounds keep the
 * version they were started with. Admins and managers choose a published questionnaire for a round.
 */
@Service
public class Questionnaires implements ContentLibrary<QuestionnaireProblem> {

    /** The largest {@code questionnaire.yaml} taken: the shipped one with 40 statements has about 16 KB. */
    public static final int MAX_FILE_BYTES = 256 * 1024;

    private final QuestionnaireStore store;
    private final QuestionnaireRepository questionnaires;
    private final QuestionnaireVersions versions;
    private final QuestionnaireAccess access;
    private final ModuleLibrary modules;
    private final ScenarioLibrary scenarios;

    Questionnaires(QuestionnaireStore store, QuestionnaireRepository questionnaires, QuestionnaireVersions versions,
            QuestionnaireAccess access, ModuleLibrary modules, ScenarioLibrary scenarios) {
        this.store = store;
        this.questionnaires = questionnaires;
        this.versions = versions;
        this.access = access;
        this.modules = modules;
        this.scenarios = scenarios;
    }

    // --- for rounds

    /**
     * The published questionnaires a round of the caller's authority can use, each with its newest version: the
     * authority's own copy replaces the shipped questionnaire of the same key.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER, Role.Name.TRAINER})
    @Transactional(readOnly = true)
    public List<QuestionnaireChoice> forRounds() {
        List<Questionnaire> usable = store.usable();
        Set<String> ownKeys = usable.stream().filter(store::isOwn).map(Questionnaire::key)
                .collect(Collectors.toSet());
        List<QuestionnaireChoice> choices = new ArrayList<>();
        for (Questionnaire questionnaire : usable) {
            if (!store.isOwn(questionnaire) && ownKeys.contains(questionnaire.key())) {
                continue;
            }
            store.newestVersion(questionnaire).ifPresent(version -> choices.add(new QuestionnaireChoice(
                    version.getId(), questionnaire.key(), store.contentOf(version).title(), version.number())));
        }
        return choices;
    }

    /**
     * The content of a published version of a questionnaire the caller's authority sees (shipped, own or shared);
     * anything else is not found. Respondents read it too, to answer.
     */
    @RolesAllowed({Role.Name.EMPLOYEE, Role.Name.MANAGER, Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public QuestionnaireContent version(long questionnaireVersionId) {
        QuestionnaireVersion version = store.version(questionnaireVersionId)
                .orElseThrow(() -> new RecordNotFoundException("questionnaire version", questionnaireVersionId));
        try {
            store.visible(version.contentId());
        } catch (RecordNotFoundException hidden) {
            throw new RecordNotFoundException("questionnaire version", questionnaireVersionId);
        }
        return store.contentOf(version);
    }

    /** The newest version of the shipped questionnaire with this key: shipped content is everyone's to see. */
    @PermitAll
    public Optional<Long> newestShippedVersionId(String key) {
        return versions.newestShipped(key);
    }

    // --- the library list

    @Override
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public List<ContentSummary> find(String text, ContentStatus status, Pageable pageable) {
        return store.find(text, status, pageable).stream().map(store::summary).toList();
    }

    @Override
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public long count(String text, ContentStatus status) {
        return store.count(text, status);
    }

    /**
     * The authority's own copy of a shipped (or shared) questionnaire under the same key, made once as a draft; an own
     * questionnaire is returned as it is.
     */
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional
    public long adapt(long id) {
        Questionnaire source = store.visible(id);
        if (store.isOwn(source)) {
            return source.getId();
        }
        long authorityId = access.ownAuthority();
        return questionnaires.findByContentKeyAndAuthorityId(source.key(), authorityId).map(Questionnaire::getId)
                .orElseGet(() -> store.create(store.newestOf(source), authorityId).getId());
    }

    /** A draft copy under a new key (a second questionnaire, not comparable with rounds on the first). */
    @Override
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional
    public long duplicate(long id) {
        return store.duplicate(id).getId();
    }

    @Override
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional
    public void archive(long id, long version) {
        store.archive(id, version);
    }

    @Override
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional
    public void share(long id, long version, boolean withAllAuthorities) {
        store.share(id, version, withAllAuthorities);
    }

    // --- the editor

    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public QuestionnaireDraft draft(long id) {
        Questionnaire questionnaire = store.visible(id);
        return new QuestionnaireDraft(questionnaire.getId(), questionnaire.getVersion(), store.isOwn(questionnaire),
                questionnaire.status(), questionnaire.publishedVersion(), store.contentOf(questionnaire));
    }

    /**
     * Saves the draft loaded at {@code version}; the key stays, a concurrent save is refused (optimistic locking).
     * Problems for publishing are only reported, not enforced here. Answers the draft's new version.
     */
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional
    public long saveDraft(long id, long version, QuestionnaireContent content) {
        return store.saveDraft(id, version, content).getVersion();
    }

    /** What stands in the way of publishing the current draft. */
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public List<QuestionnaireProblem> check(long id) {
        return problems(store.draftOf(store.editable(id)));
    }

    /** Publishes the draft as a new version, or returns what prevents it (then nothing changes). */
    @Override
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional
    public List<QuestionnaireProblem> publish(long id, long version) {
        return store.publish(id, version, this::problems);
    }

    /** The questionnaire as {@code questionnaire.yaml}: the draft of an own one, else the newest version. */
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public byte[] exportYaml(long id) {
        return QuestionnaireFileWriter.yaml(store.contentOf(store.visible(id))).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Imports a {@code questionnaire.yaml} into the caller's authority and publishes it: an own questionnaire with the
     * same key gets a new version, a new key a new questionnaire. All or nothing: a file with any problem (larger than
     * {@link #MAX_FILE_BYTES}, not UTF-8, an unknown cornerstone, a key used twice …) stores nothing and returns them.
     */
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional
    public List<QuestionnaireProblem> importYaml(byte[] file) {
        if (file.length > MAX_FILE_BYTES) {
            return List.of(new QuestionnaireProblem(null, "assessment.content.problem.file-size",
                    List.of(String.valueOf(MAX_FILE_BYTES / 1024))));
        }
        QuestionnaireFileReader.Result result = QuestionnaireFileReader.read(file, keys(linkableModules()),
                keys(linkableScenarios()));
        if (result.problems().isEmpty()) {
            store.importOwnAndPublish(result.questionnaire(), Map.of());
        }
        return result.problems();
    }

    /** The published learning modules a statement can name, by title. */
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public List<LinkChoice> linkableModules() {
        return modules.find(null, ContentStatus.PUBLISHED, Pageable.unpaged()).stream()
                .map(module -> new LinkChoice(module.key(), module.titleDe(), module.titleEn())).toList();
    }

    /** The published role-plays a statement can name, by title. */
    @RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public List<LinkChoice> linkableScenarios() {
        return scenarios.find(null, ContentStatus.PUBLISHED, Pageable.unpaged()).stream()
                .map(scenario -> new LinkChoice(scenario.key(), scenario.titleDe(), scenario.titleEn())).toList();
    }

    /** The rules, with the modules and role-plays usable in the caller's authority as what statements may name. */
    private List<QuestionnaireProblem> problems(QuestionnaireContent content) {
        return QuestionnaireRules.check(content, keys(linkableModules()), keys(linkableScenarios()));
    }

    private static Set<String> keys(List<LinkChoice> choices) {
        return choices.stream().map(LinkChoice::key).collect(Collectors.toSet());
    }
}
