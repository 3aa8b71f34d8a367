package de.willkommensakademie.learning;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ModuleVersionRepository extends JpaRepository<ModuleVersion, Long> {

    Optional<ModuleVersion> findByModuleIdAndNumber(long moduleId, int number);

    List<ModuleVersion> findByIdIn(Collection<Long> ids);

    /** The newest version of each given module, in one query. */
    @Query("""
            select v from ModuleVersion v
            where v.moduleId in :moduleIds
              and v.number = (select max(w.number) from ModuleVersion w where w.moduleId = v.moduleId)""")
    List<ModuleVersion> findNewest(Collection<Long> moduleIds);
}
