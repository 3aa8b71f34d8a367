package de.willkommensakademie.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Sending is idempotent per recipient and dedupe key, one notice at a time and in batches of any size. */
@SpringBootTest
@ActiveProfiles("test")
class NoticeSenderTest {

    @Autowired
    NoticeSender sender;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void a_batch_sends_only_what_its_recipient_has_not_had_across_slices_and_duplicates_within_it() {
        TestAuthority authority = TestAuthority.of(context, getClass());
        Person first = authority.employee();
        Person second = authority.buddy();
        String prefix = "sender-test-" + System.nanoTime() + "-";
        assertThat(sender.send(authority.id(), first.id(), "notice.onboarding-due", List.of("a", "b",
                LocalDate.of(2026, 12, 4), "c"), "onboarding", prefix + "7")).isTrue();
        assertThat(sender.send(authority.id(), first.id(), "notice.onboarding-due", List.of(), "onboarding",
                prefix + "7")).as("the same key again").isFalse();

        // more than one slice; key 7 already given to the first person only; key 9 twice in the batch
        List<OutgoingNotice> batch = new ArrayList<>();
        for (int n = 0; n < NoticeSender.AT_ONCE + 20; n++) {
            for (Person person : List.of(first, second)) {
                batch.add(new OutgoingNotice(authority.id(), person.id(), "notice.onboarding-due", List.of("x"),
                        "onboarding", prefix + n));
            }
        }
        batch.add(new OutgoingNotice(authority.id(), second.id(), "notice.onboarding-overdue", List.of("y"),
                "onboarding", prefix + 9));

        assertThat(sender.sendAll(batch)).isEqualTo(2 * (NoticeSender.AT_ONCE + 20) - 1);
        assertThat(sender.sendAll(batch)).as("a second run sends nothing").isZero();
        assertThat(keysOf(first, prefix)).hasSize(NoticeSender.AT_ONCE + 20).doesNotHaveDuplicates();
        assertThat(keysOf(second, prefix)).hasSize(NoticeSender.AT_ONCE + 20).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select message_key from notice where recipient_id = ? and dedupe_key = ?",
                String.class, second.id(), prefix + 9)).as("the first of two with one key").isEqualTo(
                        "notice.onboarding-due");
        assertThat(sender.sendAll(List.of())).isZero();
    }

    private List<String> keysOf(Person person, String prefix) {
        return jdbc.queryForList("select dedupe_key from notice where recipient_id = ? and dedupe_key like ?",
                String.class, person.id(), prefix + "%");
    }
}
