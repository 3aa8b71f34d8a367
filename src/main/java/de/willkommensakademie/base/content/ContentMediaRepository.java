package de.willkommensakademie.base.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

@NoRepositoryBean
public interface ContentMediaRepository<M extends ContentMedia> extends JpaRepository<M, Long> {

    List<M> findByContentId(long contentId);

    Optional<M> findByContentIdAndMediaId(long contentId, String mediaId);

    boolean existsByContentIdAndMediaId(long contentId, String mediaId);
}
