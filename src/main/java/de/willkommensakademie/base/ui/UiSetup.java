package de.willkommensakademie.base.ui;

import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.base.security.CurrentUser;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Per session: the signed-in person's language, and one error handler that turns failures in button clicks into
 * translated notifications. Dialogs stay open on failure, so nothing typed is lost.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiSetup.class);
    private static final String LANGUAGE_APPLIED = UiSetup.class.getName() + ".languageApplied";

    private final CurrentUser currentUser;
    private final Translations translations;

    UiSetup(CurrentUser currentUser, Translations translations) {
        this.currentUser = currentUser;
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinSession session = init.getUI().getSession();
            session.setErrorHandler(this::handle);
            currentUser.find().ifPresent(user -> {
                if (session.getAttribute(LANGUAGE_APPLIED) == null) {
                    session.setAttribute(LANGUAGE_APPLIED, Boolean.TRUE);
                    session.setLocale(user.language());
                }
                init.getUI().setLocale(session.getLocale());
            });
        });
    }

    private void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        Locale locale = VaadinSession.getCurrent() == null ? Translations.GERMAN
                : VaadinSession.getCurrent().getLocale();
        String message = describe(error, locale);
        if (message == null) {
            log.error("Unexpected error in the UI", error);
            message = translations.getTranslation("error.unexpected.notification", locale);
        }
        Notifications.error(message);
    }

    /**
     * The translated text for a failure the person can act on, or null for anything unexpected. A
     * {@link de.willkommensakademie.base.DomainException} (a transition an entity refused) is a UserFacingException
     * and so shows its own message.
     */
    String describe(Throwable error, Locale locale) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserFacingException problem) {
                return translations.getTranslation(problem.messageKey(), locale, problem.arguments());
            }
            if (cause instanceof OptimisticLockingFailureException) {
                return translations.getTranslation("error.concurrent-change", locale);
            }
            if (cause instanceof AccessDeniedException) {
                log.warn("Access denied: {}", cause.getMessage());
                return translations.getTranslation("error.access-denied", locale);
            }
            if (cause instanceof ConstraintViolationException invalid) {
                return invalid.getConstraintViolations().stream()
                        .map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
                        .sorted().collect(Collectors.joining("; "));
            }
        }
        return null;
    }
}
