package de.willkommensakademie.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.people.TestAuthority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Two operators editing an authority's single sign-on settings for the first time: the second save is refused. */
@SpringBootTest
@ActiveProfiles("test")
class SsoSettingsServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    SsoSettingsService settings;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_second_of_two_first_saves_is_refused_instead_of_overwriting() {
        TestAuthority authority = TestAuthority.of(context, SsoSettingsServiceTest.class);
        SignedIn.as(accounts, "operator");
        SsoConfiguration first = settings.load(authority.id());
        SsoConfiguration second = settings.load(authority.id());
        assertThat(first.version()).isEqualTo(SsoConfiguration.UNSAVED);

        settings.save(withClient(first, "first-client"));

        assertThatThrownBy(() -> settings.save(withClient(second, "second-client")))
                .as("the editor's reload message comes from this exception (SsoSettingsViewTest)")
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(settings.load(authority.id()).clientId()).isEqualTo("first-client");
    }

    private static SsoConfiguration withClient(SsoConfiguration c, String clientId) {
        return new SsoConfiguration(c.authorityId(), c.version(), c.enabled(), c.issuerUri(), clientId,
                c.clientSecretRef(), c.usernameClaim(), c.emailClaim(), c.givenNameClaim(), c.familyNameClaim(),
                c.groupsClaim(), c.manageRoles(), c.employeeGroups(), c.managerGroups(), c.trainerGroups(),
                c.adminGroups(), c.teamClaim(), c.jobRoleClaim(), c.emailDomains(), c.localLogin(),
                c.breakGlassUsername());
    }
}
