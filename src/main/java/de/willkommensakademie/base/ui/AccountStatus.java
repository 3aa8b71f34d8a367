package de.willkommensakademie.base.ui;

/** Implemented by the feature that owns accounts: whether the current person must still replace a one-time password. */
public interface AccountStatus {

    String CHANGE_PASSWORD_ROUTE = "account/password";

    /** "Who viewed my data", opened from the user menu like the password change. */
    String ACCESS_LOG_ROUTE = "account/access-log";

    /** "My data": the own data export, opened from the user menu. */
    String MY_DATA_ROUTE = "my/data";

    /** Session flag: the person has no one-time password left, so the layout need not ask again. */
    String PASSWORD_CHECKED_ATTRIBUTE = AccountStatus.class.getName() + ".passwordChecked";

    boolean passwordChangeRequired();
}
