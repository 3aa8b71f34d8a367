package de.willkommensakademie.people;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.base.security.AccountCheck;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.Role;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads employees and platform operators for login. Usernames are unique across both. */
@Service
class AccountDetailsService implements UserDetailsService, AccountCheck {

    private final EmployeeRepository employees;
    private final PlatformOperatorRepository operators;
    private final Clock clock;
    private final IdentityProviderPolicy identityProviders;

    AccountDetailsService(EmployeeRepository employees, PlatformOperatorRepository operators, Clock clock,
            IdentityProviderPolicy identityProviders) {
        this.employees = employees;
        this.operators = operators;
        this.clock = clock;
        this.identityProviders = identityProviders;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return employees.findByUsername(normalised).map(this::toPasswordUser)
                .or(() -> operators.findByUsername(normalised).map(this::toUser))
                .orElseThrow(() -> new UsernameNotFoundException("No account " + normalised));
    }

    /** Ends sessions of accounts deactivated or erased since, renamed, or given other roles (they sign in again). */
    @Override
    @Transactional(readOnly = true)
    public boolean stillValid(AppUser user) {
        if (user.isOperator()) {
            return operators.findById(user.accountId())
                    .filter(operator -> operator.isActive() && operator.username().equals(user.getUsername()))
                    .isPresent();
        }
        return employees.findById(user.accountId()).filter(employee -> employee.isActive()
                && employee.username().equals(user.getUsername()) && employee.roles().equals(user.roles()))
                .isPresent();
    }

    /**
     * For the password form: an account whose authority signs in through its identity provider only is shown as
     * disabled, so the form refuses it like any other disabled account.
     */
    private AppUser toPasswordUser(Employee employee) {
        AppUser user = toUser(employee);
        return identityProviders.passwordLoginAllowed(employee.authorityId(), employee.username(),
                employee.linkedToIdentityProvider()) ? user : user.disabled();
    }

    AppUser toUser(Employee employee) {
        return new AppUser(employee.getId(), employee.authorityId(), employee.username(), employee.fullName(),
                employee.passwordHash(), employee.roles(), Translations.fromCode(employee.preferredLanguage()),
                employee.isActive(), employee.loginGuard().isLockedAt(clock.instant()),
                employee.passwordChangeRequired());
    }

    private AppUser toUser(PlatformOperator operator) {
        return new AppUser(operator.getId(), null, operator.username(), operator.displayName(), operator.passwordHash(),
                Set.of(Role.OPERATOR), Translations.fromCode(operator.preferredLanguage()), operator.isActive(),
                operator.loginGuard().isLockedAt(clock.instant()), operator.passwordChangeRequired());
    }
}
