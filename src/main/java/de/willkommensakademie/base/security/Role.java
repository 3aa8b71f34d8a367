package de.willkommensakademie.base.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person may do. A person can hold several. {@link #OPERATOR} belongs only to platform operator accounts, who
 * create authorities and their first administrator and nothing else.
 */
public enum Role {
    EMPLOYEE, MANAGER, TRAINER, ADMIN, OPERATOR;

    /** The roles an authority's administrator can give to employees. */
    public static final Set<Role> ASSIGNABLE = EnumSet.of(EMPLOYEE, MANAGER, TRAINER, ADMIN);

    /** Compile-time constants for {@code @RolesAllowed}; a test keeps them equal to the enum names. */
    public static final class Name {
        public static final String EMPLOYEE = "EMPLOYEE";
        public static final String MANAGER = "MANAGER";
        public static final String TRAINER = "TRAINER";
        public static final String ADMIN = "ADMIN";
        public static final String OPERATOR = "OPERATOR";

        private Name() {
        }
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
