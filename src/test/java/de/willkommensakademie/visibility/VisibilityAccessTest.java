package de.willkommensakademie.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.people.TestAuthority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link VisibilityAccess} as the rule it guards: an authority's preset is read and changed only by its own people;
 * another authority's choice is neither seen nor in the way (its version does not refuse a change as "changed
 * meanwhile"), and what a person reads is what their administrator reads.
 */
@SpringBootTest
@ActiveProfiles("test")
class VisibilityAccessTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    ApplicationContext context;
    @Autowired
    VisibilitySettings settings;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void another_authoritys_preset_is_neither_seen_nor_in_the_way() {
        TestAuthority authority = TestAuthority.of(context, getClass());
        TestAuthority other = TestAuthority.of(context, getClass(), "b");

        SignedIn.as(accounts, other.admin());
        settings.change(VisibilityPreset.TOTALS_ONLY, settings.state().version());
        assertThat(settings.state().preset()).isEqualTo(VisibilityPreset.TOTALS_ONLY);

        SignedIn.as(accounts, authority.admin());
        PresetState own = settings.state();
        assertThat(own.preset()).isEqualTo(VisibilityPreset.DEFAULT);
        assertThat(own.version()).as("nothing chosen here yet").isEqualTo(-1);
        settings.change(VisibilityPreset.MANDATORY_ONLY, own.version());
        assertThat(settings.state().preset()).isEqualTo(VisibilityPreset.MANDATORY_ONLY);

        SignedIn.as(accounts, authority.employee());
        assertThat(settings.current()).isEqualTo(VisibilityPreset.MANDATORY_ONLY);
        SignedIn.as(accounts, other.employee());
        assertThat(settings.current()).isEqualTo(VisibilityPreset.TOTALS_ONLY);
    }
}
