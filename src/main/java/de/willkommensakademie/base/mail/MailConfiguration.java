package de.willkommensakademie.base.mail;

import java.util.Properties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * The SMTP sender, always a bean, configured from {@code spring.mail.*} as Boot configures its own. Boot's
 * (MailSenderAutoConfiguration) exists only when {@code spring.mail.host} is set while the beans are decided, and a
 * Spring AOT build decides them once, at build time; this one takes the host given at run time ({@link OutgoingMail}
 * decides whether anything is sent), and Boot's backs off for it. Its health indicator is off (application.properties):
 * an unreachable mail server must not take an instance out of the load balancer.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

    @Bean
    JavaMailSenderImpl mailSender(MailProperties properties, ObjectProvider<SslBundles> sslBundles) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(properties.getHost());
        if (properties.getPort() != null) {
            sender.setPort(properties.getPort());
        }
        sender.setUsername(properties.getUsername());
        sender.setPassword(properties.getPassword());
        sender.setProtocol(properties.getProtocol());
        if (properties.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(properties.getDefaultEncoding().name());
        }
        sender.setJavaMailProperties(javaMailProperties(properties, sslBundles));
        return sender;
    }

    /** {@code spring.mail.properties.*} plus what {@code spring.mail.ssl.*} asks for, as Boot's sender does. */
    private static Properties javaMailProperties(MailProperties properties, ObjectProvider<SslBundles> sslBundles) {
        Properties javaMail = new Properties();
        javaMail.putAll(properties.getProperties());
        String protocol = StringUtils.hasLength(properties.getProtocol()) ? properties.getProtocol() : "smtp";
        MailProperties.Ssl ssl = properties.getSsl();
        if (ssl.isEnabled() || StringUtils.hasLength(ssl.getBundle())) {
            if (ssl.isVerifyHostname()) {
                javaMail.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
            }
            if (ssl.isEnabled()) {
                javaMail.setProperty("mail." + protocol + ".ssl.enable", "true");
            }
            if (StringUtils.hasLength(ssl.getBundle())) {
                javaMail.put("mail." + protocol + ".ssl.socketFactory",
                        sslBundles.getObject().getBundle(ssl.getBundle()).createSslContext().getSocketFactory());
            }
        }
        return javaMail;
    }
}
