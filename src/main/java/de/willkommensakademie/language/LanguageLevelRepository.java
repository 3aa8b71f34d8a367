package de.willkommensakademie.language;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Who may see which levels is not written here but in {@link LanguageAccess}'s specifications. */
interface LanguageLevelRepository extends JpaRepository<LanguageLevel, Long>, JpaSpecificationExecutor<LanguageLevel> {

    List<LanguageLevel> findByEmployeeIdOrderByLanguage(long employeeId);

    Optional<LanguageLevel> findByEmployeeIdAndLanguage(long employeeId, String language);

    List<LanguageLevel> findByEmployeeIdIn(Collection<Long> employeeIds);
}
