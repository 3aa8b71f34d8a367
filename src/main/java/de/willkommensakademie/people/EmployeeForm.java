package de.willkommensakademie.people;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.IdentityProviderPolicy.ManagedField;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin edits about an employee; validated in the form and again by the service. */
public class EmployeeForm {

    private Long id;
    private long version;

    @NotBlank
    @Size(max = Limits.PERSON_NAME)
    private String firstName = "";

    @NotBlank
    @Size(max = Limits.PERSON_NAME)
    private String lastName = "";

    @NotBlank
    @Email
    @Size(max = Limits.EMAIL)
    private String email = "";

    @NotBlank
    @Size(min = Limits.USERNAME_MIN, max = Limits.USERNAME)
    @Pattern(regexp = Limits.USERNAME_PATTERN, message = "{employee.username.pattern}")
    private String username = "";

    @NotNull
    private Locale language = Locale.GERMAN;

    private LocalDate startDate;

    @NotNull
    private JobRoleOption jobRole;

    private TeamOption team;

    @NotEmpty
    private Set<Role> roles = EnumSet.of(Role.EMPLOYEE);

    // Read-only facts for the dialog, set by EmployeeService.load; update checks them again against the stored account.
    private boolean linkedToIdentityProvider;
    private boolean identityLinkAllowed;
    private Set<ManagedField> identityProviderFields = EnumSet.noneOf(ManagedField.class);

    public boolean isNew() {
        return id == null;
    }

    /** The account signs in through the authority's identity provider. */
    public boolean isLinkedToIdentityProvider() {
        return linkedToIdentityProvider;
    }

    /** An administrator allowed the next sign-in through the identity provider with this username to link it. */
    public boolean isIdentityLinkAllowed() {
        return identityLinkAllowed;
    }

    /** Whether the authority signs in through an identity provider and this account is not linked yet. */
    public boolean isIdentityLinkPossible() {
        return !linkedToIdentityProvider && !identityProviderFields.isEmpty();
    }

    /** The fields the identity provider keeps for this account, read-only here; empty for an unlinked account. */
    public Set<ManagedField> getManagedFields() {
        return linkedToIdentityProvider ? EnumSet.copyOf(identityProviderFields) : EnumSet.noneOf(ManagedField.class);
    }

    public boolean isManaged(ManagedField field) {
        return getManagedFields().contains(field);
    }

    void setIdentityProvider(boolean linked, boolean linkAllowed, Set<ManagedField> authorityFields) {
        this.linkedToIdentityProvider = linked;
        this.identityLinkAllowed = linkAllowed;
        this.identityProviderFields = authorityFields.isEmpty() ? EnumSet.noneOf(ManagedField.class)
                : EnumSet.copyOf(authorityFields);
    }

    public Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Locale getLanguage() {
        return language;
    }

    public void setLanguage(Locale language) {
        this.language = language;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public JobRoleOption getJobRole() {
        return jobRole;
    }

    public void setJobRole(JobRoleOption jobRole) {
        this.jobRole = jobRole;
    }

    public TeamOption getTeam() {
        return team;
    }

    public void setTeam(TeamOption team) {
        this.team = team;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
