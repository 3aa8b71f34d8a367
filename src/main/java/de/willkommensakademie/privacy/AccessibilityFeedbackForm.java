package de.willkommensakademie.privacy;

/** What a person sends about a barrier; only the message is required. */
public record AccessibilityFeedbackForm(String name, String email, String page, String message) {

    public static final int NAME_LENGTH = AccessibilityFeedback.NAME;
    public static final int EMAIL_LENGTH = AccessibilityFeedback.EMAIL;
    public static final int PAGE_LENGTH = AccessibilityFeedback.PAGE;
    public static final int MESSAGE_LENGTH = AccessibilityFeedback.MESSAGE;
}
