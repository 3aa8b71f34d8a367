package de.willkommensakademie.certificate;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;

/** Register lines without the PDF for the certificates a specification selects, newest first. */
interface CertificateRegister {

    List<RegisterEntry> register(Specification<Certificate> which, Pageable pageable);

    /** The badge's facts of the one certificate the specification selects, if any. */
    Optional<BadgeFacts> badge(Specification<Certificate> which);

    /** Title in either language, number or holder like a lower-case pattern; all when null. */
    static Specification<Certificate> matching(String likePattern) {
        return (root, query, cb) -> likePattern == null ? cb.conjunction()
                : cb.or(cb.like(cb.lower(root.get("titleDe")), likePattern),
                        cb.like(cb.lower(root.get("titleEn")), likePattern),
                        cb.like(cb.lower(root.get("number")), likePattern),
                        cb.like(cb.lower(root.get("holderName")), likePattern));
    }
}
