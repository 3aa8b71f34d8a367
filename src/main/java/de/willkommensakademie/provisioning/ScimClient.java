package de.willkommensakademie.provisioning;

import java.io.Serial;
import java.io.Serializable;

/** Who calls the SCIM endpoint: the identity provider of one authority, known by one of its tokens. */
record ScimClient(long authorityId, long tokenId) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
