package de.willkommensakademie.base.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.NoRepositoryBean;

/** The queries every content type needs; lists use the {@link ContentVisibility} specifications. */
@NoRepositoryBean
public interface AuthoredContentRepository<C extends AuthoredContent<?>>
        extends JpaRepository<C, Long>, JpaSpecificationExecutor<C> {

    /** The shipped content of a key. */
    Optional<C> findByContentKeyAndAuthorityIdIsNull(String key);

    Optional<C> findByContentKeyAndAuthorityId(String key, long authorityId);

    /** Published content people of the authority may use (learn, play): shipped, own or shared; by title. */
    default List<C> findUsable(long authorityId) {
        return findAll(ContentVisibility.<C>usableBy(authorityId).and(ContentVisibility.byTitle()));
    }

    /** One usable record, or nothing if the authority may not use it. */
    default Optional<C> findUsable(long id, long authorityId) {
        return findOne(ContentVisibility.<C>withId(id).and(ContentVisibility.usableBy(authorityId)));
    }
}
