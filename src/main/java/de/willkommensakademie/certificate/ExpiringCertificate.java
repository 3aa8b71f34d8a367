package de.willkommensakademie.certificate;

import java.time.LocalDate;
import java.util.Locale;

/** A certificate that runs out soon, as team views may show it: what for and until when, never a score. */
public record ExpiringCertificate(long certificateId, long employeeId, String titleDe, String titleEn,
        LocalDate validUntil) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : titleDe;
    }
}
