package de.willkommensakademie.language;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** What a job role should reach in a language, overall or in one skill. */
@Entity
class LanguageTarget extends AbstractEntity {

    private long authorityId;
    private String jobRoleCode;
    private String language;
    @Enumerated(EnumType.STRING)
    private Skill skill;
    @Enumerated(EnumType.STRING)
    private Cefr level;

    protected LanguageTarget() {
    }

    LanguageTarget(long authorityId, String jobRoleCode, String language, Skill skill, Cefr level) {
        this.authorityId = authorityId;
        this.jobRoleCode = jobRoleCode;
        this.language = language;
        this.skill = skill;
        this.level = level;
    }

    Target toTarget() {
        return new Target(getId(), jobRoleCode, language, skill, level);
    }
}
