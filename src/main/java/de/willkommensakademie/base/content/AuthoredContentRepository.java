package de.willkommensakademie.base.content;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * The queries every content type needs; who sees which record is {@link ContentAccess} (signed in) and
 * {@link ContentVisibility} (the query pieces), read through {@link JpaSpecificationExecutor}.
 */
@NoRepositoryBean
public interface AuthoredContentRepository<C extends AuthoredContent<?>>
        extends JpaRepository<C, Long>, JpaSpecificationExecutor<C> {

    /** The shipped content of a key. */
    Optional<C> findByContentKeyAndAuthorityIdIsNull(String key);

    Optional<C> findByContentKeyAndAuthorityId(String key, long authorityId);
}
