package de.willkommensakademie.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditFilter;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.audit.AuditRecord;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.notice.NoticeItem;
import de.willkommensakademie.notice.NoticeService;
import de.willkommensakademie.visibility.PresetState;
import de.willkommensakademie.visibility.VisibilityPreset;
import de.willkommensakademie.visibility.VisibilityPresets;
import de.willkommensakademie.visibility.VisibilitySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Only an authority's administrators change its preset; every active employee of that authority hears of it. */
@SpringBootTest
@ActiveProfiles("test")
class VisibilitySettingsTest {

    private static final String NOTICE = "notice.visibility-preset-changed";
    private static final VisibilityFixtures.Authority NORD = VisibilityFixtures.GERMAN;

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    VisibilitySettings settings;
    @Autowired
    VisibilityPresets presets;
    @Autowired
    NoticeService notices;
    @Autowired
    AuditLog audit;
    @Autowired
    Translations translations;

    private AppUser admin;

    @BeforeEach
    void ourOwnAuthority() {
        admin = VisibilityFixtures.ensure(context, NORD);
    }

    /** Puts the test authority back to the default, whatever a test left. */
    @AfterEach
    void putBack() {
        SignedIn.as(accounts, NORD.admin());
        PresetState state = settings.state();
        if (state.preset() != VisibilityPreset.DEFAULT) {
            settings.change(VisibilityPreset.DEFAULT, state.version());
        }
        SignedIn.nobody();
    }

    @Test
    void an_admin_changes_the_preset_which_is_audited_and_announced_to_the_active_employees_of_that_authority_only() {
        long employeeBefore = noticesFor("employee");
        long admin2Before = noticesFor("admin2");
        long activeBefore = noticesFor(NORD.active());
        long leftBefore = noticesFor(NORD.left());
        long adminBefore = noticesFor(NORD.admin());

        SignedIn.as(accounts, NORD.admin());
        PresetState before = settings.state();
        assertThat(before.preset()).isEqualTo(VisibilityPreset.DEFAULT);
        settings.change(VisibilityPreset.MANDATORY_ONLY, before.version());

        PresetState after = settings.state();
        assertThat(after.preset()).isEqualTo(VisibilityPreset.MANDATORY_ONLY);
        assertThat(after.version()).isNotEqualTo(before.version());
        assertThat(after.changedBy()).isEqualTo("Vera Sichtfeld");
        assertThat(after.changedAt()).isNotNull();
        assertThat(settings.current()).isEqualTo(VisibilityPreset.MANDATORY_ONLY);
        assertThat(presets.of(admin.authorityId())).isEqualTo(VisibilityPreset.MANDATORY_ONLY);

        List<AuditRecord> entries = audit.find(new AuditFilter(AuditAction.VISIBILITY_PRESET_CHANGED, null, null,
                false), Translations.GERMAN, PageRequest.of(0, 1));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(NORD.admin());
            assertThat(entry.details()).isEqualTo("von „Status je Person“ zu „Nur Pflichtschulungen je Person“");
        });

        assertThat(noticesFor(NORD.active())).isEqualTo(activeBefore + 1);
        assertThat(noticesFor(NORD.admin())).as("the admin is an employee too").isEqualTo(adminBefore + 1);
        assertThat(noticesFor(NORD.left())).as("who left hears nothing").isEqualTo(leftBefore);
        assertThat(noticesFor("employee")).as("another authority").isEqualTo(employeeBefore);
        assertThat(noticesFor("admin2")).as("another authority").isEqualTo(admin2Before);

        SignedIn.as(accounts, NORD.active());
        NoticeItem notice = notices.mine().stream().filter(item -> item.messageKey().equals(NOTICE)).findFirst()
                .orElseThrow();
        assertThat(notice.link()).isEqualTo(VisibilitySettings.MY_VISIBILITY_ROUTE);
        assertThat(notice.arguments()).containsExactly("Nur Pflichtschulungen je Person",
                "Mandatory training only per person");
        assertThat(settings.current()).as("employees read which preset applies").isEqualTo(
                VisibilityPreset.MANDATORY_ONLY);
    }

    @Test
    void another_authority_keeps_its_own_preset() {
        SignedIn.as(accounts, NORD.admin());
        settings.change(VisibilityPreset.TOTALS_ONLY, settings.state().version());

        AppUser admin2 = SignedIn.as(accounts, "admin2");
        assertThat(settings.current()).isEqualTo(VisibilityPreset.DEFAULT);
        assertThat(settings.state().preset()).isEqualTo(VisibilityPreset.DEFAULT);
        assertThat(presets.of(admin2.authorityId())).isEqualTo(VisibilityPreset.DEFAULT);
        assertThat(presets.of(admin.authorityId())).isEqualTo(VisibilityPreset.TOTALS_ONLY);
    }

    @Test
    void managers_employees_and_trainers_may_read_the_preset_but_not_change_it() {
        for (String username : List.of("manager", "employee", "trainer")) {
            SignedIn.as(accounts, username);
            assertThat(settings.current()).isEqualTo(VisibilityPreset.DEFAULT);
            assertThatThrownBy(() -> settings.change(VisibilityPreset.TOTALS_ONLY, -1)).as(username)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(settings::state).as(username).isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.nobody();
        assertThatThrownBy(settings::current).as("not signed in").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_change_based_on_an_outdated_page_is_refused_with_a_translated_message() {
        SignedIn.as(accounts, NORD.admin());
        long seen = settings.state().version();
        settings.change(VisibilityPreset.TOTALS_ONLY, seen);

        assertThatThrownBy(() -> settings.change(VisibilityPreset.MANDATORY_ONLY, seen))
                .isInstanceOfSatisfying(UserFacingException.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo("visibility.error.changed-meanwhile");
                    assertThat(translations.getTranslation(problem.messageKey(), Translations.GERMAN))
                            .startsWith("Die Einstellung wurde inzwischen von jemand anderem geändert.");
                    assertThat(translations.getTranslation(problem.messageKey(), Translations.ENGLISH))
                            .startsWith("Someone else has changed the setting in the meantime.");
                });
        assertThat(settings.current()).isEqualTo(VisibilityPreset.TOTALS_ONLY);
        assertThatThrownBy(() -> settings.change(null, settings.state().version()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("visibility.error.choose"));
    }

    @Test
    void choosing_the_preset_that_applies_already_changes_nothing_and_tells_nobody() {
        long activeBefore = noticesFor(NORD.active());
        SignedIn.as(accounts, NORD.admin());
        PresetState before = settings.state();
        long audited = audit.count(new AuditFilter(AuditAction.VISIBILITY_PRESET_CHANGED, null, null, false));

        settings.change(before.preset(), before.version());

        assertThat(settings.state()).isEqualTo(before);
        assertThat(audit.count(new AuditFilter(AuditAction.VISIBILITY_PRESET_CHANGED, null, null, false)))
                .isEqualTo(audited);
        assertThat(noticesFor(NORD.active())).isEqualTo(activeBefore);
    }

    private long noticesFor(String username) {
        SignedIn.as(accounts, username);
        long count = notices.mine().stream().filter(item -> item.messageKey().equals(NOTICE)).count();
        SignedIn.nobody();
        return count;
    }
}
