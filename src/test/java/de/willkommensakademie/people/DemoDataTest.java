package de.willkommensakademie.people;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The demo data promised in the README: two authorities, about 25 people, one login per role. */
@SpringBootTest
@ActiveProfiles("test")
class DemoDataTest {

    @Autowired
    AuthorityRepository authorities;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    DemoAccountWarning warning;

    @Test
    void musterstadt_has_three_teams_and_about_25_people_and_a_second_authority_exists() {
        Authority musterstadt = authorities.findAll().stream()
                .filter(a -> a.name().equals("Ausländerbehörde Musterstadt")).findFirst().orElseThrow();
        // other tests in the same context may add people, so only the lower bound is fixed
        assertThat(employees.countByAuthorityId(musterstadt.getId())).isGreaterThanOrEqualTo(26L);
        assertThat(authorities.count()).isGreaterThanOrEqualTo(2);
        // docker/compose.yaml (profile sso) and the Keycloak realm rely on this: the demo authority is authority-1
        assertThat(musterstadt.getId()).isEqualTo(1L);
    }

    @Test
    void every_demo_login_exists_with_its_roles_and_the_demo_password() {
        assertRoles("admin", Role.ADMIN);
        assertRoles("manager", Role.MANAGER);
        assertRoles("trainer", Role.TRAINER);
        assertRoles("employee", Role.EMPLOYEE);
        assertRoles("admin2", Role.ADMIN);
        assertThat(((AppUser) accounts.loadUserByUsername("operator")).roles()).containsExactly(Role.OPERATOR);
        assertThat(((AppUser) accounts.loadUserByUsername("admin2")).authorityId())
                .isNotEqualTo(((AppUser) accounts.loadUserByUsername("admin")).authorityId());
        assertThat(warning.openDemoAccounts()).containsExactlyInAnyOrderElementsOf(DemoData.LOGINS);
    }

    private void assertRoles(String username, Role role) {
        AppUser user = (AppUser) accounts.loadUserByUsername(username);
        assertThat(user.roles()).as(username).contains(role);
        assertThat(user.authorityId()).as(username).isNotNull();
        assertThat(user.passwordChangeRequired()).as(username).isFalse();
    }
}
