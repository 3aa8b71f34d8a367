package de.willkommensakademie.privacy;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ExportRequestRepository extends JpaRepository<ExportRequest, Long> {

    Optional<ExportRequest> findByIdAndAuthorityIdAndRequestedBy(long id, long authorityId, long requestedBy);

    @Modifying
    @Query("delete from ExportRequest e where e.createdAt < :before")
    int deleteCreatedBefore(Instant before);

    @Modifying
    @Query("delete from ExportRequest e where e.authorityId = :authorityId"
            + " and (e.employeeId = :personId or e.requestedBy = :personId)")
    int deleteAboutOrBy(long authorityId, long personId);
}
