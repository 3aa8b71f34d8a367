package de.willkommensakademie.certificate;

import java.time.Instant;
import java.time.LocalDate;

/** A register line as read from the database, without the PDF. */
record RegisterEntry(long id, long version, long employeeId, String holderName, String number, CertificateKind kind,
        String titleDe, String titleEn, LocalDate completedOn, LocalDate validUntil, Instant revokedAt,
        String revokedReason) {

    CertificateRow toRow(LocalDate today, ReminderWindow window) {
        return new CertificateRow(id, version, employeeId, holderName, number, kind, titleDe, titleEn, completedOn,
                validUntil, CertificateStatus.inRegister(revokedAt, validUntil, today, window.lastDay(today)),
                revokedReason);
    }
}
