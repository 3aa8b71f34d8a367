package de.willkommensakademie.visibility;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditDetails;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.notice.NoticeSender;
import de.willkommensakademie.people.EmployeeFacts;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.visibility.VisibilityRules.Record;
import de.willkommensakademie.visibility.VisibilityRules.Sight;
import de.willkommensakademie.visibility.VisibilityRules.Viewer;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff-council preset of the signed-in person's authority: everyone may read which one applies, administrators
 * change it. A change is audited and announced to every active employee of the authority, because it changes what
 * their managers see about them.
 */
@Service
public class VisibilitySettings {

    /** The page every employee reaches from their learning page; notices about a change lead there. */
    public static final String MY_VISIBILITY_ROUTE = "my/visibility";

    private final VisibilitySettingRepository settings;
    private final VisibilityAccess access;
    private final StaffDirectory staff;
    private final NoticeSender notices;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Translations translations;
    private final Clock clock;

    VisibilitySettings(VisibilitySettingRepository settings, VisibilityAccess access, StaffDirectory staff,
            NoticeSender notices, AuditLog audit, CurrentUser currentUser, Translations translations, Clock clock) {
        this.settings = settings;
        this.access = access;
        this.staff = staff;
        this.notices = notices;
        this.audit = audit;
        this.currentUser = currentUser;
        this.translations = translations;
        this.clock = clock;
    }

    /** The preset that applies to the signed-in person's authority. */
    @PermitAll
    @Transactional(readOnly = true)
    public VisibilityPreset current() {
        return access.ownSetting().map(VisibilitySetting::preset)
                .orElse(VisibilityPreset.DEFAULT);
    }

    /**
     * How much a manager or administrator of the signed-in person's authority sees of {@code record} about someone
     * else under the authority's preset: what every team page asks before it shows a name or a count.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Sight managerSight(Record record) {
        return VisibilityRules.sight(Viewer.MANAGER, record, current());
    }

    /** Preset, version for {@link #change} and who changed it last, for the settings page. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public PresetState state() {
        return access.ownSetting()
                .map(setting -> new PresetState(setting.preset(), setting.getVersion(), setting.changedByName(),
                        setting.changedAt()))
                .orElse(new PresetState(VisibilityPreset.DEFAULT, -1, null, null));
    }

    /**
     * Chooses {@code preset} for the administrator's authority. {@code version} is the one {@link #state()} gave
     * (−1 while nothing was ever chosen); a different current version means someone else changed it in between, and
     * the change is refused. Choosing the preset that already applies changes nothing and tells nobody.
     */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public void change(VisibilityPreset preset, long version) {
        if (preset == null) {
            throw new UserFacingException("visibility.error.choose");
        }
        AppUser admin = currentUser.require();
        long authorityId = access.ownAuthority();
        VisibilitySetting setting = access.ownSetting().orElse(null);
        long current = setting == null ? -1 : setting.getVersion();
        if (current != version) {
            throw new UserFacingException("visibility.error.changed-meanwhile");
        }
        if ((setting == null ? VisibilityPreset.DEFAULT : setting.preset()) == preset) {
            return;
        }
        if (setting == null) {
            setting = access.newSetting();
        }
        Instant now = clock.instant();
        VisibilityPreset before = setting.change(preset, admin.accountId(), admin.displayName(), now);
        settings.save(setting);
        audit.recordDetailed(AuditAction.VISIBILITY_PRESET_CHANGED, null, AuditDetails.of("audit.details.from-to",
                new AuditDetails.Key(before.nameKey()), new AuditDetails.Key(preset.nameKey())));
        List<String> names = List.of(name(preset, Translations.GERMAN), name(preset, Translations.ENGLISH));
        // One key per change: the version this change creates (0 for the first row, then 1, 2, ...).
        String dedupeKey = "visibility-preset-" + authorityId + "-" + (version + 1);
        for (EmployeeFacts person : staff.activeFacts(authorityId)) {
            notices.send(authorityId, person.id(), "notice.visibility-preset-changed", names, MY_VISIBILITY_ROUTE,
                    dedupeKey);
        }
    }

    private String name(VisibilityPreset preset, Locale locale) {
        return translations.getTranslation(preset.nameKey(), locale);
    }
}
