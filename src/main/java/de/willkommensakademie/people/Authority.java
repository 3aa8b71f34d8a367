package de.willkommensakademie.people;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An immigration office (Ausländerbehörde). One installation can serve several. */
@Entity
class Authority extends AbstractEntity {

    @Column(length = Limits.AUTHORITY_NAME)
    private String name;

    @Column(length = Limits.AUTHORITY_SHORT_NAME)
    private String shortName;

    @Column(length = 2)
    private String defaultLanguage;

    /** Decides which public holidays working days skip; null: only the nationwide ones. */
    @Enumerated(EnumType.STRING)
    @Column(length = 2)
    private FederalState federalState;

    protected Authority() {
    }

    Authority(String name, String shortName, String defaultLanguage) {
        this.name = name;
        this.shortName = shortName;
        this.defaultLanguage = defaultLanguage;
    }

    String name() {
        return name;
    }

    String shortName() {
        return shortName;
    }

    String defaultLanguage() {
        return defaultLanguage;
    }

    FederalState federalState() {
        return federalState;
    }

    void changeFederalState(FederalState state) {
        this.federalState = state;
    }
}
