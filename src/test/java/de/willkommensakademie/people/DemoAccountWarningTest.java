package de.willkommensakademie.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The warning names every active demo login that still takes the demo password, checking each hash once. */
class DemoAccountWarningTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final EmployeeRepository employees = mock(EmployeeRepository.class);
    private final PlatformOperatorRepository operators = mock(PlatformOperatorRepository.class);
    private final DemoAccountWarning warning = new DemoAccountWarning(employees, operators, new Passwords(counting));

    @Test
    void demo_logins_sharing_the_demo_hash_cost_one_check_and_changed_or_deactivated_ones_are_not_named() {
        String demoHash = bcrypt.encode(DemoData.PASSWORD);
        when(employees.findByUsername(anyString())).thenReturn(Optional.empty());
        when(operators.findByUsername(anyString())).thenReturn(Optional.empty());
        when(employees.findByUsername("admin")).thenReturn(Optional.of(new Employee(1, "admin", demoHash)));
        when(employees.findByUsername("manager")).thenReturn(Optional.of(new Employee(1, "manager", demoHash)));
        when(employees.findByUsername("trainer")).thenReturn(Optional.of(new Employee(1, "trainer",
                bcrypt.encode("a password of its own"))));
        Employee gone = new Employee(1, "employee", demoHash);
        gone.deactivate(LocalDate.of(2026, 12, 3));
        when(employees.findByUsername("employee")).thenReturn(Optional.of(gone));
        when(operators.findByUsername("operator")).thenReturn(Optional.of(new PlatformOperator("operator",
                "Betrieb", demoHash, false)));

        assertThat(warning.openDemoAccounts()).containsExactly("admin", "manager", "operator");
        assertThat(checks).as("one check for the shared demo hash, one for the changed password").hasValue(2);
    }
}
