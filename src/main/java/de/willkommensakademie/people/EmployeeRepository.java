package de.willkommensakademie.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import de.willkommensakademie.base.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

interface EmployeeRepository extends JpaRepository<Employee, Long>, JpaSpecificationExecutor<Employee> {

    /** Team and job role come with the page; roles follow in one batch (see {@link Employee}). */
    @Override
    @EntityGraph(attributePaths = {"team", "jobRole"})
    Page<Employee> findAll(Specification<Employee> specification, Pageable pageable);

    @EntityGraph(attributePaths = {"team", "jobRole"})
    Optional<Employee> findByIdAndAuthorityId(long id, long authorityId);

    @Query("select e.id from Employee e join e.roles r where e.authorityId = :authorityId and e.active = true"
            + " and r = de.willkommensakademie.base.security.Role.ADMIN")
    List<Long> findActiveAdminIds(long authorityId);

    @Query("select e.id from Employee e where e.team.id in :teamIds")
    List<Long> findIdsByTeamIds(Collection<Long> teamIds);

    Optional<Employee> findByUsername(String username);

    Optional<Employee> findByEmail(String email);

    Optional<Employee> findByIdpIssuerAndIdpSubject(String idpIssuer, String idpSubject);

    /** Everyone of the authority who has not been erased, active or not, by name. */
    List<Employee> findByAuthorityIdAndErasedAtIsNullOrderByLastNameAscFirstNameAsc(long authorityId);

    boolean existsByUsername(String username);

    boolean existsByEmail(String email);

    @Query("select e.username from Employee e where e.username in :usernames")
    List<String> findExistingUsernames(Collection<String> usernames);

    @Query("select e.email from Employee e where e.email in :emails")
    List<String> findExistingEmails(Collection<String> emails);

    List<Employee> findByAuthorityIdAndIdIn(long authorityId, Collection<Long> ids);

    long countByAuthorityIdAndActiveTrue(long authorityId);

    long countByAuthorityIdAndActiveTrueAndTeamIsNull(long authorityId);

    @Query("""
            select count(e) from Employee e
            where e.authorityId = :authorityId and e.active = true and e.startDate between :from and :to""")
    long countStartingBetween(long authorityId, LocalDate from, LocalDate to);

    @Query("select count(e) from Employee e where e.authorityId = :authorityId and e.loginGuard.lockedUntil > :now")
    long countLocked(long authorityId, Instant now);

    @Query("""
            select e.team.id, count(e) from Employee e
            where e.team.id in :teamIds and e.active = true group by e.team.id""")
    List<Object[]> countActiveMembers(Collection<Long> teamIds);

    @Query("""
            select e from Employee e
            where e.authorityId = :authorityId and e.active = true and :role member of e.roles
            order by e.lastName, e.firstName""")
    List<Employee> findActiveWithRole(long authorityId, Role role);

    long countByAuthorityId(long authorityId);

    /** What decides which training applies, for every active person of one authority (daily reminders). */
    @Query("""
            select new de.willkommensakademie.people.EmployeeFacts(e.id, e.authorityId, t.id, j.id, e.startDate)
            from Employee e left join e.team t left join e.jobRole j
            where e.authorityId = :authorityId and e.active = true
            order by e.id""")
    List<EmployeeFacts> findActiveFacts(long authorityId);

    /** The same for the active members of these teams, in no order (team totals, which show no names). */
    @Query("""
            select new de.willkommensakademie.people.EmployeeFacts(e.id, e.authorityId, t.id, j.id, e.startDate)
            from Employee e join e.team t left join e.jobRole j
            where e.authorityId = :authorityId and e.active = true and t.id in :teamIds""")
    List<EmployeeFacts> findActiveFactsInTeams(long authorityId, Collection<Long> teamIds);

    /**
     * What server-side jobs need of these people (any authority), with their authority's name, in one query (no
     * entities); the team's managers are {@link TeamRepository#findManagerIds}.
     */
    @Query("""
            select new de.willkommensakademie.people.StaffRow(e.id, e.authorityId, coalesce(a.name, ''),
                concat(e.firstName, ' ', e.lastName), e.email, e.preferredLanguage, e.active, e.emailDigest, t.id,
                j.code)
            from Employee e left join Authority a on a.id = e.authorityId left join e.team t left join e.jobRole j
            where e.id in :ids""")
    List<StaffRow> findStaffRows(Collection<Long> ids);

    /** Name, activity and job role code of these people of the authority, in one query (no entities). */
    @Query("""
            select new de.willkommensakademie.people.TeamPerson(e.id, concat(e.firstName, ' ', e.lastName), e.active,
                j.code)
            from Employee e left join e.jobRole j
            where e.authorityId = :authorityId and e.id in :ids""")
    List<TeamPerson> findTeamPeople(long authorityId, Collection<Long> ids);

    /** Active members of these teams with what team views show, in one query, sorted by name. */
    @Query("""
            select new de.willkommensakademie.people.TeamMember(e.id, e.authorityId, e.firstName, e.lastName, t.id,
                t.name, j.id, j.nameDe, j.nameEn, e.startDate)
            from Employee e join e.team t left join e.jobRole j
            where e.authorityId = :authorityId and e.active = true and t.id in :teamIds
            order by e.lastName, e.firstName, e.id""")
    List<TeamMember> findActiveMembers(long authorityId, Collection<Long> teamIds);

    /** Team, job role and start date of these people of the authority, active or not. */
    @Query("""
            select new de.willkommensakademie.people.EmployeeFacts(e.id, e.authorityId, t.id, j.id, e.startDate)
            from Employee e left join e.team t left join e.jobRole j
            where e.authorityId = :authorityId and e.id in :ids""")
    List<EmployeeFacts> findFacts(long authorityId, Collection<Long> ids);

    /**
     * Locks these people's rows until the transaction ends, in id order so two callers cannot deadlock each other:
     * for work that recomputes per-person data and must not interleave with another recomputation of the same person.
     */
    @NativeQuery("select id from employee where authority_id = :authorityId and id in :ids order by id for update")
    List<Long> lockAll(long authorityId, Collection<Long> ids);

    /** Everyone of the authority, active or not, in id order. */
    @Query("select e.id from Employee e where e.authorityId = :authorityId order by e.id")
    List<Long> findIdsOfAuthority(long authorityId);

    /** Everyone of the authority who has not been erased, active or not, in id order (SCIM lists). */
    @Query("select e.id from Employee e where e.authorityId = :authorityId and e.erasedAt is null order by e.id")
    List<Long> findIdsNotErased(long authorityId);

    /** Everyone of this team of the authority, active or not, in id order. */
    @Query("select e.id from Employee e where e.authorityId = :authorityId and e.team.id = :teamId order by e.id")
    List<Long> findIdsInTeam(long authorityId, long teamId);

    /** Everyone with this job role in the authority, active or not, in id order. */
    @Query("select e.id from Employee e where e.authorityId = :authorityId and e.jobRole.id = :jobRoleId order by e.id")
    List<Long> findIdsWithJobRole(long authorityId, long jobRoleId);
}
