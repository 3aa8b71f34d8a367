package de.willkommensakademie.base;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A rule broken by the user's input (a duplicate username, a team that does not exist). Carries a translation key
 * and its arguments so every screen shows the same translated message.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final Serializable[] arguments;

    public UserFacingException(String messageKey, Serializable... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
