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
import de.willkommensakademie.notice.NoticeItem;
import de.willkommensakademie.notice.NoticeService;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.visibility.PresetState;
import de.willkommensakademie.visibility.VisibilityPreset;
import de.willkommensakademie.visibility.VisibilityPresets;
import de.willkommensakademie.visibility.VisibilitySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Only an authority's administrators change its preset; every active employee of that authority hears of it. Each
 * test that changes a preset does so in an authority of its own (the class's own and its further ones), so every
 * count starts at zero and no preset has to be put back.
 */
@SpringBootTest
@ActiveProfiles("test")
class VisibilitySettingsTest {

    private static final String NOTICE = "notice.visibility-preset-changed";

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

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    /** A further authority of this class, never changed by any of its tests. */
    private TestAuthority untouched() {
        return TestAuthority.of(context, getClass(), "b");
    }

    @Test
    void an_admin_changes_the_preset_which_is_audited_and_announced_to_the_active_employees_of_that_authority_only() {
        TestAuthority nord = TestAuthority.of(context, getClass());
        SignedIn.as(accounts, nord.admin());
        PresetState before = settings.state();
        assertThat(before.preset()).isEqualTo(VisibilityPreset.DEFAULT);
        settings.change(VisibilityPreset.MANDATORY_ONLY, before.version());

        PresetState after = settings.state();
        assertThat(after.preset()).isEqualTo(VisibilityPreset.MANDATORY_ONLY);
        assertThat(after.version()).isNotEqualTo(before.version());
        assertThat(after.changedBy()).isEqualTo(nord.admin().fullName());
        assertThat(after.changedAt()).isNotNull();
        assertThat(settings.current()).isEqualTo(VisibilityPreset.MANDATORY_ONLY);
        assertThat(presets.of(nord.id())).isEqualTo(VisibilityPreset.MANDATORY_ONLY);

        List<AuditRecord> entries = audit.find(new AuditFilter(AuditAction.VISIBILITY_PRESET_CHANGED, null, null,
                false), Translations.GERMAN, PageRequest.of(0, 10));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(nord.admin().username());
            assertThat(entry.details()).isEqualTo("von „Status je Person“ zu „Nur Pflichtschulungen je Person“");
        });

        assertThat(noticesFor(nord.employee())).isEqualTo(1);
        assertThat(noticesFor(nord.admin())).as("the admin is an employee too").isEqualTo(1);
        assertThat(noticesFor(nord.left())).as("who left hears nothing").isZero();
        assertThat(noticesFor(untouched().employee())).as("another authority").isZero();
        assertThat(noticesFor(untouched().admin())).as("another authority").isZero();

        SignedIn.as(accounts, nord.employee());
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
        TestAuthority changed = TestAuthority.of(context, getClass(), "c");
        SignedIn.as(accounts, changed.admin());
        settings.change(VisibilityPreset.TOTALS_ONLY, settings.state().version());

        SignedIn.as(accounts, untouched().admin());
        assertThat(settings.current()).isEqualTo(VisibilityPreset.DEFAULT);
        assertThat(settings.state().preset()).isEqualTo(VisibilityPreset.DEFAULT);
        assertThat(presets.of(untouched().id())).isEqualTo(VisibilityPreset.DEFAULT);
        assertThat(presets.of(changed.id())).isEqualTo(VisibilityPreset.TOTALS_ONLY);
    }

    @Test
    void managers_employees_and_trainers_may_read_the_preset_but_not_change_it() {
        TestAuthority authority = untouched();
        for (Person person : List.of(authority.manager(), authority.employee(), authority.trainer())) {
            SignedIn.as(accounts, person);
            assertThat(settings.current()).isEqualTo(VisibilityPreset.DEFAULT);
            assertThatThrownBy(() -> settings.change(VisibilityPreset.TOTALS_ONLY, -1)).as(person.username())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(settings::state).as(person.username()).isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.nobody();
        assertThatThrownBy(settings::current).as("not signed in").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_change_based_on_an_outdated_page_is_refused_with_a_translated_message() {
        SignedIn.as(accounts, TestAuthority.of(context, getClass(), "d").admin());
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
        TestAuthority authority = TestAuthority.of(context, getClass(), "e");
        SignedIn.as(accounts, authority.admin());
        PresetState before = settings.state();

        settings.change(before.preset(), before.version());

        assertThat(settings.state()).isEqualTo(before);
        assertThat(audit.count(new AuditFilter(AuditAction.VISIBILITY_PRESET_CHANGED, null, null, false))).isZero();
        assertThat(noticesFor(authority.employee())).isZero();
    }

    private long noticesFor(Person person) {
        SignedIn.as(accounts, person);
        long count = notices.mine().stream().filter(item -> item.messageKey().equals(NOTICE)).count();
        SignedIn.nobody();
        return count;
    }
}
