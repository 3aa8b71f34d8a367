package de.willkommensakademie.base.content;

import java.time.Instant;

/**
 * How a content type makes its entities, as constructor references ({@code LearningModule::new},
 * {@code ModuleVersion::new}, {@code ModuleMedia::new}); a type without files passes no media constructor.
 */
public record ContentEntities<C, V, M, D>(NewContent<C, D> content, NewVersion<V> version, NewMedia<M> media) {

    public interface NewContent<C, D> {
        C create(String key, Long authorityId, D content, String json, Instant now);
    }

    public interface NewVersion<V> {
        V create(long contentId, int number, String json, Instant now);
    }

    public interface NewMedia<M> {
        M create(long contentId, MediaFile file);
    }
}
