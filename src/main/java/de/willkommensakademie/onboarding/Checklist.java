package de.willkommensakademie.onboarding;

import java.time.Instant;
import java.time.LocalDate;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Entity;

/** One new employee's onboarding: the template version it came from, the start date and the buddy. */
@Entity
class Checklist extends AbstractEntity {

    private long authorityId;
    private long employeeId;
    private Long templateVersionId;
    private String titleDe;
    private String titleEn;
    private LocalDate startDate;
    private Long buddyId;
    private Instant createdAt;

    protected Checklist() {
    }

    Checklist(long authorityId, long employeeId, Long templateVersionId, String titleDe, String titleEn,
            LocalDate startDate, Instant createdAt) {
        this.authorityId = authorityId;
        this.employeeId = employeeId;
        this.templateVersionId = templateVersionId;
        this.titleDe = titleDe;
        this.titleEn = titleEn == null || titleEn.isBlank() ? titleDe : titleEn;
        this.startDate = startDate;
        this.createdAt = createdAt;
    }

    void chooseBuddy(Long buddy) {
        this.buddyId = buddy;
    }

    long authorityId() {
        return authorityId;
    }

    long employeeId() {
        return employeeId;
    }

    Long templateVersionId() {
        return templateVersionId;
    }

    String title(String language) {
        return "en".equals(language) ? titleEn : titleDe;
    }

    LocalDate startDate() {
        return startDate;
    }

    Long buddyId() {
        return buddyId;
    }
}
