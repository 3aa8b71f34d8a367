package de.willkommensakademie.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Warns in the log, at start and every hour, while any demo login still accepts the demo password. */
@Component
class DemoAccountWarning {

    private static final Logger log = LoggerFactory.getLogger(DemoAccountWarning.class);

    private final EmployeeRepository employees;
    private final PlatformOperatorRepository operators;
    private final Passwords passwords;

    DemoAccountWarning(EmployeeRepository employees, PlatformOperatorRepository operators, Passwords passwords) {
        this.employees = employees;
        this.operators = operators;
        this.passwords = passwords;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
    @Transactional(readOnly = true)
    public void warnWhileDemoAccountsExist() {
        List<String> open = openDemoAccounts();
        if (!open.isEmpty()) {
            log.warn("*** DEMO ACCOUNTS ARE ACTIVE with the password '{}': {}. Never run like this in production: "
                    + "start without the demo profile on an empty database. ***", DemoData.PASSWORD, open);
        }
    }

    List<String> openDemoAccounts() {
        // The demo data gives every demo login the same hash, and a bcrypt check costs about 70 ms on purpose: check
        // each distinct hash once (the answer for a password and a hash never changes), not once per login.
        Map<String, Boolean> demoPassword = new HashMap<>();
        Predicate<String> acceptsDemoPassword = hash -> demoPassword.computeIfAbsent(hash,
                unknown -> passwords.matches(DemoData.PASSWORD, unknown));
        return DemoData.LOGINS.stream().sorted().filter(username -> employees.findByUsername(username)
                .map(employee -> employee.isActive() && acceptsDemoPassword.test(employee.passwordHash()))
                .or(() -> operators.findByUsername(username)
                        .map(operator -> operator.isActive() && acceptsDemoPassword.test(operator.passwordHash())))
                .orElse(false)).toList();
    }
}
