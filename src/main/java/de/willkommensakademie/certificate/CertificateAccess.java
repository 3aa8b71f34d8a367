package de.willkommensakademie.certificate;

import static de.willkommensakademie.base.RecordSpecifications.withId;

import java.util.HashSet;
import java.util.Set;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.StaffMember;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who sees which certificates, in one place: everyone their own, managers also those of the people in the teams they
 * lead, administrators every certificate of their authority; nobody another authority's. The register and a single
 * certificate are read through the same {@link #visible()} predicate, so a list and a record never disagree; anything
 * outside it is reported as not found. Also who may issue: external training for the own teams (managers) or anyone
 * active of the authority (trainers), bulk issue for a team the manager leads (admins: any team).
 */
@Component
class CertificateAccess {

    private final CertificateRepository certificates;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;

    CertificateAccess(CertificateRepository certificates, StaffDirectory staff, CurrentUser currentUser) {
        this.certificates = certificates;
        this.staff = staff;
        this.currentUser = currentUser;
    }

    /** The signed-in person's certificates as a query piece: the register's rule. */
    Specification<Certificate> visible() {
        return sight().certificates();
    }

    /** A certificate the signed-in person may see, or not found. */
    Certificate visible(long id) {
        return certificates.findOne(visible().and(withId(id)))
                .orElseThrow(() -> new RecordNotFoundException("certificate", id));
    }

    /**
     * A certificate the signed-in manager or administrator may withdraw: one they see, and not their own unless they
     * are an administrator (nobody takes back a certificate of theirs that their manager issued). Its register line,
     * which has what revoking needs (version, holder, number, whether revoked) without the archived PDF.
     */
    RegisterEntry revocable(long id) {
        RegisterEntry certificate = certificates.register(visible().and(withId(id)), Pageable.unpaged()).stream()
                .findFirst().orElseThrow(() -> new RecordNotFoundException("certificate", id));
        AppUser me = currentUser.require();
        if (certificate.employeeId() == me.accountId() && !me.hasRole(Role.ADMIN)) {
            throw new UserFacingException("certificate.error.own");
        }
        return certificate;
    }

    /** What the Open Badge of a certificate the signed-in person may see states, or not found; without its PDF. */
    BadgeFacts visibleBadge(long id) {
        return certificates.badge(visible().and(withId(id)))
                .orElseThrow(() -> new RecordNotFoundException("certificate", id));
    }

    /** One person's certificates for their manager or an administrator; not found for anyone else. */
    Specification<Certificate> ofEmployee(long employeeId) {
        Sight sight = sight();
        boolean inSight = sight.wholeAuthority()
                ? staff.member(employeeId).filter(member -> member.authorityId() == sight.authorityId()).isPresent()
                : sight.people().contains(employeeId);
        if (!inSight) {
            throw new RecordNotFoundException("employee", employeeId);
        }
        return sight.certificates().and(holder(employeeId));
    }

    /**
     * The active person of the own authority a certificate for external training may be issued to: trainers anyone,
     * managers the members of their teams.
     */
    StaffMember externalHolder(long employeeId) {
        AppUser me = currentUser.require();
        long authorityId = currentUser.authorityId();
        return staff.member(employeeId).filter(member -> member.authorityId() == authorityId)
                .filter(StaffMember::active)
                .filter(member -> me.hasRole(Role.TRAINER) || member.managerIds().contains(me.accountId()))
                .orElseThrow(() -> new RecordNotFoundException("employee", employeeId));
    }

    /** The people of a team the signed-in manager leads (administrators: any team of the authority), or not found. */
    Set<Long> teamForIssue(long teamId) {
        AppUser me = currentUser.require();
        Set<Long> people = staff.membersOfTeam(currentUser.authorityId(), teamId);
        if (people.isEmpty() || (!me.hasRole(Role.ADMIN) && !staff.leads(me.accountId(), teamId))) {
            throw new RecordNotFoundException("team", teamId);
        }
        return people;
    }

    /** The administrator's own authority, whose certificate design they edit. */
    long ownAuthority() {
        return currentUser.authorityId();
    }

    /** The certificates of a module held by these people of the signed-in person's authority. */
    Specification<Certificate> ofModule(long moduleId, Set<Long> people) {
        long authorityId = currentUser.authorityId();
        return (root, query, cb) -> cb.and(cb.equal(root.get("authorityId"), authorityId),
                cb.equal(root.get("sourceKind"), CertificateKind.MODULE), cb.equal(root.get("sourceId"), moduleId),
                root.get("employeeId").in(people));
    }

    /** Administrators: the whole authority. Managers: their teams and themselves. Everyone else: themselves. */
    private Sight sight() {
        AppUser me = currentUser.require();
        long authorityId = currentUser.authorityId();
        if (me.hasRole(Role.ADMIN)) {
            return new Sight(authorityId, true, Set.of());
        }
        Set<Long> people = new HashSet<>(Set.of(me.accountId()));
        if (me.hasRole(Role.MANAGER)) {
            people.addAll(staff.membersOfTeamsLedBy(authorityId, me.accountId()));
        }
        return new Sight(authorityId, false, Set.copyOf(people));
    }


    private static Specification<Certificate> holder(long employeeId) {
        return (root, query, cb) -> cb.equal(root.get("employeeId"), employeeId);
    }

    private record Sight(long authorityId, boolean wholeAuthority, Set<Long> people) {

        Specification<Certificate> certificates() {
            return (root, query, cb) -> wholeAuthority ? cb.equal(root.get("authorityId"), authorityId)
                    : cb.and(cb.equal(root.get("authorityId"), authorityId), root.get("employeeId").in(people));
        }
    }
}
