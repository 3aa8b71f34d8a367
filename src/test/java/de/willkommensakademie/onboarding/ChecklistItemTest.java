package de.willkommensakademie.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import de.willkommensakademie.base.UserFacingException;
import org.junit.jupiter.api.Test;

/** An item moves open → done → (waiting →) signed off or sent back to open, and refuses every other step. */
class ChecklistItemTest {

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    private static ChecklistItem item(boolean signOff) {
        return new ChecklistItem(1, 0, "Phase", "Phase", "Titel", "Title", null, null, Responsible.EMPLOYEE,
                LocalDate.of(2026, 12, 4), null, null, signOff, false);
    }

    @Test
    void an_open_item_cannot_be_signed_off_or_sent_back() {
        ChecklistItem item = item(true);
        assertThatThrownBy(() -> item.signOff(7, NOW)).isInstanceOf(UserFacingException.class)
                .extracting(error -> ((UserFacingException) error).messageKey()).isEqualTo("onboarding.error.no-sign-off");
        assertThatThrownBy(() -> item.sendBack(7, "Grund", NOW)).isInstanceOf(UserFacingException.class);
        assertThat(item.status()).isEqualTo(ItemStatus.OPEN);
    }

    @Test
    void a_done_item_waits_is_sent_back_opens_again_and_is_signed_off_once() {
        ChecklistItem item = item(true);
        item.done(3L, "erledigt", NOW);
        assertThat(item.waiting()).isTrue();
        assertThat(item.finished()).isFalse();
        assertThatThrownBy(() -> item.done(3L, null, NOW)).as("ticked twice").isInstanceOf(UserFacingException.class);

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
        assertThatThrownBy(() -> item.signOff(8, NOW)).as("signed off twice").isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> item.sendBack(8, "zu spät", NOW)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> item.skip(8, "zu spät", NOW)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void an_item_without_sign_off_is_finished_when_done_and_never_waits() {
        ChecklistItem item = item(false);
        item.done(3L, null, NOW);
        assertThat(item.waiting()).isFalse();
        assertThat(item.finished()).isTrue();
        assertThatThrownBy(() -> item.signOff(7, NOW)).isInstanceOf(UserFacingException.class);
    }
}
