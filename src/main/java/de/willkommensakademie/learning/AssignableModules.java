package de.willkommensakademie.learning;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.content.ContentStatus;
import org.springframework.stereotype.Component;

/** Learning modules as assignable content. */
@Component
class AssignableModules implements AssignableContent {

    private final ModuleLibrary library;
    private final LearningModuleRepository modules;
    private final LearningProgressRepository progresses;
    private final ModuleStandings standings;

    AssignableModules(ModuleLibrary library, LearningModuleRepository modules, LearningProgressRepository progresses,
            ModuleStandings standings) {
        this.library = library;
        this.modules = modules;
        this.progresses = progresses;
        this.standings = standings;
    }

    @Override
    public AssignedKind kind() {
        return AssignedKind.MODULE;
    }

    @Override
    public void requireAssignable(long contentId) {
        if (library.visible(contentId).status() != ContentStatus.PUBLISHED) {
            throw new UserFacingException("assignment.error.not-published");
        }
    }

    @Override
    public Map<Long, ContentTitle> titles(Collection<Long> contentIds) {
        return contentIds.isEmpty() ? Map.of() : modules.findTitles(contentIds).stream().collect(Collectors.toMap(
                row -> (Long) row[0], row -> new ContentTitle((String) row[1], (String) row[2],
                        row[3] == ContentStatus.PUBLISHED)));
    }

    @Override
    public List<ProgressFact> progress(long authorityId, Collection<Long> employeeIds, Collection<Long> contentIds) {
        if (employeeIds.isEmpty() || contentIds.isEmpty()) {
            return List.of();
        }
        ProgressFacts.requireListable(employeeIds);
        return ProgressFacts.latest(progresses.findFacts(authorityId, contentIds, employeeIds), employeeIds);
    }

    @Override
    public List<ProgressFact> assignedProgress(long authorityId, Collection<Long> employeeIds,
            Collection<Long> contentIds) {
        return employeeIds.isEmpty() ? List.of() : standings.facts(authorityId, employeeIds);
    }

    @Override
    public List<ProgressFact> assignedProgress(long authorityId) {
        return standings.facts(authorityId);
    }
}
