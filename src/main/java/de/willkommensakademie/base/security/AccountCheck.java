package de.willkommensakademie.base.security;

/**
 * Whether a signed-in account may go on with its session. Sessions outlive what they were opened with: an account
 * deactivated, erased, renamed or given other roles must not keep working under its old sign-in until the session
 * times out, on whichever instance it lives.
 */
public interface AccountCheck {

    /** True while the account is active and has the username and roles it signed in with. */
    boolean stillValid(AppUser user);
}
