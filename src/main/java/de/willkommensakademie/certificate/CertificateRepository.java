package de.willkommensakademie.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Who may see which certificates is not written here but in {@link CertificateAccess}'s specifications. */
interface CertificateRepository extends JpaRepository<Certificate, Long>, JpaSpecificationExecutor<Certificate>,
        CertificateRegister {

    /**
     * The public verification in one statement. The entity would drag its PDF along (the lazy column needs bytecode
     * enhancement, which the build does not do) and the authority's name through the holder's employee record, team
     * and managers; the issuing authority is the certificate's own, its name read from the people feature's table.
     */
    @Query("""
            select new de.willkommensakademie.certificate.VerificationFacts(c.revokedAt, c.validUntil, c.holderName,
                   c.holderErasedAt, c.titleDe, c.titleEn, c.completedOn, a.name)
            from Certificate c left join Authority a on a.id = c.authorityId
            where c.code = :code""")
    Optional<VerificationFacts> findVerification(String code);

    boolean existsByEmployeeIdAndSourceKindAndSourceIdAndCompletedAt(long employeeId, CertificateKind kind,
            Long sourceId, Instant completedAt);

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

    /**
     * Valid certificates ending between the two dates whose holders have not been reminded yet, without their PDFs
     * (the entity would read each one's archived PDF although the reminder needs only title and date).
     */
    @Query("""
            select new de.willkommensakademie.certificate.ExpiringCertificate(c.id, c.employeeId, c.titleDe,
                   c.titleEn, c.validUntil)
            from Certificate c
            where c.validUntil between :from and :to and c.revokedAt is null and c.remindedAt is null
            order by c.validUntil, c.id""")
    List<ExpiringCertificate> findDueForReminder(LocalDate from, LocalDate to);

    /**
     * Sets the reminder mark alone: updating the entity writes every column, the archived PDF included. The version
     * counts up as with any other change, so a revocation form opened before still notices.
     */
    @Modifying
    @Query("update Certificate c set c.remindedAt = :at, c.version = c.version + 1 where c.id in :ids")
    void markReminded(Collection<Long> ids, Instant at);

    /**
     * Revokes the certificate if it still has the version the revoking person saw and is not revoked yet; 0 rows
     * otherwise. Updating the entity would read and rewrite the archived PDF; the version counts up as with any change.
     */
    @Modifying
    @Query("""
            update Certificate c set c.revokedAt = :at, c.revokedBy = :by, c.revokedReason = :reason,
                   c.version = c.version + 1
            where c.id = :id and c.version = :version and c.revokedAt is null""")
    int revoke(long id, long version, long by, String reason, Instant at);

    boolean existsBySourceKind(CertificateKind kind);
}
