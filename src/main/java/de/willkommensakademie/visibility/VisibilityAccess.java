package de.willkommensakademie.visibility;

import java.util.Optional;

import de.willkommensakademie.base.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Whose preset a person reads and an administrator changes: the one setting of the signed-in person's authority,
 * never another authority's (there is no way to name one). Who sees what of other people under that preset is
 * {@link VisibilityRules}.
 */
@Component
class VisibilityAccess {

    private final VisibilitySettingRepository settings;
    private final CurrentUser currentUser;

    VisibilityAccess(VisibilitySettingRepository settings, CurrentUser currentUser) {
        this.settings = settings;
        this.currentUser = currentUser;
    }

    /** The setting of the signed-in person's authority, if anyone ever chose a preset there. */
    Optional<VisibilitySetting> ownSetting() {
        return settings.findByAuthorityId(ownAuthority());
    }

    /** The first setting of the signed-in administrator's authority. */
    VisibilitySetting newSetting() {
        return new VisibilitySetting(ownAuthority());
    }

    /** The signed-in person's authority, whose active people are told of a change. */
    long ownAuthority() {
        return currentUser.authorityId();
    }
}
