package de.willkommensakademie.scenario;

import java.time.Clock;
import java.time.Instant;

import de.willkommensakademie.base.content.ContentStore;
import de.willkommensakademie.base.content.MediaFile;
import de.willkommensakademie.base.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The content kernel's store for role-plays: the one place that creates {@link ScenarioVersion}s. */
@Component
class ScenarioStore extends ContentStore<Scenario, ScenarioVersion, ScenarioMedia, ScenarioContent> {

    ScenarioStore(ScenarioRepository scenarios, ScenarioVersionRepository versions, ScenarioMediaRepository media,
            ScenarioCodec codec, CurrentUser currentUser, Clock clock) {
        super(scenarios, versions, media, codec, currentUser, clock, "rollenspiel");
    }

    @Override
    protected Scenario newContent(String key, Long authorityId, ScenarioContent content, String json, Instant now) {
        return new Scenario(key, authorityId, content, json, now);
    }

    @Override
    protected ScenarioVersion newVersion(long contentId, int number, String json, Instant now) {
        return new ScenarioVersion(contentId, number, json, now);
    }

    @Override
    protected ScenarioMedia newMedia(long contentId, MediaFile file) {
        return new ScenarioMedia(contentId, file);
    }
}
