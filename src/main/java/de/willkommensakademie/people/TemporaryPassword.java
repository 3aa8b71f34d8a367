package de.willkommensakademie.people;

/** A one-time password, shown once to the admin who must hand it over; the person replaces it at first login. */
public record TemporaryPassword(String username, String fullName, String password) {
}
