package de.willkommensakademie.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import de.willkommensakademie.base.events.RecordEventListener;
import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.language.LanguageCourseCompleted;
import de.willkommensakademie.learning.ModuleCompleted;
import de.willkommensakademie.scenario.ScenarioCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Issues a certificate automatically when a module is completed, when a role-play is completed whose trainer chose
 * so, and when a language course is completed. It runs after the completion is committed, in its own transaction: a
 * failure here never undoes the completion, and the event registry runs it again later (see
 * {@link RecordEventListener}). Each is idempotent: the issuer issues nothing for a completion that has its
 * certificate, and the unique index on (person, kind, source, completion time) refuses a concurrent second one.
 */
@Component
class CompletionCertificates {

    private static final Logger log = LoggerFactory.getLogger(CompletionCertificates.class);

    private final CertificateIssuer issuer;
    private final Translations translations;
    private final Clock clock;

    CompletionCertificates(CertificateIssuer issuer, Translations translations, Clock clock) {
        this.issuer = issuer;
        this.translations = translations;
        this.clock = clock;
    }

    @RecordEventListener(id = "certificate.module-completed")
    void on(ModuleCompleted completion) {
        issuer.issue(facts(completion, clock), null)
                .ifPresent(certificate -> log.info("Certificate {} issued for module {}", certificate.number(),
                        completion.moduleKey()));
    }

    @RecordEventListener(id = "certificate.scenario-completed")
    void on(ScenarioCompleted completion) {
        if (!completion.certificate()) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(completion.completedAt(), clock.getZone());
        issuer.issue(new CertificateFacts(completion.authorityId(), completion.employeeId(), CertificateKind.SCENARIO,
                completion.scenarioId(), completion.scenarioKey(), completion.completedAt(), completion.titleDe(),
                completion.titleEn(), describe(Translations.GERMAN, completion.competencesDe()),
                describe(Translations.ENGLISH, completion.competencesEn()), null, day,
                completion.estimatedMinutes(), null), null);
    }

    /** A completed language course with a level reached. */
    @RecordEventListener(id = "certificate.language-course-completed")
    void on(LanguageCourseCompleted completion) {
        String level = completion.levelReached().name();
        issuer.issue(new CertificateFacts(completion.authorityId(), completion.employeeId(),
                CertificateKind.LANGUAGE_COURSE, completion.courseId(), completion.language(),
                completion.completedAt(),
                translations.getTranslation("certificate.course.title", Translations.GERMAN,
                        completion.languageNameDe(), level),
                translations.getTranslation("certificate.course.title", Translations.ENGLISH,
                        completion.languageNameEn(), level),
                translations.getTranslation("certificate.course.description", Translations.GERMAN, level),
                translations.getTranslation("certificate.course.description", Translations.ENGLISH, level),
                completion.provider(), completion.endDate(), completion.hours() * 60, null), null);
    }

    /** What a module completion certifies; also used when missing certificates are issued in bulk. */
    static CertificateFacts facts(ModuleCompleted completion, Clock clock) {
        ZoneId zone = clock.getZone();
        return new CertificateFacts(completion.authorityId(), completion.employeeId(), CertificateKind.MODULE,
                completion.moduleId(), completion.moduleKey(), completion.completedAt(), completion.titleDe(),
                completion.titleEn(), completion.summaryDe(), completion.summaryEn(), null,
                LocalDate.ofInstant(completion.completedAt(), zone), completion.estimatedMinutes(),
                completion.expiresAt() == null ? null : LocalDate.ofInstant(completion.expiresAt(), zone));
    }

    /** The role-play's competences as the certificate's description, in one language; none when it names none. */
    private String describe(Locale language, String competences) {
        return competences == null || competences.isBlank() ? null
                : translations.getTranslation("certificate.scenario.description", language, competences);
    }
}
