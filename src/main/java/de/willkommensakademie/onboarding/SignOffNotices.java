package de.willkommensakademie.onboarding;

import java.time.Instant;
import java.util.List;

import de.willkommensakademie.notice.NoticeSender;
import de.willkommensakademie.people.StaffMember;
import org.springframework.stereotype.Component;

/**
 * The notices of the sign-off steps, whoever takes them (a person ticking, a completed module): the confirmers hear
 * that an item waits for them, the person that it was confirmed or sent back. A send-back can happen more than once,
 * so its dedupe key carries the moment.
 */
@Component
class SignOffNotices {

    private final OnboardingAccess access;
    private final NoticeSender notices;

    SignOffNotices(OnboardingAccess access, NoticeSender notices) {
        this.access = access;
        this.notices = notices;
    }

    void waiting(ChecklistItem item, Checklist checklist, StaffMember employee, Instant at) {
        for (long confirmer : access.confirmers(checklist, employee)) {
            notices.send(checklist.authorityId(), confirmer, "notice.onboarding-waiting",
                    List.of(item.title("de"), item.title("en"), employee.fullName()), "onboarding/tasks",
                    "onboarding-waiting-" + item.getId() + "-" + at.toEpochMilli());
        }
    }

    void signedOff(ChecklistItem item, Checklist checklist, String by) {
        notices.send(checklist.authorityId(), checklist.employeeId(), "notice.onboarding-signed-off",
                List.of(item.title("de"), item.title("en"), by), "onboarding", "onboarding-signed-off-" + item.getId());
    }

    void sentBack(ChecklistItem item, Checklist checklist, String by, String reason, Instant at) {
        notices.send(checklist.authorityId(), checklist.employeeId(), "notice.onboarding-sent-back",
                List.of(item.title("de"), item.title("en"), by, reason), "onboarding",
                "onboarding-sent-back-" + item.getId() + "-" + at.toEpochMilli());
    }
}
