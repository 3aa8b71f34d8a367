package de.willkommensakademie.certificate;

import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many days before a certificate ends its holder is reminded; the register marks the same days as "expiring
 * soon", so what the reminder says and what the register shows agree.
 */
@Component
class ReminderWindow {

    private final int daysBefore;

    ReminderWindow(@Value("${app.certificates.remind-days-before:30}") int daysBefore) {
        this.daysBefore = daysBefore;
    }

    int daysBefore() {
        return daysBefore;
    }

    /** The last end date that counts as ending soon, seen from today. */
    LocalDate lastDay(LocalDate today) {
        return today.plusDays(daysBefore);
    }
}
