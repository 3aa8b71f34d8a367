package de.willkommensakademie.provisioning;

/** A token just created: {@code token} is shown this once and stored nowhere. */
public record NewScimToken(long id, String authorityName, String token) {
}
