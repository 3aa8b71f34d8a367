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

    AccountDetailsService(EmployeeRepository employees, PlatformOperatorRepository operators, Clock clock) {
        this.employees = employees;
        this.operators = operators;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return employees.findByUsername(normalised).map(this::toUser)
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

    private AppUser toUser(Employee employee) {
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
