package de.willkommensakademie.scenario;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.willkommensakademie.base.Text;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Playing role-plays. Every method works on the signed-in person's own attempts; transcripts and reflections are
 * never handed to anyone else.
 */
@Service
public class ScenarioPlay {

    /** The longest reflection a player may write: checked here, the field's maximum. */
    public static final int REFLECTION_LENGTH = 4000;

    private static final Sort NEWEST = Sort.by(Sort.Direction.DESC, "startedAt");

    private final ScenarioRepository scenarios;
    private final ScenarioVersionRepository versions;
    private final ScenarioAttemptRepository attempts;
    private final ScenarioCodec codec;
    private final ScenarioAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScenarioPlay(ScenarioRepository scenarios, ScenarioVersionRepository versions, ScenarioAttemptRepository attempts,
            ScenarioCodec codec, ScenarioAccess access, ApplicationEventPublisher events, Clock clock) {
        this.scenarios = scenarios;
        this.versions = versions;
        this.attempts = attempts;
        this.codec = codec;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional(readOnly = true)
    public List<ScenarioSummary> playable() {
        return access.usable().stream()
                .map(s -> new ScenarioSummary(s.getId(), s.key(), s.titleDe(), s.titleEn())).toList();
    }

    /** A new attempt on the newest published version. */
    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional
    public Play start(long scenarioId) {
        Scenario scenario = access.usable(scenarioId);
        ScenarioVersion version = versions.findByContentIdAndNumber(scenarioId, scenario.publishedVersion())
                .orElseThrow();
        ScenarioContent content = codec.read(version.content());
        ScenarioEngine.State state = ScenarioEngine.start(content);
        ScenarioAttempt attempt = attempts.save(access.newAttempt(scenarioId, version.getId(),
                codec.writeState(state), clock.instant()));
        endIfReached(attempt, content, state);
        return play(attempt, content, null);
    }

    /**
     * Where an assigned role-play is opened from the learner's page or a reminder: the newest unfinished attempt
     * goes on, otherwise a new one starts.
     */
    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional
    public Play resumeOrStart(long scenarioId) {
        return attempts.findBy(access.ownAttempts().and(unfinishedOf(scenarioId)), query -> query.sortBy(NEWEST)
                .first())
                .map(attempt -> play(attempt, content(attempt), null))
                .orElseGet(() -> start(scenarioId));
    }

    /** From a scene to what follows it. */
    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional
    public Play proceed(long attemptId) {
        ScenarioAttempt attempt = mine(attemptId);
        ScenarioContent content = content(attempt);
        ScenarioEngine.State before = codec.state(attempt.state());
        ScenarioEngine.State after = ScenarioEngine.proceed(content, before);
        record(attempt, content, before, after, null);
        return play(attempt, content, null);
    }

    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional
    public Play choose(long attemptId, int choice) {
        ScenarioAttempt attempt = mine(attemptId);
        ScenarioContent content = content(attempt);
        ScenarioEngine.State before = codec.state(attempt.state());
        if (!ScenarioEngine.offered(content, before).contains(choice)) {
            throw new UserFacingException("scenario.error.choice-not-offered");
        }
        ScenarioEngine.State after = ScenarioEngine.choose(content, before, choice);
        record(attempt, content, before, after, choice);
        Text feedback = content.node(before.node()).orElseThrow().choices().get(choice).feedback();
        return play(attempt, content, feedback);
    }

    /** One step back, where the scenario allows it; the attempt counts how often. */
    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional
    public Play back(long attemptId) {
        ScenarioAttempt attempt = mine(attemptId);
        ScenarioContent content = content(attempt);
        List<TranscriptEntry> transcript = new ArrayList<>(codec.transcript(attempt.transcript()));
        if (!content.allowBack() || transcript.isEmpty() || attempt.completedAt() != null) {
            throw new UserFacingException("scenario.error.no-back");
        }
        TranscriptEntry last = transcript.removeLast();
        attempt.advance(codec.writeState(last.before()), codec.writeState(transcript), true);
        return play(attempt, content, null);
    }

    /** The closing reflection, private to the person. */
    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional
    public void reflect(long attemptId, String text) {
        if (text != null && text.length() > REFLECTION_LENGTH) {
            throw new UserFacingException("scenario.error.reflection-length", REFLECTION_LENGTH);
        }
        mine(attemptId).reflect(text == null ? null : text.strip());
    }

    /** The person's own attempts, newest first. */
    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional(readOnly = true)
    public List<AttemptSummary> myAttempts() {
        List<ScenarioAttempt> mine = attempts.findAll(access.ownAttempts(), NEWEST);
        Map<Long, Scenario> byId = new HashMap<>();
        scenarios.findAllById(mine.stream().map(ScenarioAttempt::scenarioId).distinct().toList())
                .forEach(scenario -> byId.put(scenario.getId(), scenario));
        return mine.stream().map(attempt -> {
            Scenario scenario = byId.get(attempt.scenarioId());
            return new AttemptSummary(attempt.getId(), scenario.titleDe(), scenario.titleEn(), attempt.startedAt(),
                    attempt.outcome());
        }).toList();
    }

    /** Reviewing one's own attempt, also after it ended. */
    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional(readOnly = true)
    public Play review(long attemptId) {
        ScenarioAttempt attempt = mine(attemptId);
        return play(attempt, content(attempt), null);
    }

    private void record(ScenarioAttempt attempt, ScenarioContent content, ScenarioEngine.State before,
            ScenarioEngine.State after, Integer choice) {
        List<TranscriptEntry> transcript = new ArrayList<>(codec.transcript(attempt.transcript()));
        transcript.add(new TranscriptEntry(before.node(), choice, before));
        attempt.advance(codec.writeState(after), codec.writeState(transcript), false);
        endIfReached(attempt, content, after);
    }

    private void endIfReached(ScenarioAttempt attempt, ScenarioContent content, ScenarioEngine.State state) {
        if (!ScenarioEngine.ended(content, state)) {
            return;
        }
        ScenarioContent.Node ending = content.node(state.node()).orElseThrow();
        attempt.end(ending.id(), ending.outcome(), clock.instant());
        int number = versions.findById(attempt.scenarioVersionId()).map(ScenarioVersion::number).orElse(0);
        events.publishEvent(new ScenarioCompleted(attempt.authorityId(), attempt.employeeId(), attempt.scenarioId(),
                content.key(), number, ending.id(), ending.outcome(), attempt.completedAt(), content.title().get("de"),
                content.title().get("en"), competences(content, Locale.GERMAN), competences(content, Locale.ENGLISH),
                content.estimatedMinutes(), content.certificate()));
    }

    private static String competences(ScenarioContent content, Locale locale) {
        return String.join(", ", content.competences().stream()
                .map(competence -> content.competenceLabel(competence, locale)).toList());
    }

    private Play play(ScenarioAttempt attempt, ScenarioContent content, Text feedback) {
        ScenarioEngine.State state = codec.state(attempt.state());
        boolean ended = attempt.completedAt() != null;
        List<Integer> offered = !ended && content.node(state.node()).orElseThrow().type()
                == ScenarioContent.NodeType.CHOICE ? ScenarioEngine.offered(content, state) : List.of();
        return new Play(attempt.getId(), attempt.scenarioId(), content, state, offered, feedback,
                codec.transcript(attempt.transcript()), ended, ended ? ScenarioEngine.best(content) : null,
                attempt.reflection());
    }

    private ScenarioAttempt mine(long attemptId) {
        return access.ownAttempt(attemptId);
    }

    private static Specification<ScenarioAttempt> unfinishedOf(long scenarioId) {
        return (root, query, cb) -> cb.and(cb.equal(root.get("scenarioId"), scenarioId),
                cb.isNull(root.get("completedAt")));
    }

    private ScenarioContent content(ScenarioAttempt attempt) {
        return codec.read(versions.findById(attempt.scenarioVersionId()).orElseThrow().content());
    }
}
