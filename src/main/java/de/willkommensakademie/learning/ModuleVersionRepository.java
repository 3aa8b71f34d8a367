package de.willkommensakademie.learning;

import java.util.Collection;
import java.util.List;

import de.willkommensakademie.base.content.ContentVersionRepository;
import org.springframework.data.jpa.repository.Query;

interface ModuleVersionRepository extends ContentVersionRepository<ModuleVersion> {

    List<ModuleVersion> findByIdIn(Collection<Long> ids);

    /** The newest version of each given module, in one query. */
    @Query("""
            select v from ModuleVersion v
            where v.contentId in :moduleIds
              and v.number = (select max(w.number) from ModuleVersion w where w.contentId = v.contentId)""")
    List<ModuleVersion> findNewest(Collection<Long> moduleIds);
}
