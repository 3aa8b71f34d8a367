package de.willkommensakademie.certificate;

import java.time.LocalDate;
import java.util.Locale;

/** One certificate in the register. */
public record CertificateRow(long id, long version, long employeeId, String holderName, String number,
        CertificateKind kind, String titleDe, String titleEn, LocalDate completedOn, LocalDate validUntil,
        CertificateStatus status, String revokedReason) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : titleDe;
    }
}
