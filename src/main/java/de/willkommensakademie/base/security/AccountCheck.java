package de.willkommensakademie.base.security;

/**
 * Whether a signed-in account may go on with its session. Sessions outlive what they were opened with: an account
 * deactivated, erased, renamed or given other roles must not keep working under its old sign-in until the session
 * times out, on whichever instance it lives. Every check must accept a session for it to go on (the people feature
 * checks the account, single sign-on whether the identity provider ended the session).
 */
public interface AccountCheck {

    /** True while nothing this check knows of ended the session. */
    boolean stillValid(AppUser user);
}
