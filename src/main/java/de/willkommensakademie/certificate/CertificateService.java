package de.willkommensakademie.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import de.willkommensakademie.audit.AccessKind;
import de.willkommensakademie.audit.AccessLog;
import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditDetails;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.BackgroundWork;
import de.willkommensakademie.base.SearchText;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.learning.LearningRecords;
import de.willkommensakademie.learning.ModuleCompleted;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.StaffMember;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The certificate register and manual issuing. Who sees and issues what is decided by {@link CertificateAccess}.
 */
@Service
public class CertificateService {

    private static final Logger log = LoggerFactory.getLogger(CertificateService.class);

    private final CertificateRepository certificates;
    private final CertificateAccess access;
    private final CertificateIssuer issuer;
    private final StaffDirectory staff;
    private final LearningRecords learning;
    private final AuditLog audit;
    private final AccessLog accessLog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate eachOnItsOwn;
    private final String publicUrl;
    private final Translations translations;
    private final ReminderWindow reminderWindow;

    private final BackgroundWork background;

    CertificateService(CertificateRepository certificates, CertificateAccess access, CertificateIssuer issuer, StaffDirectory staff,
            LearningRecords learning, AuditLog audit, AccessLog accessLog, CurrentUser currentUser, Clock clock,
            PlatformTransactionManager transactions, Translations translations,
            ReminderWindow reminderWindow, @Value("${app.public-url:http://localhost:8080}") String publicUrl,
            BackgroundWork background) {
        this.background = background;
        this.certificates = certificates;
        this.access = access;
        this.issuer = issuer;
        this.staff = staff;
        this.learning = learning;
        this.audit = audit;
        this.accessLog = accessLog;
        this.currentUser = currentUser;
        this.clock = clock;
        this.eachOnItsOwn = new TransactionTemplate(transactions);
        this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.translations = translations;
        this.reminderWindow = reminderWindow;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @RolesAllowed({Role.Name.EMPLOYEE, Role.Name.MANAGER, Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public List<CertificateRow> find(String text, Pageable pageable) {
        LocalDate today = today();
        return certificates.register(access.visible().and(CertificateRegister.matching(SearchText.likePattern(text))),
                pageable).stream().map(entry -> entry.toRow(today, reminderWindow)).toList();
    }

    @RolesAllowed({Role.Name.EMPLOYEE, Role.Name.MANAGER, Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public long count(String text) {
        return certificates.count(access.visible().and(CertificateRegister.matching(SearchText.likePattern(text))));
    }

    /** The archived PDF, exactly as issued. */
    @RolesAllowed({Role.Name.EMPLOYEE, Role.Name.MANAGER, Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public CertificateFile download(long id) {
        Certificate certificate = access.visible(id);
        accessLog.record(AccessKind.CERTIFICATE_DOWNLOADED, certificate.employeeId(),
                certificate.title(certificate.language()));
        return new CertificateFile(fileName(certificate), certificate.pdf());
    }

    /** One employee's certificates for their manager or an administrator of the authority (team progress). */
    @RolesAllowed({Role.Name.MANAGER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public List<CertificateRow> ofEmployee(long employeeId) {
        Specification<Certificate> theirs = access.ofEmployee(employeeId);
        LocalDate today = today();
        return certificates.register(theirs, Pageable.unpaged()).stream().map(entry -> entry.toRow(today, reminderWindow)).toList();
    }

    /** The certificate as an unsigned Open Badges 3.0 credential (JSON), in the holder's language. */
    @RolesAllowed({Role.Name.EMPLOYEE, Role.Name.MANAGER, Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public CertificateFile badge(long id) {
        BadgeFacts certificate = access.visibleBadge(id);
        accessLog.record(AccessKind.CERTIFICATE_DOWNLOADED, certificate.employeeId(),
                certificate.title(certificate.language()));
        String authority = staff.member(certificate.employeeId()).map(StaffMember::authorityName).orElse("");
        String json = OpenBadge.of(certificate, authority, publicUrl, certificate.language(),
                translations.getTranslation("certificate.badge.criteria." + certificate.sourceKind().name(),
                        Translations.fromCode(certificate.language())));
        return new CertificateFile(fileName(certificate.holderName(), certificate.number()).replace(".pdf",
                ".badge.json"),
                json.getBytes(StandardCharsets.UTF_8));
    }

    /** Withdraws a certificate with a reason; it then shows as revoked everywhere, also on the verification page. */
    @RolesAllowed({Role.Name.MANAGER, Role.Name.ADMIN})
    @Transactional
    public void revoke(long id, long version, String reason) {
        // The register line and a targeted update: loading and saving the entity read and rewrote its archived PDF.
        RegisterEntry certificate = access.revocable(id);
        if (certificate.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Certificate.class, id);
        }
        String why = Certificate.revocationReason(certificate.revokedAt(), reason);
        if (certificates.revoke(id, version, currentUser.require().accountId(), why, clock.instant()) != 1) {
            throw new ObjectOptimisticLockingFailureException(Certificate.class, id); // changed since it was read
        }
        audit.recordDetailed(AuditAction.CERTIFICATE_REVOKED, certificate.number(),
                AuditDetails.of("audit.details.reason", why));
    }

    /** A certificate for training outside the platform; managers for their teams, trainers for everyone. */
    @RolesAllowed({Role.Name.MANAGER, Role.Name.TRAINER})
    @Transactional
    public long issueExternal(ExternalTraining training) {
        AppUser me = currentUser.require();
        StaffMember holder = access.externalHolder(training.employeeId());
        String title = training.title() == null ? "" : training.title().strip();
        if (title.isEmpty() || title.length() > CertificateLimits.TITLE) {
            throw new UserFacingException("certificate.error.title", CertificateLimits.TITLE);
        }
        if (training.description() != null && training.description().length() > CertificateLimits.DESCRIPTION) {
            throw new UserFacingException("certificate.error.description", CertificateLimits.DESCRIPTION);
        }
        if (training.provider() != null && training.provider().strip().length() > CertificateLimits.PROVIDER) {
            throw new UserFacingException("certificate.error.provider", CertificateLimits.PROVIDER);
        }
        if (training.completedOn() == null || training.completedOn().isAfter(today())) {
            throw new UserFacingException("certificate.error.date");
        }
        if (training.hours() == null || training.hours() < CertificateLimits.HOURS_MIN
                || training.hours() > CertificateLimits.HOURS_MAX) {
            throw new UserFacingException("certificate.error.hours", CertificateLimits.HOURS_MAX);
        }
        if (training.validUntil() != null && !training.validUntil().isAfter(training.completedOn())) {
            throw new UserFacingException("certificate.error.valid-until");
        }
        String description = training.description() == null || training.description().isBlank() ? null
                : training.description().strip();
        CertificateFacts facts = new CertificateFacts(holder.authorityId(), holder.id(), CertificateKind.EXTERNAL,
                null, null, null, title, title, description, description, blankToNull(training.provider()),
                training.completedOn(), training.hours() * 60, training.validUntil());
        Certificate certificate = issuer.issue(facts, me.accountId()).orElseThrow();
        audit.recordDetailed(AuditAction.CERTIFICATE_ISSUED, certificate.number(),
                AuditDetails.of("audit.details.certificate", holder.fullName(), title));
        return certificate.getId();
    }

    /**
     * Issues the missing certificates of a module for the people of a team: each in its own transaction together with
     * its audit entry, so one failure loses none of the others, nothing is half-written, and the audit log accounts
     * for every stored certificate even if the run is cut off. {@code progress} hears how many people are done. Not
     * transactional itself on purpose.
     */
    @RolesAllowed({Role.Name.MANAGER, Role.Name.ADMIN})
    public BulkResult issueMissing(long teamId, long moduleId, IntConsumer progress) {
        AppUser me = currentUser.require();
        Set<Long> people = access.teamForIssue(teamId);
        List<ModuleCompleted> completions = learning.completions(moduleId, people);
        int issued = 0;
        int already = 0;
        List<BulkResult.Failure> failures = new ArrayList<>();
        for (int index = 0; index < completions.size(); index++) {
            ModuleCompleted completion = completions.get(index);
            try {
                Boolean created = eachOnItsOwn.execute(status -> issuer.issue(CompletionCertificates.facts(
                        completion, clock), me.accountId()).map(certificate -> {
                            audit.recordDetailed(AuditAction.CERTIFICATE_ISSUED, certificate.number(),
                                    AuditDetails.of("audit.details.certificate-bulk", certificate.holderName(),
                                            new AuditDetails.Bilingual(completion.titleDe(), completion.titleEn())));
                            return true;
                        }).orElse(false));
                if (Boolean.TRUE.equals(created)) {
                    issued++;
                } else {
                    already++;
                }
            } catch (RuntimeException failed) {
                log.warn("Certificate for employee {} and module {} failed", completion.employeeId(), moduleId,
                        failed);
                failures.add(new BulkResult.Failure(staff.member(completion.employeeId()).map(StaffMember::fullName)
                        .orElse("#" + completion.employeeId()), "certificate.bulk.failed"));
            }
            progress.accept(index + 1);
        }
        byte[] zip = eachOnItsOwn.execute(status -> zip(certificates.findAll(access.ofModule(moduleId, people),
                Sort.by("holderName", "completedOn"))));
        AuditDetails summary = AuditDetails.of("audit.details.bulk-issued", issued, already, failures.size(),
                staff.teamName(teamId), completions.isEmpty() ? "#" + moduleId
                        : new AuditDetails.Bilingual(completions.getFirst().titleDe(),
                                completions.getFirst().titleEn()));
        eachOnItsOwn.executeWithoutResult(status -> audit.recordDetailed(AuditAction.CERTIFICATES_BULK_ISSUED,
                null, summary));
        return new BulkResult(issued, already, failures, zip);
    }

    /**
     * {@link #issueMissing} in the background with the caller's rights, for a page that shows progress meanwhile.
     * The rights are checked here, before anything starts.
     */
    @RolesAllowed({Role.Name.MANAGER, Role.Name.ADMIN})
    public CompletableFuture<BulkResult> issueMissingInBackground(long teamId, long moduleId, IntConsumer progress) {
        return background.start(() -> issueMissing(teamId, moduleId, progress));
    }

    /** How many completions bulk issuing would go through for this team and module. */
    @RolesAllowed({Role.Name.MANAGER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public int completionsToCheck(long teamId, long moduleId) {
        return learning.completions(moduleId, access.teamForIssue(teamId)).size();
    }

    private byte[] zip(List<Certificate> found) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Certificate certificate : found) {
                zip.putNextEntry(new ZipEntry(fileName(certificate)));
                zip.write(certificate.pdf());
                zip.closeEntry();
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static String fileName(Certificate certificate) {
        return fileName(certificate.holderName(), certificate.number());
    }

    private static String fileName(String holderName, String number) {
        String holder = Normalizer.normalize(holderName.replace("ß", "ss"),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9]+", "-");
        return "certificate-" + number + "-" + holder + ".pdf";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
