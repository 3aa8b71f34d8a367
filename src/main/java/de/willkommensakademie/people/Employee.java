package de.willkommensakademie.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import de.willkommensakademie.base.AbstractEntity;
import de.willkommensakademie.base.DomainException;
import de.willkommensakademie.base.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.BatchSize;

/** A member of staff and their user account. */
@Entity
class Employee extends AbstractEntity {

    private long authorityId;

    @Column(length = Limits.PERSON_NAME)
    private String firstName;

    @Column(length = Limits.PERSON_NAME)
    private String lastName;

    /** Stored in lower case so uniqueness ignores case. */
    @Column(length = Limits.EMAIL)
    private String email;

    @Column(length = Limits.USERNAME)
    private String username;

    private String passwordHash;

    private boolean passwordChangeRequired;

    @Column(length = 2)
    private String preferredLanguage;

    private LocalDate startDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "job_role_id")
    private JobRole jobRole;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    // Loaded in batches for a page of employees: one extra query per page, not one per row.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "employee_role", joinColumns = @JoinColumn(name = "employee_id"))
    @Column(name = "role", length = 20)
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean active = true;

    private boolean emailDigest = true;

    /** Managers: the weekly e-mail about their teams (see team.ManagerDigest). */
    private boolean teamDigest = true;

    private LocalDate leftOn;

    /** Erased on request or anonymised after leaving: the row stays for the records that reference it. */
    private Instant erasedAt;

    @Embedded
    private LoginGuard loginGuard = new LoginGuard();

    /** The identity at the authority's identity provider this account is linked to (issuer and subject). */
    @Column(length = 500)
    private String idpIssuer;

    @Column(length = 255)
    private String idpSubject;

    /** Set by an administrator: the next sign-in through the identity provider with this username links the account. */
    private boolean idpLinkAllowed;

    /** The identity provider's own id of the account, as its SCIM client sent it (SCIM {@code externalId}). */
    @Column(length = 255)
    private String scimExternalId;

    protected Employee() {
    }

    Employee(long authorityId, String username, String passwordHash) {
        this.authorityId = authorityId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = true;
    }

    void changeProfile(String firstName, String lastName, String email, String preferredLanguage, LocalDate startDate,
            JobRole jobRole, Team team) {
        if (erasedAt != null) {
            // Editing would bring back what the erasure took out.
            throw new DomainException("privacy.erasure.error.erased");
        }
        this.firstName = firstName.strip();
        this.lastName = lastName.strip();
        this.email = normaliseEmail(email);
        this.preferredLanguage = preferredLanguage;
        this.startDate = startDate;
        this.jobRole = jobRole;
        this.team = team;
    }

    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    void assignRoles(Set<Role> newRoles) {
        if (erasedAt != null) {
            throw new DomainException("privacy.erasure.error.erased");
        }
        if (newRoles.isEmpty() || newRoles.contains(Role.OPERATOR)) {
            throw new IllegalArgumentException("Employees need at least one role and never the operator role");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    /** Someone leaves: the account stops working, their records stay. Refused when they have left already. */
    void deactivate(LocalDate today) {
        if (!active) {
            throw new DomainException("employee.error.already-inactive", fullName());
        }
        active = false;
        leftOn = today;
    }

    /**
     * Takes the person out of the system for good: no name, no e-mail, no login, no team, no roles. Other records
     * keep referencing the row; an erased person is never reactivated (see {@link #reactivate()}).
     */
    void erase(Instant now, LocalDate today, String passwordHash) {
        if (erasedAt != null) {
            throw new DomainException("privacy.erasure.error.already-erased");
        }
        String mark = "erased-" + getId();
        firstName = "—";
        lastName = "#" + getId();
        email = mark + "@erased.invalid";
        username = mark;
        this.passwordHash = passwordHash;
        passwordChangeRequired = false;
        roles.clear();
        team = null;
        jobRole = null;
        startDate = null;
        idpIssuer = null;
        idpSubject = null;
        idpLinkAllowed = false;
        scimExternalId = null;
        emailDigest = false;
        teamDigest = false;
        if (active) {
            active = false;
            leftOn = today;
        }
        erasedAt = now;
    }

    Instant erasedAt() {
        return erasedAt;
    }

    void reactivate() {
        if (erasedAt != null) {
            throw new DomainException("privacy.erasure.error.reactivate");
        }
        if (active) {
            throw new DomainException("employee.error.already-active", fullName());
        }
        active = true;
        leftOn = null;
    }

    /** A new password hash; a one-time password set by someone else must be replaced at the next login. */
    void changePassword(String newHash, boolean oneTime) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = oneTime;
    }



    /**
     * Links the account to its identity at the provider; from now on the provider keeps name, e-mail and (as the
     * authority's settings say) roles, team and job role. Its password no longer signs in (see AccountDetailsService).
     */
    void linkIdentity(String issuer, String subject) {
        if (erasedAt != null) {
            throw new DomainException("privacy.erasure.error.erased");
        }
        this.idpIssuer = issuer;
        this.idpSubject = subject;
        this.idpLinkAllowed = false;
        this.passwordChangeRequired = false;
    }

    void allowIdentityLink(boolean allowed) {
        this.idpLinkAllowed = allowed;
    }

    boolean identityLinkAllowed() {
        return idpLinkAllowed;
    }

    boolean linkedToIdentityProvider() {
        return idpSubject != null;
    }

    /** Name and e-mail as the identity provider says, at every sign-in. */
    void takeNamesFromIdentityProvider(String firstName, String lastName, String email) {
        this.firstName = firstName.strip();
        this.lastName = lastName.strip();
        this.email = normaliseEmail(email);
    }

    String scimExternalId() {
        return scimExternalId;
    }

    void changeScimExternalId(String externalId) {
        this.scimExternalId = externalId == null || externalId.isBlank() ? null : externalId.strip();
    }

    void moveTo(Team team, JobRole jobRole) {
        this.team = team;
        this.jobRole = jobRole;
    }

    LoginGuard loginGuard() {
        return loginGuard;
    }

    long authorityId() {
        return authorityId;
    }

    String firstName() {
        return firstName;
    }

    String lastName() {
        return lastName;
    }

    String fullName() {
        return firstName + " " + lastName;
    }

    String email() {
        return email;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    String preferredLanguage() {
        return preferredLanguage;
    }

    LocalDate startDate() {
        return startDate;
    }

    JobRole jobRole() {
        return jobRole;
    }

    Team team() {
        return team;
    }

    Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    boolean wantsEmailDigest() {
        return emailDigest;
    }

    void setEmailDigest(boolean wanted) {
        this.emailDigest = wanted;
    }

    boolean wantsTeamDigest() {
        return teamDigest;
    }

    void setTeamDigest(boolean wanted) {
        this.teamDigest = wanted;
    }

    boolean isActive() {
        return active;
    }

    LocalDate leftOn() {
        return leftOn;
    }

    void setPreferredLanguage(String language) {
        this.preferredLanguage = language;
    }
}
