package de.willkommensakademie.people;

/**
 * An account as the identity provider's SCIM client sees it.
 *
 * @param externalId the provider's own id of the account, null when it sent none
 */
public record ProvisionedAccount(long id, long version, String userName, String givenName, String familyName,
        String email, boolean active, String externalId) {
}
