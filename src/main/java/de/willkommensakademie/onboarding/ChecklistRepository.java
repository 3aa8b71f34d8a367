package de.willkommensakademie.onboarding;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistRepository extends JpaRepository<Checklist, Long> {

    Optional<Checklist> findByEmployeeId(long employeeId);

    List<Checklist> findByAuthorityIdAndEmployeeIdIn(long authorityId, Collection<Long> employeeIds);

    List<Checklist> findByAuthorityIdAndBuddyId(long authorityId, long buddyId);

    List<Checklist> findByAuthorityId(long authorityId);

    @org.springframework.data.jpa.repository.Query(
            "select c.employeeId from Checklist c where c.employeeId in :employeeIds")
    List<Long> findEmployeeIdsWithChecklist(Collection<Long> employeeIds);
}
