package de.willkommensakademie.certificate;

import java.time.LocalDate;

/**
 * What anyone holding a certificate's code may learn: its status, the holder's name, the title, the date and the
 * issuing authority — nothing else.
 */
public record Verification(CertificateStatus status, String holderName, String titleDe, String titleEn,
        LocalDate completedOn, LocalDate validUntil, String authorityName) {
}
