package de.willkommensakademie.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    boolean existsByEmployeeIdAndSourceKindAndSourceIdAndCompletedAt(long employeeId, CertificateKind kind,
            Long sourceId, Instant completedAt);

    /** The register: an authority's certificates, optionally only some people's, newest first. */
    @Query("""
            select new de.willkommensakademie.certificate.RegisterEntry(c.id, c.version, c.employeeId, c.holderName,
                   c.number, c.sourceKind, c.titleDe, c.titleEn, c.completedOn, c.validUntil, c.revokedAt,
                   c.revokedReason)
            from Certificate c
            where c.authorityId = :authorityId
              and (:allPeople = true or c.employeeId in :employeeIds)
              and (:text is null or lower(c.titleDe) like :text or lower(c.titleEn) like :text
                   or lower(c.number) like :text or lower(c.holderName) like :text)
            order by c.issuedAt desc, c.id desc""")
    List<RegisterEntry> findRegister(long authorityId, boolean allPeople, Collection<Long> employeeIds,
            String text, Pageable pageable);

    @Query("""
            select count(c) from Certificate c
            where c.authorityId = :authorityId
              and (:allPeople = true or c.employeeId in :employeeIds)
              and (:text is null or lower(c.titleDe) like :text or lower(c.titleEn) like :text
                   or lower(c.number) like :text or lower(c.holderName) like :text)""")
    long countRegister(long authorityId, boolean allPeople, Collection<Long> employeeIds, String text);

    @Query("""
            select c from Certificate c
            where c.authorityId = :authorityId and c.sourceKind = de.willkommensakademie.certificate.CertificateKind.MODULE
              and c.sourceId = :moduleId and c.employeeId in :employeeIds
            order by c.holderName, c.completedOn""")
    List<Certificate> findForModule(long authorityId, long moduleId, Collection<Long> employeeIds);

    /**
     * Certificates of the authority, of everyone or of these people, that are not revoked and end between the two
     * dates, unless renewed: a later valid certificate of the same person for the same module or role-play.
     */
    @Query("""
            select new de.willkommensakademie.certificate.ExpiringCertificate(c.id, c.employeeId, c.titleDe,
                   c.titleEn, c.validUntil)
            from Certificate c
            where c.authorityId = :authorityId
              and (:allPeople = true or c.employeeId in :employeeIds)
              and c.revokedAt is null and c.validUntil between :from and :to
              and not exists (select r.id from Certificate r
                              where r.employeeId = c.employeeId and r.sourceKind = c.sourceKind
                                and r.sourceId = c.sourceId and r.id <> c.id and r.revokedAt is null
                                and (r.validUntil is null or r.validUntil > c.validUntil))
            order by c.validUntil, c.id""")
    List<ExpiringCertificate> findExpiring(long authorityId, boolean allPeople, Collection<Long> employeeIds,
            LocalDate from, LocalDate to);

    /** Valid certificates ending between the two dates whose holders have not been reminded yet. */
    @Query("""
            select c from Certificate c
            where c.validUntil between :from and :to and c.revokedAt is null and c.remindedAt is null
            order by c.validUntil, c.id""")
    List<Certificate> findDueForReminder(LocalDate from, LocalDate to);

    boolean existsBySourceKind(CertificateKind kind);
}
