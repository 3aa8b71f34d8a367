package de.willkommensakademie.people;

import java.util.Locale;

import de.willkommensakademie.base.UserFacingException;
import org.springframework.stereotype.Component;

/** Uniqueness of usernames (across employees and operators) and e-mail addresses, checked before any write. */
@Component
class AccountRules {

    private final EmployeeRepository employees;
    private final PlatformOperatorRepository operators;

    AccountRules(EmployeeRepository employees, PlatformOperatorRepository operators) {
        this.employees = employees;
        this.operators = operators;
    }

    static String normaliseUsername(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    void requireFreeUsername(String username) {
        if (employees.existsByUsername(username) || operators.existsByUsername(username)) {
            throw new UserFacingException("employee.error.username-taken", username);
        }
    }

    void requireFreeEmail(String email) {
        if (employees.existsByEmail(Employee.normaliseEmail(email))) {
            throw new UserFacingException("employee.error.email-taken", email);
        }
    }
}
