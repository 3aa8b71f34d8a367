package de.willkommensakademie.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;

import de.willkommensakademie.base.DomainException;
import de.willkommensakademie.base.security.Role;
import org.junit.jupiter.api.Test;

/** Leaving and coming back, guarded by the employee itself: no Spring, no database. */
class EmployeeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static Employee aylin() {
        Employee employee = new Employee(1L, "aylin", "hash");
        employee.changeProfile("Aylin", "Demir", "aylin@example.org", "de", LocalDate.of(2025, 1, 1), null, null);
        return employee;
    }

    @Test
    void an_active_employee_can_leave_and_the_day_is_kept() {
        Employee employee = aylin();

        employee.deactivate(TODAY);

        assertThat(employee.isActive()).isFalse();
        assertThat(employee.leftOn()).isEqualTo(TODAY);
    }

    @Test
    void someone_who_has_left_cannot_leave_a_second_time() {
        Employee employee = aylin();
        employee.deactivate(TODAY);

        assertThatThrownBy(() -> employee.deactivate(TODAY.plusDays(1)))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("employee.error.already-inactive");
                    assertThat(refused.arguments()).containsExactly("Aylin Demir");
                });
        assertThat(employee.leftOn()).isEqualTo(TODAY);
    }

    @Test
    void someone_who_has_left_comes_back_without_a_leaving_day() {
        Employee employee = aylin();
        employee.deactivate(TODAY);

        employee.reactivate();

        assertThat(employee.isActive()).isTrue();
        assertThat(employee.leftOn()).isNull();
    }

    @Test
    void an_active_employee_cannot_be_reactivated() {
        Employee employee = aylin();

        assertThatThrownBy(employee::reactivate).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("employee.error.already-active"));
        assertThat(employee.isActive()).isTrue();
    }

    @Test
    void an_erased_person_loses_name_login_and_roles_and_cannot_be_edited_reactivated_or_erased_again() {
        Employee employee = aylin();
        employee.assignRoles(EnumSet.of(Role.EMPLOYEE, Role.MANAGER));
        Instant now = TODAY.atStartOfDay(ZoneOffset.UTC).toInstant();

        employee.erase(now, TODAY, "{sha256}x");

        assertThat(employee.fullName()).doesNotContain("Aylin").doesNotContain("Demir");
        assertThat(employee.email()).doesNotContain("aylin");
        assertThat(employee.username()).doesNotContain("aylin");
        assertThat(employee.roles()).isEmpty();
        assertThat(employee.isActive()).isFalse();
        assertThat(employee.leftOn()).isEqualTo(TODAY);
        assertThat(employee.erasedAt()).isEqualTo(now);
        assertThatThrownBy(employee::reactivate).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("privacy.erasure.error.reactivate"));
        assertThatThrownBy(() -> employee.changeProfile("Aylin", "Demir", "aylin@example.org", "de", null, null, null))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("privacy.erasure.error.erased"));
        assertThatThrownBy(() -> employee.assignRoles(EnumSet.of(Role.ADMIN)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> employee.erase(now, TODAY, "{sha256}y")).isInstanceOfSatisfying(
                DomainException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("privacy.erasure.error.already-erased"));
    }
}
