package de.willkommensakademie.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the identity provider's SCIM client sends for a new account or a replacement; given and family name may be
 * missing (the account then shows the username, as at a sign-in through the provider).
 *
 * @param active null when the client did not say (a new account is active)
 */
public record ProvisioningRequest(@NotBlank @Size(max = ProvisioningRequest.RAW_USERNAME) String userName,
        @Size(max = Limits.PERSON_NAME) String givenName, @Size(max = Limits.PERSON_NAME) String familyName,
        @NotBlank @Email @Size(max = Limits.EMAIL) String email, Boolean active,
        @Size(max = ProvisioningRequest.EXTERNAL_ID) String externalId) {

    /** A provider's username before it is made to fit the local rules (an e-mail-like UPN, for instance). */
    public static final int RAW_USERNAME = 255;
    public static final int EXTERNAL_ID = 255;
}
