package de.willkommensakademie.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import de.willkommensakademie.base.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** An item moves open → done → (waiting →) signed off or sent back to open, or open → skipped, and refuses the rest. */
class ChecklistItemTest {

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    private static ChecklistItem item(boolean signOff) {
        return new ChecklistItem(1, 0, "Phase", "Phase", "Titel", "Title", null, null, Responsible.EMPLOYEE,
                LocalDate.of(2026, 12, 4), null, null, signOff, false);
    }

    private static void refused(Executable transition, String key) {
        assertThatThrownBy(transition::execute).isInstanceOfSatisfying(DomainException.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
    }

    @Test
    void an_open_item_cannot_be_signed_off_or_sent_back() {
        ChecklistItem item = item(true);
        refused(() -> item.signOff(7, NOW), "onboarding.error.no-sign-off");
        refused(() -> item.sendBack(7, "Grund", NOW), "onboarding.error.no-sign-off");
        assertThat(item.status()).isEqualTo(ItemStatus.OPEN);
    }

    @Test
    void a_done_item_waits_is_sent_back_opens_again_and_is_signed_off_once() {
        ChecklistItem item = item(true);
        item.done(3L, "erledigt", NOW);
        assertThat(item.waiting()).isTrue();
        assertThat(item.finished()).isFalse();
        refused(() -> item.done(3L, null, NOW), "onboarding.error.closed");

        item.sendBack(7, "Die Unterschrift fehlt", NOW.plusSeconds(60));
        assertThat(item.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(item.sentBackBy()).isEqualTo(7L);
        assertThat(item.sentBackAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(item.sentBackReason()).isEqualTo("Die Unterschrift fehlt");
        assertThat(item.comment()).as("the person's note stays readable").isEqualTo("erledigt");

        item.done(3L, "nachgeholt", NOW.plusSeconds(120));
        item.signOff(7, NOW.plusSeconds(180));
        assertThat(item.finished()).isTrue();
        assertThat(item.signedOffBy()).isEqualTo(7L);
        refused(() -> item.signOff(8, NOW), "onboarding.error.no-sign-off");
        refused(() -> item.sendBack(8, "zu spät", NOW), "onboarding.error.no-sign-off");
        refused(() -> item.skip(8, "zu spät", NOW), "onboarding.error.closed");
        assertThat(item.signedOffBy()).isEqualTo(7L);
    }

    @Test
    void an_item_without_sign_off_is_finished_when_done_and_never_waits() {
        ChecklistItem item = item(false);
        item.done(3L, null, NOW);
        assertThat(item.waiting()).isFalse();
        assertThat(item.finished()).isTrue();
        refused(() -> item.signOff(7, NOW), "onboarding.error.no-sign-off");
    }

    @Test
    void sending_back_needs_a_reason_and_leaves_the_item_waiting_without_one() {
        ChecklistItem item = item(true);
        item.done(3L, null, NOW);
        for (String reason : new String[] {null, " ", "ok", "x".repeat(ChecklistItem.TEXT_LENGTH + 1)}) {
            refused(() -> item.sendBack(7, reason, NOW), "onboarding.error.reason");
        }
        assertThat(item.waiting()).isTrue();
        assertThat(item.sentBackAt()).isNull();
    }

    @Test
    void an_open_item_is_skipped_with_a_reason_and_is_then_finished() {
        ChecklistItem item = item(true);
        item.skip(7, "Hat bereits an der Schulung teilgenommen", NOW);
        assertThat(item.status()).isEqualTo(ItemStatus.SKIPPED);
        assertThat(item.skipReason()).isEqualTo("Hat bereits an der Schulung teilgenommen");
        assertThat(item.doneAt()).isEqualTo(NOW);
        assertThat(item.finished()).isTrue();
        assertThat(item.waiting()).as("a skipped item needs no sign-off").isFalse();
    }

    @Test
    void skipping_needs_a_reason_and_a_skipped_item_cannot_be_skipped_again_or_ticked() {
        ChecklistItem item = item(false);
        for (String reason : new String[] {null, "", "  ab  "}) {
            refused(() -> item.skip(7, reason, NOW), "onboarding.error.reason");
        }
        assertThat(item.status()).isEqualTo(ItemStatus.OPEN);

        item.skip(7, "Kein Bedarf", NOW);
        refused(() -> item.skip(8, "Doch kein Bedarf", NOW.plusSeconds(60)), "onboarding.error.closed");
        refused(() -> item.done(3L, null, NOW.plusSeconds(60)), "onboarding.error.closed");
        assertThat(item.skipReason()).isEqualTo("Kein Bedarf");
        assertThat(item.status()).isEqualTo(ItemStatus.SKIPPED);
    }

    @Test
    void a_done_item_cannot_be_skipped_afterwards() {
        ChecklistItem item = item(false);
        item.done(3L, null, NOW);
        refused(() -> item.skip(7, "Kein Bedarf", NOW), "onboarding.error.closed");
        assertThat(item.status()).isEqualTo(ItemStatus.DONE);
    }
}
