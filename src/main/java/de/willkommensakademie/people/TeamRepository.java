package de.willkommensakademie.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import de.willkommensakademie.base.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamRepository extends JpaRepository<Team, Long> {

    @Query("select t from Team t where t.authorityId = :authorityId order by lower(t.name)")
    List<Team> findPage(long authorityId, Pageable pageable);

    List<Team> findByAuthorityIdOrderByName(long authorityId);

    Optional<Team> findByIdAndAuthorityId(long id, long authorityId);

    boolean existsByAuthorityIdAndNameIgnoreCase(long authorityId, String name);

    long countByAuthorityId(long authorityId);

    @Query("""
            select distinct t from Team t join t.managers m
            where t.authorityId = :authorityId and m.id = :managerId order by t.name""")
    List<Team> findManagedBy(long authorityId, long managerId);

    /** The managers of these teams, one row per team and manager: team id, manager id. */
    @Query("select t.id, m.id from Team t join t.managers m where t.id in :teamIds")
    List<Object[]> findManagerIds(Collection<Long> teamIds);

    /**
     * Every active manager with each team they lead, across authorities, one row per manager and team: id,
     * authority, first and last name, e-mail, language, whether they want the team digest, team id.
     */
    @Query("""
            select m.id, m.authorityId, m.firstName, m.lastName, m.email, m.preferredLanguage, m.teamDigest, t.id
            from Team t join t.managers m
            where m.active = true and :role member of m.roles
            order by m.authorityId, m.id, t.id""")
    List<Object[]> findTeamLeads(Role role);
}
