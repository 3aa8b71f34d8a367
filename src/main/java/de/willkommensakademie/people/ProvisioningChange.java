package de.willkommensakademie.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * A partial change from the identity provider's SCIM client (PATCH): null means "leave as it is".
 *
 * @param userName the client may repeat the current username; another one is refused (see
 *                 {@link ProvisioningRefused.Reason#USERNAME_IMMUTABLE})
 */
public record ProvisioningChange(@Size(max = ProvisioningRequest.RAW_USERNAME) String userName,
        @Size(max = Limits.PERSON_NAME) String givenName, @Size(max = Limits.PERSON_NAME) String familyName,
        @Email @Size(max = Limits.EMAIL) String email, Boolean active,
        @Size(max = ProvisioningRequest.EXTERNAL_ID) String externalId) {

    public static ProvisioningChange of(ProvisioningRequest request) {
        return new ProvisioningChange(request.userName(), request.givenName(), request.familyName(), request.email(),
                request.active(), request.externalId());
    }

    public boolean isEmpty() {
        return userName == null && givenName == null && familyName == null && email == null && active == null
                && externalId == null;
    }
}
