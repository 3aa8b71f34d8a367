package de.willkommensakademie.visibility;

import java.time.Instant;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sets an authority's preset straight in the table, without the settings service's notice to every employee: for
 * good in an authority of a test class's own ({@link #set}), or for one test and back afterwards in a demo authority
 * ({@link #to}), whose people's notices other tests count on.
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

    /** Applies {@code preset} to an authority of the test class's own; nothing to put back. */
    public static void set(ApplicationContext context, long authorityId, VisibilityPreset preset) {
        PresetSwitch.to(context, authorityId, preset);
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
