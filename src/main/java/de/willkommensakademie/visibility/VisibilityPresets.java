package de.willkommensakademie.visibility;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The preset of any authority, for trusted server-side code that runs without a signed-in person (the weekly manager
 * digest). Screens use {@link VisibilitySettings}, which reads the signed-in person's own authority.
 */
@Component
public class VisibilityPresets {

    private final VisibilitySettingRepository settings;

    VisibilityPresets(VisibilitySettingRepository settings) {
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public VisibilityPreset of(long authorityId) {
        return settings.findByAuthorityId(authorityId).map(VisibilitySetting::preset)
                .orElse(VisibilityPreset.DEFAULT);
    }
}
