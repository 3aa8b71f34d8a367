package de.willkommensakademie.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates that run out soon, for many people at once: the start page card counts them per team and the weekly
 * manager digest lists them. Trusted server-side code like the staff directory: the caller has already decided that
 * its user may see these people and how much of it (the visibility preset); an architecture test keeps views away
 * from it. One query however many people.
 */
@Component
public class ExpiringCertificates {

    /** Above this many people the authority's expiring certificates are read and filtered in memory. */
    static final int MAX_LISTED_PEOPLE = 1000;

    private final CertificateRepository certificates;
    private final Clock clock;

    ExpiringCertificates(CertificateRepository certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    /**
     * Per person of {@code employeeIds} (only those with any), the certificates of the authority that are not revoked
     * and end between today and {@code days} days from today, soonest first. A certificate that was renewed (a later
     * valid one for the same module or role-play) is not running out.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<ExpiringCertificate>> within(long authorityId, Collection<Long> employeeIds, int days) {
        if (employeeIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        Set<Long> wanted = new HashSet<>(employeeIds);
        boolean wholeAuthority = wanted.size() > MAX_LISTED_PEOPLE;
        List<ExpiringCertificate> found = certificates.findExpiring(authorityId, wholeAuthority,
                wholeAuthority ? List.of(-1L) : wanted, today, today.plusDays(days));
        Map<Long, List<ExpiringCertificate>> byPerson = new LinkedHashMap<>();
        for (ExpiringCertificate certificate : found) {
            if (wanted.contains(certificate.employeeId())) {
                byPerson.computeIfAbsent(certificate.employeeId(), id -> new ArrayList<>()).add(certificate);
            }
        }
        return byPerson;
    }
}
