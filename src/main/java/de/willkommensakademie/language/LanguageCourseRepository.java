package de.willkommensakademie.language;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LanguageCourseRepository extends JpaRepository<LanguageCourse, Long> {

    List<LanguageCourse> findByEmployeeIdOrderByRequestedAtDesc(long employeeId);

    List<LanguageCourse> findByAuthorityIdAndEmployeeIdInOrderByRequestedAtDesc(long authorityId,
            Collection<Long> employeeIds);
}
