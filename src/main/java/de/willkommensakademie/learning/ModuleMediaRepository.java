package de.willkommensakademie.learning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ModuleMediaRepository extends JpaRepository<ModuleMedia, Long> {

    Optional<ModuleMedia> findByModuleIdAndMediaId(long moduleId, String mediaId);

    boolean existsByModuleIdAndMediaId(long moduleId, String mediaId);

    List<ModuleMedia> findByModuleId(long moduleId);
}
