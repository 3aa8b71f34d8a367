package de.willkommensakademie.base;

import java.io.Serializable;

/**
 * A transition the record's current state does not allow (revoking a revoked certificate, deactivating someone who
 * has left). Entities throw it from their own state-changing methods, so the rule lives once, next to the state.
 * It is a {@link UserFacingException}: the screens show the translated message behind {@code messageKey}, usually
 * after the record was changed meanwhile in another window, and nothing is logged as an unexpected error.
 */
public class DomainException extends UserFacingException {

    public DomainException(String messageKey, Serializable... arguments) {
        super(messageKey, arguments);
    }
}
