package de.willkommensakademie.visibility;

import java.time.Instant;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sets a demo authority's preset for one test and puts it back afterwards, straight in the table: the settings
 * service would notify every employee, and other tests count on the demo people's notices.
 */
public final class PresetSwitch implements AutoCloseable {

    private final VisibilitySettingRepository settings;
    private final TransactionTemplate transaction;
    private final long authorityId;
    private final VisibilityPreset before;
    private final boolean existed;

    private PresetSwitch(ApplicationContext context, long authorityId, VisibilityPreset preset) {
        this.settings = context.getBean(VisibilitySettingRepository.class);
        this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.authorityId = authorityId;
        VisibilitySetting current = settings.findByAuthorityId(authorityId).orElse(null);
        this.existed = current != null;
        this.before = current == null ? VisibilityPreset.DEFAULT : current.preset();
        set(preset);
    }

    /** Applies {@code preset} to the authority until {@link #close()}. */
    public static PresetSwitch to(ApplicationContext context, long authorityId, VisibilityPreset preset) {
        return new PresetSwitch(context, authorityId, preset);
    }

    private void set(VisibilityPreset preset) {
        transaction.executeWithoutResult(status -> {
            VisibilitySetting setting = settings.findByAuthorityId(authorityId)
                    .orElseGet(() -> new VisibilitySetting(authorityId));
            if (setting.preset() != preset) {
                setting.change(preset, 0, "Test", Instant.now());
                settings.save(setting);
            }
        });
    }

    @Override
    public void close() {
        if (existed) {
            set(before);
        } else {
            transaction.executeWithoutResult(status -> settings.findByAuthorityId(authorityId)
                    .ifPresent(settings::delete));
        }
    }
}
