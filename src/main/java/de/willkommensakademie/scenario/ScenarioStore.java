package de.willkommensakademie.scenario;

import java.time.Clock;
import java.util.Map;

import de.willkommensakademie.base.ContentJson;
import de.willkommensakademie.base.UserFacingException;
import org.springframework.stereotype.Component;

/** Writes scenario content and publishes versions; the one place that creates {@link ScenarioVersion}s. */
@Component
class ScenarioStore {

    private final ScenarioRepository scenarios;
    private final ScenarioVersionRepository versions;
    private final ScenarioMediaRepository media;
    private final ScenarioCodec codec;
    private final Clock clock;

    ScenarioStore(ScenarioRepository scenarios, ScenarioVersionRepository versions, ScenarioMediaRepository media,
            ScenarioCodec codec, Clock clock) {
        this.scenarios = scenarios;
        this.versions = versions;
        this.media = media;
        this.codec = codec;
        this.clock = clock;
    }

    /**
     * Stores checked content in a scope (an authority, or null for the shipped library) and publishes it: a scenario
     * with the same key gets a new version, never a second scenario.
     */
    Scenario importAndPublish(ScenarioContent content, Map<String, ScenarioFileReader.Image> images,
            Long authorityId) {
        Scenario scenario = (authorityId == null ? scenarios.findByKeyAndAuthorityIdIsNull(content.key())
                : scenarios.findByKeyAndAuthorityId(content.key(), authorityId))
                .orElseGet(() -> create(content, authorityId));
        if (scenario.status() == ScenarioStatus.ARCHIVED) {
            throw new UserFacingException("scenario.error.archived", content.key());
        }
        storeImages(scenario.getId(), images);
        scenario.saveDraft(content, codec.write(content), clock.instant());
        publish(scenario, content);
        return scenario;
    }

    /**
     * A shipped scenario at start-up: a new key is imported, a changed file becomes the next version (attempts stay on
     * the version they started), an unchanged one is left alone. Returns whether a version was published.
     */
    boolean publishShipped(ScenarioContent content, Map<String, ScenarioFileReader.Image> images) {
        String json = codec.write(content);
        boolean unchanged = scenarios.findByKeyAndAuthorityIdIsNull(content.key())
                .flatMap(scenario -> versions.findByScenarioIdAndNumber(scenario.getId(), scenario.publishedVersion()))
                .map(version -> ContentJson.same(version.content(), json)).orElse(false);
        if (unchanged) {
            return false;
        }
        importAndPublish(content, images, null);
        return true;
    }

    Scenario create(ScenarioContent content, Long authorityId) {
        return scenarios.save(new Scenario(content.key(), authorityId, content, codec.write(content),
                clock.instant()));
    }

    void storeImages(long scenarioId, Map<String, ScenarioFileReader.Image> images) {
        images.values().forEach(image -> {
            if (!media.existsByScenarioIdAndMediaId(scenarioId, image.id())) {
                media.save(new ScenarioMedia(scenarioId, image.id(), image.contentType(), image.data()));
            }
        });
    }

    /** Publishes the content as the scenario's next version; the caller has checked {@link ScenarioRules}. */
    ScenarioVersion publish(Scenario scenario, ScenarioContent content) {
        int number = scenario.publish(clock.instant());
        return versions.save(new ScenarioVersion(scenario.getId(), number, codec.write(content), clock.instant()));
    }
}
