package de.willkommensakademie.learning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ModuleImageRepository extends JpaRepository<ModuleImage, Long> {

    Optional<ModuleImage> findByModuleIdAndImageId(long moduleId, String imageId);

    boolean existsByModuleIdAndImageId(long moduleId, String imageId);

    List<ModuleImage> findByModuleId(long moduleId);
}
