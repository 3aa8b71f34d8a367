package de.willkommensakademie.base.content;

/** A feature's content document to and from the JSON stored as draft and per version (see {@code ContentJson}). */
public interface ContentCodec<D> {

    String write(D content);

    D read(String stored);
}
