package de.willkommensakademie.privacy;

/** An authority as the public pages name it: its name and the slug of its address ({@code ?authority=slug}). */
public record PublicAuthority(long id, String name, String slug) {
}
