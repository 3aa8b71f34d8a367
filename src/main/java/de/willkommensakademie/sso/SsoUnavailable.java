package de.willkommensakademie.sso;

/** The identity provider cannot be used right now: discovery failed or the client secret is missing. */
class SsoUnavailable extends RuntimeException {

    SsoUnavailable(String message) {
        super(message);
    }

    SsoUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
