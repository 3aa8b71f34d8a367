package de.willkommensakademie.language;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LanguageLevelRepository extends JpaRepository<LanguageLevel, Long> {

    List<LanguageLevel> findByEmployeeIdOrderByLanguage(long employeeId);

    Optional<LanguageLevel> findByEmployeeIdAndLanguage(long employeeId, String language);

    List<LanguageLevel> findByEmployeeIdIn(java.util.Collection<Long> employeeIds);

    /** Levels in a language of the people of an authority who joined the pool. */
    @Query("""
            select l from LanguageLevel l
            where l.authorityId = :authorityId and l.language = :language
              and l.employeeId in (select p.employeeId from LanguagePoolMember p where p.authorityId = :authorityId)
            order by l.overall desc, l.id""")
    List<LanguageLevel> findPool(long authorityId, String language);

    /** Every level of the people of an authority who joined the pool. */
    @Query("""
            select l from LanguageLevel l
            where l.authorityId = :authorityId
              and l.employeeId in (select p.employeeId from LanguagePoolMember p where p.authorityId = :authorityId)
            order by l.language, l.overall desc, l.id""")
    List<LanguageLevel> findWholePool(long authorityId);
}
