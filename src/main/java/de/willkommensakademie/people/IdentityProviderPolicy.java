package de.willkommensakademie.people;

import java.util.Set;

/**
 * What an authority's single sign-on settings mean for its accounts; implemented by the sso feature, asked here so
 * that the people feature never depends on it.
 */
public interface IdentityProviderPolicy {

    /** Fields of a linked account that the identity provider keeps; the admin screens show them read-only. */
    enum ManagedField {
        NAME, EMAIL, USERNAME, ROLES, TEAM, JOB_ROLE
    }

    /** The fields the provider keeps for linked accounts of the authority; empty without single sign-on. */
    Set<ManagedField> managedFields(long authorityId);

    /**
     * Whether a password may sign in to this account: not when the authority switched local login off (except its
     * break-glass administrator), and never for an account linked to the identity provider while single sign-on is on.
     */
    boolean passwordLoginAllowed(long authorityId, String username, boolean linked);
}
