package de.willkommensakademie.onboarding;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Who may see which checklists is not written here but in {@link OnboardingAccess}'s specifications. */
interface ChecklistRepository extends JpaRepository<Checklist, Long>, JpaSpecificationExecutor<Checklist> {

    Optional<Checklist> findByEmployeeId(long employeeId);

    @Query(
            "select c.employeeId from Checklist c where c.employeeId in :employeeIds")
    List<Long> findEmployeeIdsWithChecklist(Collection<Long> employeeIds);
}
