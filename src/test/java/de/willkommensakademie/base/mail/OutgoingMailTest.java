package de.willkommensakademie.base.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Mail is decided from the settings the app starts with, not from which beans a build registered: the sender is
 * always there, and only a host makes it be used.
 */
class OutgoingMailTest {

    @Test
    void without_a_host_nothing_is_mailed() {
        MailProperties properties = new MailProperties();

        assertThat(new OutgoingMail(sender(properties), properties).sender()).isEmpty();

        properties.setHost(" ");
        assertThat(new OutgoingMail(sender(properties), properties).sender()).as("blank host").isEmpty();
    }

    @Test
    void with_a_host_the_sender_uses_every_mail_setting() {
        MailProperties properties = new MailProperties();
        properties.setHost("smtp.example.org");
        properties.setPort(587);
        properties.setUsername("akademie");
        properties.setPassword("secret");
        properties.setProtocol("smtps");
        properties.setDefaultEncoding(StandardCharsets.ISO_8859_1);
        properties.getProperties().put("mail.smtps.connectiontimeout", "5000");
        properties.getSsl().setEnabled(true);
        properties.getSsl().setVerifyHostname(true);
        JavaMailSenderImpl built = sender(properties);

        assertThat(new OutgoingMail(built, properties).sender()).containsSame(built);
        assertThat(built.getHost()).isEqualTo("smtp.example.org");
        assertThat(built.getPort()).isEqualTo(587);
        assertThat(built.getUsername()).isEqualTo("akademie");
        assertThat(built.getPassword()).isEqualTo("secret");
        assertThat(built.getProtocol()).isEqualTo("smtps");
        assertThat(built.getDefaultEncoding()).isEqualTo("ISO-8859-1");
        assertThat(built.getJavaMailProperties()).containsEntry("mail.smtps.connectiontimeout", "5000")
                .containsEntry("mail.smtps.ssl.enable", "true")
                .containsEntry("mail.smtps.ssl.checkserveridentity", "true");
    }

    private static JavaMailSenderImpl sender(MailProperties properties) {
        return new MailConfiguration().mailSender(properties,
                new StaticListableBeanFactory().getBeanProvider(SslBundles.class));
    }
}
