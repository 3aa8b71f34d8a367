package de.willkommensakademie.people;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import de.willkommensakademie.audit.AccessSubjects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the access log the names of the people an access was about (one query for the whole batch). */
@Component
class AccessSubjectNames implements AccessSubjects {

    private final EmployeeRepository employees;

    AccessSubjectNames(EmployeeRepository employees) {
        this.employees = employees;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> names(long authorityId, Collection<Long> employeeIds) {
        return employees.findByAuthorityIdAndIdIn(authorityId, employeeIds).stream()
                .collect(Collectors.toMap(Employee::getId, Employee::fullName));
    }
}
