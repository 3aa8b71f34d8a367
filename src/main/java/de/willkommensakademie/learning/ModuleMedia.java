package de.willkommensakademie.learning;

import de.willkommensakademie.base.content.ContentMedia;
import de.willkommensakademie.base.content.MediaFile;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** An image or video of a module's lesson. */
@Entity
@AttributeOverride(name = "contentId", column = @Column(name = "module_id"))
class ModuleMedia extends ContentMedia {

    protected ModuleMedia() {
    }

    ModuleMedia(long moduleId, MediaFile file) {
        super(moduleId, file);
    }
}
