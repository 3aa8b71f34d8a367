package de.willkommensakademie.base.content;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

@NoRepositoryBean
public interface ContentVersionRepository<V extends ContentVersion> extends JpaRepository<V, Long> {

    Optional<V> findByContentIdAndNumber(long contentId, int number);
}
