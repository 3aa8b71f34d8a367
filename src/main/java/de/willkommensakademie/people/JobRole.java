package de.willkommensakademie.people;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** What someone does at the office (front office, back office, ...). Built-in roles exist in every authority. */
@Entity
class JobRole extends AbstractEntity {

    private long authorityId;

    @Column(length = Limits.JOB_ROLE_CODE)
    private String code;

    @Column(length = Limits.JOB_ROLE_NAME)
    private String nameDe;

    @Column(length = Limits.JOB_ROLE_NAME)
    private String nameEn;

    private boolean builtIn;

    protected JobRole() {
    }

    JobRole(long authorityId, String code, String nameDe, String nameEn, boolean builtIn) {
        this.authorityId = authorityId;
        this.code = code;
        this.nameDe = nameDe;
        this.nameEn = nameEn;
        this.builtIn = builtIn;
    }

    long authorityId() {
        return authorityId;
    }

    String nameDe() {
        return nameDe;
    }

    String nameEn() {
        return nameEn;
    }

    String code() {
        return code;
    }

    JobRoleOption toOption() {
        return new JobRoleOption(getId(), code, nameDe, nameEn, builtIn);
    }

}
