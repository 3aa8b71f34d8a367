package de.willkommensakademie.certificate;

import java.time.LocalDate;

/**
 * What an Open Badge and its file name state about a certificate, read without the archived PDF (the entity would load
 * it: its lazy column needs bytecode enhancement, which the build does not do).
 */
record BadgeFacts(long id, long authorityId, long employeeId, String holderName, String number, String code, CertificateKind sourceKind,
        String sourceKey, String titleDe, String titleEn, String descriptionDe, String descriptionEn, String language,
        LocalDate completedOn, LocalDate validUntil) {

    String title(String languageCode) {
        return "en".equals(languageCode) ? titleEn : titleDe;
    }

    String description(String languageCode) {
        return "en".equals(languageCode) ? descriptionEn : descriptionDe;
    }
}
