package de.willkommensakademie.sso;

/** What the operator's connection test found: reachable, the issuer it names, and which logouts it supports. */
public record ConnectionCheck(boolean reachable, String issuer, boolean endSession, boolean backChannelLogout,
        String problem) {
}
