package de.willkommensakademie.learning;

import de.willkommensakademie.base.content.ContentMediaRepository;

interface ModuleMediaRepository extends ContentMediaRepository<ModuleMedia> {
}
