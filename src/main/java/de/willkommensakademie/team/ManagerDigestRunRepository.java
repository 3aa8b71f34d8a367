package de.willkommensakademie.team;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ManagerDigestRunRepository extends JpaRepository<ManagerDigestRun, Long> {

    List<ManagerDigestRun> findByEmployeeIdIn(Collection<Long> employeeIds);

    /** One statement for every manager who had a digest before. */
    @Modifying(flushAutomatically = true)
    @Query("update ManagerDigestRun r set r.lastDay = :day, r.version = r.version + 1 where r.employeeId in :employeeIds")
    int moveTo(Collection<Long> employeeIds, LocalDate day);
}
