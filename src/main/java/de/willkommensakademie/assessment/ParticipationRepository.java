package de.willkommensakademie.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ParticipationRepository extends JpaRepository<Participation, Long> {

    Optional<Participation> findByRoundIdAndEmployeeId(long roundId, long employeeId);

    /** The rounds a person was asked in and has not answered yet (whether they run is the round's matter). */
    @Query("select p.roundId from AssessmentParticipation p where p.employeeId = :employeeId and p.answered = false")
    List<Long> findUnansweredRoundIds(long employeeId);

    @Query("""
            select p.employeeId from AssessmentParticipation p where p.roundId = :roundId and p.answered = false
            order by p.employeeId""")
    List<Long> findUnansweredEmployeeIds(long roundId);

    /** Empties the drafts of rounds that ended before {@code today}: unfinished answers are not kept past the end. */
    @Modifying
    @Query("""
            update AssessmentParticipation p set p.draft = null where p.draft is not null
              and p.roundId in (select r.id from AssessmentRound r where r.endsOn < :today)""")
    int clearDraftsOfEndedRounds(LocalDate today);

    /**
     * Rewrites every participation row of the round unchanged, inside a submission's transaction: on PostgreSQL each
     * row keeps the id of the transaction that last wrote it ({@code xmin}), and the submitter's row would otherwise
     * carry the same id as the counters and comments written with it. Afterwards all rows of the round carry it alike.
     */
    @Modifying
    @Query("update AssessmentParticipation p set p.answered = p.answered where p.roundId = :roundId")
    int rewriteAll(long roundId);

    @Modifying
    @Query("update AssessmentParticipation p set p.draft = null where p.roundId = :roundId and p.draft is not null")
    int clearDrafts(long roundId);
}
