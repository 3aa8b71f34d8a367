package de.willkommensakademie.team;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamReminderRepository extends JpaRepository<TeamReminder, Long> {

    List<TeamReminder> findByEmployeeIdInAndSentAtAfter(Collection<Long> employeeIds, Instant after);
}
