package de.willkommensakademie.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.notice.NoticeSender;
import de.willkommensakademie.people.StaffDirectory;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback on barriers: anyone sends it (signed in or not) to an authority, which records it with its date and tells
 * its active administrators by notice; the administrators list the requests with the answer deadline one month after
 * receipt (EU 2016/2102 Art. 7 (1) (b), BITV 2.0 § 12b) and mark them answered.
 */
@Service
public class AccessibilityFeedbackService {

    /** The administrators' list, where the notice about a new request leads. */
    public static final String ADMIN_ROUTE = "admin/accessibility-feedback";

    private final AccessibilityFeedbackRepository feedback;
    private final PublicPagesAccess access;
    private final AccessibilityFeedbackRateLimit rateLimit;
    private final StaffDirectory staff;
    private final NoticeSender notices;
    private final AuditLog audit;
    private final Clock clock;

    AccessibilityFeedbackService(AccessibilityFeedbackRepository feedback, PublicPagesAccess access,
            AccessibilityFeedbackRateLimit rateLimit, StaffDirectory staff, NoticeSender notices, AuditLog audit,
            Clock clock) {
        this.feedback = feedback;
        this.access = access;
        this.rateLimit = rateLimit;
        this.staff = staff;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records the feedback for the authority named by {@code authoritySlug} and notifies its administrators.
     * {@code client} is the sender's address, counted by the hourly limit once the input is valid.
     */
    @PermitAll
    @Transactional
    public AccessibilityFeedbackReceipt send(String authoritySlug, AccessibilityFeedbackForm form, String client) {
        PublicAuthority authority = access.authorities().stream()
                .filter(candidate -> candidate.slug().equals(authoritySlug)).findFirst()
                .orElseThrow(() -> new UserFacingException("accessibility.feedback.error.authority"));
        String message = clean(form.message());
        if (message == null) {
            throw new UserFacingException("accessibility.feedback.error.message-required");
        }
        if (message.length() > AccessibilityFeedback.MESSAGE) {
            throw new UserFacingException("accessibility.feedback.error.message-too-long",
                    AccessibilityFeedback.MESSAGE);
        }
        String name = clean(form.name());
        String email = clean(form.email());
        String page = clean(form.page());
        if (name != null && name.length() > AccessibilityFeedback.NAME
                || page != null && page.length() > AccessibilityFeedback.PAGE) {
            throw new UserFacingException("accessibility.feedback.error.too-long");
        }
        if (email != null && (email.length() > AccessibilityFeedback.EMAIL
                || !PrivacyNoticeService.EMAIL.matcher(email).matches())) {
            throw new UserFacingException("accessibility.feedback.error.email");
        }
        if (!rateLimit.allowed(client)) {
            throw new UserFacingException("accessibility.feedback.error.rate-limit", rateLimit.perHour());
        }
        Instant now = clock.instant();
        AccessibilityFeedback saved = feedback.save(new AccessibilityFeedback(authority.id(), now, name, email, page,
                message));
        LocalDate received = day(now);
        LocalDate answerBy = answerBy(now);
        for (long admin : staff.administrators(authority.id())) {
            notices.send(authority.id(), admin, "accessibility.feedback.notice", List.of(received, answerBy),
                    ADMIN_ROUTE, "accessibility-feedback-" + saved.getId());
        }
        return new AccessibilityFeedbackReceipt(authority.name(), received, answerBy, email != null);
    }

    /** The administrator's authority's requests, newest first. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public List<AccessibilityFeedbackRow> requests() {
        LocalDate today = LocalDate.now(clock);
        return feedback.findByAuthorityIdOrderByReceivedAtDesc(access.ownAuthority()).stream().map(request -> {
            LocalDate answerBy = answerBy(request.receivedAt());
            return new AccessibilityFeedbackRow(request.getId(), request.getVersion(), request.receivedAt(),
                    answerBy, request.senderName(), request.senderEmail(), request.page(), request.message(),
                    request.answeredAt(), request.answeredAt() == null && today.isAfter(answerBy));
        }).toList();
    }

    /** Marks one of the administrator's authority's requests answered (audited); another authority's: not found. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public void markAnswered(long id, long version) {
        AccessibilityFeedback request = feedback.findByIdAndAuthorityId(id, access.ownAuthority())
                .orElseThrow(() -> new RecordNotFoundException("accessibility feedback", id));
        request.requireVersion(version);
        request.markAnswered(clock.instant());
        audit.record(AuditAction.ACCESSIBILITY_FEEDBACK_ANSWERED, day(request.receivedAt()).toString(), null);
    }

    /** One month after the day it arrived (the end of a shorter month where the day does not exist). */
    private LocalDate answerBy(Instant received) {
        return day(received).plusMonths(1);
    }

    private LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, clock.getZone());
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
