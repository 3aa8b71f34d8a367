package de.willkommensakademie.people;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;

/**
 * An account of whoever runs the installation (e.g. a state's IT service provider). It belongs to no authority and
 * can only create authorities and their first administrator.
 */
@Entity
class PlatformOperator extends AbstractEntity {

    @Column(length = Limits.USERNAME)
    private String username;

    @Column(length = Limits.PERSON_NAME)
    private String displayName;

    private String passwordHash;

    private boolean passwordChangeRequired;

    @Column(length = 2)
    private String preferredLanguage;

    private boolean active = true;

    @Embedded
    private LoginGuard loginGuard = new LoginGuard();

    protected PlatformOperator() {
    }

    PlatformOperator(String username, String displayName, String passwordHash, boolean passwordChangeRequired) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = passwordChangeRequired;
        this.preferredLanguage = "de";
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    String preferredLanguage() {
        return preferredLanguage;
    }

    void setPreferredLanguage(String language) {
        this.preferredLanguage = language;
    }

    boolean isActive() {
        return active;
    }

    void changePassword(String newHash, boolean oneTime) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = oneTime;
    }


    LoginGuard loginGuard() {
        return loginGuard;
    }
}
