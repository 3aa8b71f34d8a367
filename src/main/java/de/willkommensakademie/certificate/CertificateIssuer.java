package de.willkommensakademie.certificate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.StaffMember;
import org.apache.commons.codec.binary.Base32;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one place that issues certificates: checks that a completion has none yet, draws the PDF in the holder's
 * language with the authority's template, and stores it. Callers decide who may issue what.
 */
@Component
class CertificateIssuer {

    /** 20 random bytes → 32 base-32 characters: 160 bits, hopeless to guess. */
    private static final int CODE_BYTES = 20;

    private final CertificateRepository certificates;
    private final CertificateTemplateRepository templates;
    private final StaffDirectory staff;
    private final Translations translations;
    private final CertificateSigner signer;
    private final CertificateNumbers numbers;
    private final Clock clock;
    private final String publicUrl;
    private final SecureRandom random = new SecureRandom();

    CertificateIssuer(CertificateRepository certificates, CertificateTemplateRepository templates,
            StaffDirectory staff, Translations translations, CertificateSigner signer, CertificateNumbers numbers,
            Clock clock, @Value("${app.public-url:http://localhost:8080}") String publicUrl) {
        this.numbers = numbers;
        this.certificates = certificates;
        this.templates = templates;
        this.staff = staff;
        this.translations = translations;
        this.signer = signer;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** A new certificate, or nothing if this completion already has one. */
    Optional<Certificate> issue(CertificateFacts facts, Long issuedBy) {
        if (facts.completedAt() != null && certificates.existsByEmployeeIdAndSourceKindAndSourceIdAndCompletedAt(
                facts.employeeId(), facts.kind(), facts.sourceId(), facts.completedAt())) {
            return Optional.empty();
        }
        StaffMember holder = staff.member(facts.employeeId())
                .filter(member -> member.authorityId() == facts.authorityId())
                .orElseThrow(() -> new IllegalArgumentException("No employee " + facts.employeeId()));
        String language = "en".equals(holder.language()) ? "en" : "de";
        String code = newCode();
        // The number is taken last before storing; the counter stays locked until this transaction ends.
        String number = numbers.next(facts.authorityId(), LocalDate.now(clock).getYear());
        Certificate certificate = certificates.saveAndFlush(new Certificate(facts, holder.fullName(), number, code,
                language, new byte[0], clock.instant(), issuedBy));
        byte[] pdf = CertificatePdf.render(layout(facts, holder, number, code, language));
        certificate.complete(signer.sign(pdf, "Willkommensakademie " + number,
                GregorianCalendar.from(clock.instant().atZone(clock.getZone()))));
        return Optional.of(certificate);
    }

    /** The certificate the template would give a sample person, for the admin to look at before saving. */
    byte[] sample(long authorityId, String authorityName, String language) {
        LocalDate today = LocalDate.now(clock);
        Locale de = Translations.GERMAN;
        Locale en = Translations.ENGLISH;
        CertificateFacts facts = new CertificateFacts(authorityId, 0, CertificateKind.MODULE, null, null, null,
                t(de, "certificate.sample.title"), t(en, "certificate.sample.title"),
                t(de, "certificate.sample.description"), t(en, "certificate.sample.description"), null, today, 45,
                today.plusYears(2));
        StaffMember sample = new StaffMember(0, authorityId, authorityName, t(Translations.fromCode(language),
                "certificate.sample.holder"), null, language, true, false, null, List.of(), null);
        return CertificatePdf.render(layout(facts, sample, CertificateNumbers.format(today.getYear(), 0), "BEISPIEL", language));
    }

    private CertificateLayout layout(CertificateFacts facts, StaffMember holder, String number, String code,
            String language) {
        Locale locale = Translations.fromCode(language);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        boolean english = "en".equals(language);
        String title = english && facts.titleEn() != null && !facts.titleEn().isBlank() ? facts.titleEn()
                : facts.titleDe();
        String description = english && facts.descriptionEn() != null && !facts.descriptionEn().isBlank()
                ? facts.descriptionEn() : facts.descriptionDe();
        String duration = facts.minutes() >= 120 && facts.minutes() % 60 == 0
                ? t(locale, "certificate.pdf.hours", facts.minutes() / 60)
                : t(locale, "certificate.pdf.minutes", facts.minutes());
        String details = t(locale, "certificate.pdf.details", dates.format(facts.completedOn()), duration)
                + (facts.provider() == null || facts.provider().isBlank() ? ""
                        : " · " + t(locale, "certificate.pdf.provider", facts.provider()));
        String validity = facts.validUntil() == null ? null
                : t(locale, "certificate.pdf.valid-until", dates.format(facts.validUntil()));
        CertificateTemplate template = templates.findByAuthorityId(facts.authorityId()).orElse(null);
        String heading = t(locale, "certificate.pdf.heading");
        return new CertificateLayout(language, heading + " – " + holder.fullName() + " – " + title, heading,
                holder.fullName(), t(locale, "certificate.pdf.completed"), title, description, details, validity,
                t(locale, "certificate.pdf.number", number), t(locale, "certificate.pdf.verify"),
                publicUrl + "/verify/" + code, holder.authorityName(),
                template == null ? holder.authorityName() : template.signerName(),
                template == null ? t(locale, "certificate.pdf.signer-default") : template.signerRole(),
                template == null ? CertificateTemplate.DEFAULT_ACCENT : template.accentColour(),
                template == null ? null : template.logo(), t(locale, "certificate.pdf.logo-alt",
                        holder.authorityName()), t(locale, "certificate.pdf.qr-alt"),
                LocalDate.now(clock.withZone(ZoneId.systemDefault())));
    }

    private String t(Locale locale, String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    private String newCode() {
        byte[] bytes = new byte[CODE_BYTES];
        random.nextBytes(bytes);
        return new Base32().encodeAsString(bytes);
    }
}
