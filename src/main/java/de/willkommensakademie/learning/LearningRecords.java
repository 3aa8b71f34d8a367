package de.willkommensakademie.learning;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.base.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completions as records for other features, e.g. to issue certificates that are missing: who completed a module
 * and when. Scores and answers are never part of it.
 */
@Service
public class LearningRecords {

    private final ModuleVersionRepository versions;
    private final ModuleCodec codec;
    private final Completions completions;
    private final LearningAccess access;

    LearningRecords(ModuleVersionRepository versions, ModuleCodec codec, Completions completions,
            LearningAccess access) {
        this.versions = versions;
        this.codec = codec;
        this.completions = completions;
        this.access = access;
    }

    /** Every completion of the module by these people, within the caller's authority. */
    @RolesAllowed({Role.Name.MANAGER, Role.Name.ADMIN, Role.Name.TRAINER})
    @Transactional(readOnly = true)
    public List<ModuleCompleted> completions(long moduleId, Collection<Long> employeeIds) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        // A module has few versions: each is read once, however many people completed it.
        Map<Long, ModuleContent> contents = new HashMap<>();
        return access.completions(moduleId, employeeIds).stream()
                .map(progress -> completions.of(progress, contents.computeIfAbsent(progress.moduleVersionId(),
                        id -> codec.read(versions.findById(id).orElseThrow().content()))))
                .toList();
    }
}
