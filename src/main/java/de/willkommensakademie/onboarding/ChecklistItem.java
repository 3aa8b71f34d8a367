package de.willkommensakademie.onboarding;

import java.time.Instant;
import java.time.LocalDate;

import de.willkommensakademie.base.AbstractEntity;
import de.willkommensakademie.base.DomainException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One task of a person's checklist, copied from the template (or added by hand) with its own due date and status.
 * Open until done or skipped; an item that needs sign-off then waits until its confirmer signs it off, or sends it
 * back with a comment, which opens it again. Each step keeps who and when; a step that does not fit the current state
 * is refused.
 */
@Entity
class ChecklistItem extends AbstractEntity {

    /** Comments and reasons: the columns of V6 and V10. */
    static final int TEXT_LENGTH = 1000;
    /** Skipping an item or sending it back must say why in a few words at least. */
    static final int REASON_MIN = 3;

    private long checklistId;
    private int position;
    private String phaseDe;
    private String phaseEn;
    private String titleDe;
    private String titleEn;
    private String descriptionDe;
    private String descriptionEn;
    @Enumerated(EnumType.STRING)
    private Responsible responsible;
    private LocalDate dueDate;
    private String moduleKey;
    private String scenarioKey;
    private boolean signOff;
    @Enumerated(EnumType.STRING)
    private ItemStatus status;
    private Instant doneAt;
    private Long doneBy;
    private String comment;
    private String skipReason;
    private Instant signedOffAt;
    private Long signedOffBy;
    private Instant sentBackAt;
    private Long sentBackBy;
    private String sentBackReason;
    private boolean addedByHand;

    protected ChecklistItem() {
    }

    ChecklistItem(long checklistId, int position, String phaseDe, String phaseEn, String titleDe, String titleEn,
            String descriptionDe, String descriptionEn, Responsible responsible, LocalDate dueDate, String moduleKey,
            String scenarioKey, boolean signOff, boolean addedByHand) {
        this.checklistId = checklistId;
        this.position = position;
        this.phaseDe = phaseDe;
        this.phaseEn = phaseEn == null || phaseEn.isBlank() ? phaseDe : phaseEn;
        this.titleDe = titleDe;
        this.titleEn = titleEn == null || titleEn.isBlank() ? titleDe : titleEn;
        this.descriptionDe = descriptionDe;
        this.descriptionEn = descriptionEn;
        this.responsible = responsible;
        this.dueDate = dueDate;
        this.moduleKey = moduleKey;
        this.scenarioKey = scenarioKey;
        this.signOff = signOff;
        this.status = ItemStatus.OPEN;
        this.addedByHand = addedByHand;
    }

    void done(Long by, String note, Instant at) {
        requireOpen();
        this.status = ItemStatus.DONE;
        this.doneBy = by;
        this.comment = note;
        this.doneAt = at;
    }

    /** Left out for this person only; the reason tells them and their confirmers why. */
    void skip(long by, String reason, Instant at) {
        requireOpen();
        requireReason(reason);
        this.status = ItemStatus.SKIPPED;
        this.doneBy = by;
        this.skipReason = reason;
        this.doneAt = at;
    }

    void signOff(long by, Instant at) {
        requireWaiting();
        this.signedOffBy = by;
        this.signedOffAt = at;
    }

    /** Back to open with the confirmer's reason, for the person to do again; their earlier comment stays readable. */
    void sendBack(long by, String reason, Instant at) {
        requireWaiting();
        requireReason(reason);
        this.status = ItemStatus.OPEN;
        this.doneBy = null;
        this.doneAt = null;
        this.sentBackBy = by;
        this.sentBackAt = at;
        this.sentBackReason = reason;
    }

    /** Done, but not finished until its confirmer signs it off. */
    boolean waiting() {
        return status == ItemStatus.DONE && signOff && signedOffAt == null;
    }

    private void requireOpen() {
        if (status != ItemStatus.OPEN) {
            throw new DomainException("onboarding.error.closed");
        }
    }

    private void requireWaiting() {
        if (!waiting()) {
            throw new DomainException("onboarding.error.no-sign-off");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.strip().length() < REASON_MIN || reason.strip().length() > TEXT_LENGTH) {
            throw new DomainException("onboarding.error.reason", TEXT_LENGTH);
        }
    }

    /** Finished when done (and signed off where needed) or skipped with a reason. */
    boolean finished() {
        return status == ItemStatus.SKIPPED || (status == ItemStatus.DONE && (!signOff || signedOffAt != null));
    }

    long checklistId() {
        return checklistId;
    }

    int position() {
        return position;
    }

    String phase(String language) {
        return "en".equals(language) ? phaseEn : phaseDe;
    }

    String title(String language) {
        return "en".equals(language) ? titleEn : titleDe;
    }

    String description(String language) {
        return "en".equals(language) && descriptionEn != null ? descriptionEn : descriptionDe;
    }

    Responsible responsible() {
        return responsible;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    String moduleKey() {
        return moduleKey;
    }

    String scenarioKey() {
        return scenarioKey;
    }

    boolean needsSignOff() {
        return signOff;
    }

    ItemStatus status() {
        return status;
    }

    String comment() {
        return comment;
    }

    String skipReason() {
        return skipReason;
    }

    Instant signedOffAt() {
        return signedOffAt;
    }

    Long signedOffBy() {
        return signedOffBy;
    }

    Instant doneAt() {
        return doneAt;
    }

    Instant sentBackAt() {
        return sentBackAt;
    }

    Long sentBackBy() {
        return sentBackBy;
    }

    String sentBackReason() {
        return sentBackReason;
    }
}
