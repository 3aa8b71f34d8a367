package de.willkommensakademie.scenario;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

/** Attempts; who reads which is {@link ScenarioAccess}. */
interface ScenarioAttemptRepository extends JpaRepository<ScenarioAttempt, Long>,
        JpaSpecificationExecutor<ScenarioAttempt> {

    /** {@link AttemptFact}s for these people and role-plays, one per person and role-play. */
    @Query("""
            select new de.willkommensakademie.scenario.AttemptFact(a.employeeId,
                a.scenarioId, max(a.startedAt), min(a.completedAt))
            from ScenarioAttempt a
            where a.authorityId = :authorityId and a.scenarioId in :scenarioIds and a.employeeId in :employeeIds
            group by a.employeeId, a.scenarioId""")
    List<AttemptFact> findFacts(long authorityId, Collection<Long> scenarioIds, Collection<Long> employeeIds);

    /**
     * Who of these people finished which role-play with which outcome, each once: the rows of a manager's team page,
     * without transcripts and without the rest of the authority's attempts.
     */
    @Query("""
            select distinct new de.willkommensakademie.scenario.FinishedBy(a.scenarioId, a.employeeId, a.outcome)
            from ScenarioAttempt a
            where a.authorityId = :authorityId and a.completedAt is not null and a.employeeId in :employeeIds""")
    List<FinishedBy> findFinishedBy(long authorityId, Collection<Long> employeeIds);

    /**
     * The same for everyone of the authority, but only for the role-plays assigned to each person (in person, through
     * their team or their job role): the (person, role-play) pairs come from the assignments first and each is looked
     * up in the attempts' index, so only attempts at assigned role-plays are read. A role-play assigned to someone
     * twice still gives one row (grouped after the join). The employee table is read for team and job role only, as
     * the assignments define them; their ids belong to the authority, so the attempts do too.
     */
    @NativeQuery(value = """
            select s.employee_id, s.scenario_id, max(s.started_at) as last_started_at,
                min(s.completed_at) as first_completed_at
            from (
                select e.id as employee_id, a.content_id
                from assignment a join employee e on e.team_id = a.target_id
                where a.authority_id = :authorityId and a.target_kind = 'TEAM' and a.content_kind = 'ROLE_PLAY'
                union all
                select e.id, a.content_id
                from assignment a join employee e on e.job_role_id = a.target_id
                where a.authority_id = :authorityId and a.target_kind = 'JOB_ROLE' and a.content_kind = 'ROLE_PLAY'
                union all
                select a.target_id, a.content_id
                from assignment a
                where a.authority_id = :authorityId and a.target_kind = 'EMPLOYEE' and a.content_kind = 'ROLE_PLAY'
            ) pair
            join scenario_attempt s on s.employee_id = pair.employee_id and s.scenario_id = pair.content_id
            group by s.employee_id, s.scenario_id""", sqlResultSetMapping = ScenarioAttempt.FACT)
    List<AttemptFact> findAssignedFacts(long authorityId);
}
