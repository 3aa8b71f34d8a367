package de.willkommensakademie.language;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Who may see which courses is not written here but in {@link LanguageAccess}'s specifications. */
interface LanguageCourseRepository extends JpaRepository<LanguageCourse, Long>,
        JpaSpecificationExecutor<LanguageCourse> {

    List<LanguageCourse> findByEmployeeIdOrderByRequestedAtDesc(long employeeId);

}
