package de.willkommensakademie.onboarding;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistItemRepository extends JpaRepository<ChecklistItem, Long> {

    List<ChecklistItem> findByChecklistIdOrderByPositionAsc(long checklistId);

    List<ChecklistItem> findByChecklistIdInOrderByDueDateAscPositionAsc(Collection<Long> checklistIds);

    @Query("""
            select i from ChecklistItem i
            where i.checklistId = :checklistId and i.status = de.willkommensakademie.onboarding.ItemStatus.OPEN
              and (i.moduleKey = :moduleKey or i.scenarioKey = :scenarioKey)""")
    List<ChecklistItem> findOpenLinked(long checklistId, String moduleKey, String scenarioKey);

    /** Open items due on or before the day, across all checklists, for the reminders. */
    @Query("""
            select i from ChecklistItem i
            where i.status = de.willkommensakademie.onboarding.ItemStatus.OPEN and i.dueDate <= :until
            order by i.dueDate, i.id""")
    List<ChecklistItem> findOpenDueBy(LocalDate until);

    /** Items finished (done and signed off where needed, or skipped), all, and overdue, per person's checklist. */
    @Query("""
            select new de.willkommensakademie.onboarding.ChecklistProgress(c.employeeId,
                sum(case when i.status = de.willkommensakademie.onboarding.ItemStatus.SKIPPED
                           or (i.status = de.willkommensakademie.onboarding.ItemStatus.DONE
                               and (i.signOff = false or i.signedOffAt is not null)) then 1 else 0 end),
                count(i),
                sum(case when i.status = de.willkommensakademie.onboarding.ItemStatus.OPEN and i.dueDate < :today
                    then 1 else 0 end),
                max(i.dueDate))
            from Checklist c, ChecklistItem i
            where i.checklistId = c.id and c.authorityId = :authorityId and c.employeeId in :employeeIds
            group by c.employeeId""")
    List<ChecklistProgress> countProgress(long authorityId, Collection<Long> employeeIds, LocalDate today);
}
