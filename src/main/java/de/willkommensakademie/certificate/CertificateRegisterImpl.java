package de.willkommensakademie.certificate;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;

/**
 * The register as a constructor query, so a list never loads the archived PDFs; the rows come from the same
 * {@link CertificateAccess} specification as a single certificate.
 */
class CertificateRegisterImpl implements CertificateRegister {

    private final EntityManager entityManager;

    CertificateRegisterImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<RegisterEntry> register(Specification<Certificate> which, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<RegisterEntry> query = cb.createQuery(RegisterEntry.class);
        Root<Certificate> c = query.from(Certificate.class);
        query.select(cb.construct(RegisterEntry.class, c.get("id"), c.get("version"), c.get("employeeId"),
                c.get("holderName"), c.get("number"), c.get("sourceKind"), c.get("titleDe"), c.get("titleEn"),
                c.get("completedOn"), c.get("validUntil"), c.get("revokedAt"), c.get("revokedReason")));
        query.where(which.toPredicate(c, query, cb));
        query.orderBy(cb.desc(c.get("issuedAt")), cb.desc(c.get("id")));
        TypedQuery<RegisterEntry> typed = entityManager.createQuery(query);
        if (pageable.isPaged()) {
            typed.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize());
        }
        return typed.getResultList();
    }

    @Override
    public Optional<BadgeFacts> badge(Specification<Certificate> which) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<BadgeFacts> query = cb.createQuery(BadgeFacts.class);
        Root<Certificate> c = query.from(Certificate.class);
        query.select(cb.construct(BadgeFacts.class, c.get("id"), c.get("authorityId"), c.get("employeeId"),
                c.get("holderName"),
                c.get("number"), c.get("code"), c.get("sourceKind"), c.get("sourceKey"), c.get("titleDe"),
                c.get("titleEn"), c.get("descriptionDe"), c.get("descriptionEn"), c.get("language"),
                c.get("completedOn"), c.get("validUntil")));
        query.where(which.toPredicate(c, query, cb));
        return entityManager.createQuery(query).getResultList().stream().findFirst();
    }
}
