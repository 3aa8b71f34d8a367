package de.willkommensakademie.language;

import java.time.Instant;
import java.time.LocalDate;

import de.willkommensakademie.base.AbstractEntity;
import de.willkommensakademie.base.DomainException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One person's level in one language: overall and optionally per skill, what it rests on, an optional evidence
 * document, and whether a manager or admin verified it. A changed level needs verifying again.
 */
@Entity
class LanguageLevel extends AbstractEntity {

    private long authorityId;
    private long employeeId;
    private String language;
    @Enumerated(EnumType.STRING)
    private Cefr overall;
    @Enumerated(EnumType.STRING)
    private Cefr listening;
    @Enumerated(EnumType.STRING)
    private Cefr reading;
    @Enumerated(EnumType.STRING)
    private Cefr speaking;
    @Enumerated(EnumType.STRING)
    private Cefr writing;
    private boolean firstLanguage;
    @Enumerated(EnumType.STRING)
    private Evidence evidence;
    private LocalDate evidenceDate;
    private String documentType;
    @Enumerated(EnumType.STRING)
    private LevelStatus status;
    private Long verifiedBy;
    private Instant verifiedAt;
    private Instant updatedAt;

    protected LanguageLevel() {
    }

    LanguageLevel(long authorityId, long employeeId, LevelForm form, Instant now) {
        this.authorityId = authorityId;
        this.employeeId = employeeId;
        this.language = form.language();
        change(form, now);
    }

    void change(LevelForm form, Instant now) {
        this.overall = form.overall();
        this.listening = form.listening();
        this.reading = form.reading();
        this.speaking = form.speaking();
        this.writing = form.writing();
        this.firstLanguage = form.evidence() == Evidence.FIRST_LANGUAGE;
        this.evidence = form.evidence();
        this.evidenceDate = form.evidenceDate();
        this.status = LevelStatus.SELF_REPORTED;
        this.verifiedBy = null;
        this.verifiedAt = null;
        this.updatedAt = now;
    }

    /** A new evidence file (stored by {@link EvidenceFiles}) of this type: the level needs verifying again. */
    void attach(String mediaType, Instant now) {
        this.documentType = mediaType;
        this.status = LevelStatus.SELF_REPORTED;
        this.verifiedBy = null;
        this.verifiedAt = null;
        this.updatedAt = now;
    }

    /**
     * A manager confirms the level as it stands. Refused when it is verified already: a second confirmation would
     * overwrite who confirmed it and when. A changed level is self-reported again and can be verified anew.
     */
    void verify(long by, Instant at) {
        if (status == LevelStatus.VERIFIED) {
            throw new DomainException("language.level.error.verified");
        }
        this.status = LevelStatus.VERIFIED;
        this.verifiedBy = by;
        this.verifiedAt = at;
    }

    long authorityId() {
        return authorityId;
    }

    long employeeId() {
        return employeeId;
    }

    String language() {
        return language;
    }

    Cefr overall() {
        return overall;
    }

    Cefr listening() {
        return listening;
    }

    Cefr reading() {
        return reading;
    }

    Cefr speaking() {
        return speaking;
    }

    Cefr writing() {
        return writing;
    }

    boolean isFirstLanguage() {
        return firstLanguage;
    }

    Evidence evidence() {
        return evidence;
    }

    LocalDate evidenceDate() {
        return evidenceDate;
    }

    String documentType() {
        return documentType;
    }

    LevelStatus status() {
        return status;
    }
}
