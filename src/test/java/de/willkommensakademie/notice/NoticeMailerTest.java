package de.willkommensakademie.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.people.MyAccount;
import de.willkommensakademie.people.TestAuthority;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Daily digests over a real SMTP server (GreenMail): one per person, in their language, never twice. To people of the
 * class's own authority, so no demo person's digest setting or notices change.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
@ActiveProfiles("test")
class NoticeMailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    UserDetailsService accounts;
    @Autowired
    NoticeSender sender;
    @Autowired
    NoticeMailer mailer;
    @Autowired
    NoticeService notices;
    @Autowired
    MyAccount employees;
    @Autowired
    ApplicationContext context;

    TestAuthority authority;

    @BeforeEach
    void ownAuthority() {
        authority = TestAuthority.of(context, getClass());
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void one_digest_per_person_in_their_language_with_dates_written_their_way_and_never_twice() throws Exception {
        AppUser aylin = SignedIn.as(accounts, authority.employee());
        AppUser emine = SignedIn.as(accounts, authority.englishSpeaker());
        AppUser jonas = SignedIn.as(accounts, authority.buddy());
        employees.changeMyEmailDigest(false);
        SignedIn.nobody();
        mailer.sendDigests();
        // the start-up reminders made a first digest for many people; only what follows counts
        SMTP.purgeEmailFromAllMailboxes();
        for (AppUser person : List.of(aylin, emine, jonas)) {
            for (String key : List.of("first", "second")) {
                sender.send(person.authorityId(), person.accountId(), "notice.certificate-expiring",
                        List.of("Erste Hilfe", "First aid", LocalDate.of(2026, 12, 1), person.displayName()), "certificates",
                        "mail-test-" + key);
            }
        }
        assertThat(sender.send(aylin.authorityId(), aylin.accountId(), "notice.certificate-expiring",
                List.of("x", "x", "x", "x"), null, "mail-test-first")).as("same key again").isFalse();

        mailer.sendDigests();
        mailer.sendDigests();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received.length).as("the employee and the English speaker once each; the buddy turned e-mail off")
                .isEqualTo(2);
        MimeMessage german = find(received, authority.employee().username());
        MimeMessage english = find(received, authority.englishSpeaker().username());
        assertThat(german.getSubject()).isEqualTo("Willkommensakademie: 2 neue Benachrichtigung(en)");
        assertThat((String) german.getContent()).contains("Ihre Bescheinigung „Erste Hilfe“ läuft am 01.12.2026 ab.");
        assertThat(english.getSubject()).isEqualTo("Willkommensakademie: 2 new notice(s)");
        assertThat((String) english.getContent()).contains("Your certificate “First aid” expires on Dec 1, 2026.");

        SignedIn.as(accounts, authority.buddy());
        assertThat(notices.unreadCount()).as("in-app notices stay without e-mail").isEqualTo(2);
    }

    @Test
    void a_training_reminder_reaches_the_daily_digest_in_the_readers_language() throws Exception {
        AppUser aylin = SignedIn.as(accounts, authority.employee());
        SignedIn.nobody();
        mailer.sendDigests();
        // the start-up reminders made a first digest for many people; only what follows counts
        SMTP.purgeEmailFromAllMailboxes();
        sender.send(aylin.authorityId(), aylin.accountId(), "notice.learning-due",
                List.of("Deeskalation", "De-escalation", LocalDate.of(2026, 12, 1)), "learning",
                "mail-test-learning-due");
        mailer.sendDigests();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received.length).isEqualTo(1);
        assertThat((String) find(received, authority.employee().username()).getContent())
                .contains("Lernmodul „Deeskalation“ ist am 01.12.2026 fällig.");
    }

    private static MimeMessage find(MimeMessage[] messages, String username) throws Exception {
        for (MimeMessage message : messages) {
            if (message.getAllRecipients()[0].toString().startsWith(username + "@")) {
                return message;
            }
        }
        throw new AssertionError("No digest to " + username);
    }
}
