package de.willkommensakademie.language;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Who may see which levels is not written here but in {@link LanguageAccess}'s specifications. */
interface LanguageLevelRepository extends JpaRepository<LanguageLevel, Long>, JpaSpecificationExecutor<LanguageLevel> {

    /** A level for listings: every column but the evidence document, which may be megabytes. */
    String FACTS = """
            select new de.willkommensakademie.language.LevelFacts(l.id, l.version, l.employeeId, l.language, l.overall,
                l.listening, l.reading, l.speaking, l.writing, l.firstLanguage, l.evidence, l.evidenceDate,
                l.documentType, l.status)
            """;

    Optional<LanguageLevel> findByEmployeeIdAndLanguage(long employeeId, String language);

    /** The levels of these people for listings, without the evidence documents. */
    @Query(FACTS + """
            from LanguageLevel l where l.employeeId in :employeeIds""")
    List<LevelFacts> findFactsByEmployeeIdIn(Collection<Long> employeeIds);

    /** One person's levels for listings, by language, without the evidence documents. */
    @Query(FACTS + """
            from LanguageLevel l where l.employeeId = :employeeId order by l.language""")
    List<LevelFacts> findFactsOf(long employeeId);

    /**
     * The levels of the people of the authority who joined the pool, without the evidence documents: by language,
     * then the highest level first. Asked for through {@link LanguageAccess#poolLevels}, which holds the rule.
     */
    @Query(FACTS + """
            from LanguageLevel l
            where l.authorityId = :authorityId
                and l.employeeId in (select m.employeeId from LanguagePoolMember m where m.authorityId = :authorityId)
            order by l.language, l.overall desc, l.id""")
    List<LevelFacts> findPoolFacts(long authorityId);

    /** The same in one language: the highest level first. */
    @Query(FACTS + """
            from LanguageLevel l
            where l.authorityId = :authorityId and l.language = :language
                and l.employeeId in (select m.employeeId from LanguagePoolMember m where m.authorityId = :authorityId)
            order by l.overall desc, l.id""")
    List<LevelFacts> findPoolFactsIn(long authorityId, String language);
}
