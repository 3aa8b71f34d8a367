package de.willkommensakademie.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new authority and its first administrator, as the platform operator enters them. */
public class NewAuthorityForm {

    @NotBlank
    @Size(max = Limits.AUTHORITY_NAME)
    private String name = "";

    @NotBlank
    @Size(max = Limits.AUTHORITY_SHORT_NAME)
    private String shortName = "";

    @NotBlank
    @Pattern(regexp = "de|en")
    private String defaultLanguage = "de";

    @NotBlank
    @Size(max = Limits.PERSON_NAME)
    private String adminFirstName = "";

    @NotBlank
    @Size(max = Limits.PERSON_NAME)
    private String adminLastName = "";

    @NotBlank
    @Email
    @Size(max = Limits.EMAIL)
    private String adminEmail = "";

    @NotBlank
    @Size(min = Limits.USERNAME_MIN, max = Limits.USERNAME)
    @Pattern(regexp = Limits.USERNAME_PATTERN, message = "{employee.username.pattern}")
    private String adminUsername = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public void setDefaultLanguage(String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    public String getAdminFirstName() {
        return adminFirstName;
    }

    public void setAdminFirstName(String adminFirstName) {
        this.adminFirstName = adminFirstName;
    }

    public String getAdminLastName() {
        return adminLastName;
    }

    public void setAdminLastName(String adminLastName) {
        this.adminLastName = adminLastName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminUsername() {
        return adminUsername;
    }

    public void setAdminUsername(String adminUsername) {
        this.adminUsername = adminUsername;
    }
}
