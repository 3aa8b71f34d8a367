package de.willkommensakademie.team;

import java.time.LocalDate;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Entity;

/** The day a manager's weekly digest was last computed: the next one reports only what is new since. */
@Entity
class ManagerDigestRun extends AbstractEntity {

    private long employeeId;
    private LocalDate lastDay;

    protected ManagerDigestRun() {
    }

    ManagerDigestRun(long employeeId, LocalDate lastDay) {
        this.employeeId = employeeId;
        this.lastDay = lastDay;
    }

    long employeeId() {
        return employeeId;
    }

    LocalDate lastDay() {
        return lastDay;
    }
}
