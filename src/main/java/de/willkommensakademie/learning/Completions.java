package de.willkommensakademie.learning;

import org.springframework.stereotype.Component;

/** Turns a completed progress into the {@link ModuleCompleted} record other features receive; one place for it. */
@Component
class Completions {

    private final LearningModuleRepository modules;
    private final ModuleVersionRepository versions;

    Completions(LearningModuleRepository modules, ModuleVersionRepository versions) {
        this.modules = modules;
        this.versions = versions;
    }

    ModuleCompleted of(LearningProgress progress, ModuleContent content) {
        LearningModule module = modules.findById(progress.moduleId()).orElseThrow();
        ModuleVersion version = versions.findById(progress.moduleVersionId()).orElseThrow();
        return new ModuleCompleted(progress.authorityId(), progress.employeeId(), module.getId(), module.key(),
                version.number(), content.title().get("de"), content.title().get("en"), content.summary().get("de"),
                content.summary().get("en"), content.estimatedMinutes(), progress.completedAt(),
                progress.expiresAt());
    }
}
