package de.willkommensakademie.assessment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssessmentRoundRepository extends JpaRepository<AssessmentRound, Long> {

    Optional<AssessmentRound> findByIdAndAuthorityId(long id, long authorityId);

    /**
     * The rounds a person sees in the list: all of the authority for admins ({@code everything}); for a manager those
     * they started, those asking the whole authority and those asking one of their teams. Newest start first.
     */
    @Query("""
            select r from AssessmentRound r where r.authorityId = :authorityId
              and (:everything = true or r.startedById = :personId or r.wholeAuthority = true
                   or exists (select 1 from AssessmentRound s join s.audience t
                              where s = r and t.kind = de.willkommensakademie.assessment.RoundAnswers.GroupKind.TEAM
                                and t.targetId in :teamIds))
            order by r.startsOn desc, r.id desc""")
    List<AssessmentRound> findVisible(long authorityId, boolean everything, long personId, Collection<Long> teamIds,
            Pageable pageable);

    @Query("""
            select count(r) from AssessmentRound r where r.authorityId = :authorityId
              and (:everything = true or r.startedById = :personId or r.wholeAuthority = true
                   or exists (select 1 from AssessmentRound s join s.audience t
                              where s = r and t.kind = de.willkommensakademie.assessment.RoundAnswers.GroupKind.TEAM
                                and t.targetId in :teamIds))""")
    long countVisible(long authorityId, boolean everything, long personId, Collection<Long> teamIds);

    /** Earlier rounds of the authority that ended before {@code before}, latest end first. */
    @Query("""
            select r from AssessmentRound r where r.authorityId = :authorityId and r.endsOn < :before
            order by r.endsOn desc, r.id desc""")
    List<AssessmentRound> findEndedBefore(long authorityId, LocalDate before);

    /** Rounds whose reminder may be due: a date on or before today, not sent, still running. */
    @Query("""
            select r from AssessmentRound r where r.reminderOn <= :today and r.reminderSent = false
              and r.startsOn <= :today and r.endsOn >= :today order by r.id""")
    List<AssessmentRound> findReminderDue(LocalDate today);

    /** Running rounds of these ids, for a person's open rounds. */
    @Query("""
            select r from AssessmentRound r where r.id in :ids and r.startsOn <= :today and r.endsOn >= :today
            order by r.endsOn, r.id""")
    List<AssessmentRound> findRunning(Collection<Long> ids, LocalDate today);
}
