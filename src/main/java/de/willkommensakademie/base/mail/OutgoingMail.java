package de.willkommensakademie.base.mail;

import java.util.Optional;

import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether this installation sends e-mail, decided when it runs: only with an SMTP host ({@code SPRING_MAIL_HOST}).
 * Every job that mails asks here first; without a host it sends nothing and keeps its notices in the app.
 */
@Component
public class OutgoingMail {

    private final JavaMailSender sender;
    private final MailProperties properties;

    OutgoingMail(JavaMailSender sender, MailProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /** The sender, or empty when no SMTP host is configured. */
    public Optional<JavaMailSender> sender() {
        return StringUtils.hasText(properties.getHost()) ? Optional.of(sender) : Optional.empty();
    }
}
