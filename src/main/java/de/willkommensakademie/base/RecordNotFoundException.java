package de.willkommensakademie.base;

/**
 * A record that does not exist, or exists in another authority: both look the same to the caller, so an id from a
 * different authority reveals nothing.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
