package de.willkommensakademie.base.content;

import java.util.List;

import org.springframework.data.domain.Pageable;

/**
 * What every content library service offers its list page (modules, role-plays, and types to come), so the shared
 * list ({@code base.ui.ContentLibraryList}) serves them all. {@code P} is the type's publishing problem.
 */
public interface ContentLibrary<P> {

    List<ContentSummary> find(String text, ContentStatus status, Pageable pageable);

    long count(String text, ContentStatus status);

    long duplicate(long id);

    List<P> publish(long id, long version);

    void archive(long id, long version);

    void share(long id, long version, boolean withAllAuthorities);
}
