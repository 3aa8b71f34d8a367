package de.willkommensakademie.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditRepository extends JpaRepository<AuditEntry, Long> {

    @Query("""
            select e from AuditEntry e
            where e.authorityId = :authorityId and (:action is null or e.action = :action)
            order by e.occurredAt desc, e.id desc""")
    List<AuditEntry> findForAuthority(long authorityId, AuditAction action, Pageable pageable);
}
