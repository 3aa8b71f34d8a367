package de.willkommensakademie.certificate;

import java.time.LocalDate;

/**
 * What anyone holding a certificate's code may learn: its status, the holder's name, the title, the date and the
 * issuing authority — nothing else. Once the holder was erased or anonymised ({@code holderErased}), the certificate
 * is still shown as genuine (the employer keeps it in the personnel file), but without a name: {@code holderName}
 * is null then.
 */
public record Verification(CertificateStatus status, String holderName, String titleDe, String titleEn,
        LocalDate completedOn, LocalDate validUntil, String authorityName, boolean holderErased) {
}
