package de.willkommensakademie.base.events;

/**
 * A record event that happened in one authority. The start page counts an authority's failing events for its
 * administrators by this; events without it are counted for the platform operator only.
 */
public interface AuthorityEvent {

    long authorityId();
}
