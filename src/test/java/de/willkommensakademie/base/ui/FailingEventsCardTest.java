package de.willkommensakademie.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Section;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.base.events.Publications;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.learning.ModuleCompleted;
import de.willkommensakademie.people.EmployeeJoined;
import de.willkommensakademie.people.TestAuthority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * Administrators find the automatic steps that keep failing on their start page, in their language. The failures are
 * those of an authority of the class's own; they are deleted again because the platform operator's card counts every
 * authority's.
 */
class FailingEventsCardTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventSerializer serializer;

    private Publications publications;
    private final List<UUID> inserted = new ArrayList<>();

    @BeforeEach
    void publications() {
        publications = new Publications(jdbc, serializer);
    }

    @AfterEach
    void cleanUp() {
        publications.delete(inserted);
    }

    @Test
    void an_administrator_sees_how_many_follow_up_steps_keep_failing_and_of_which_kind() {
        AppUser admin = login(ownAuthority().admin());
        assertThat(card("Automatische Folgeschritte")).as("nothing failing, no card").isEmpty();

        ModuleCompleted completion = new ModuleCompleted(admin.authorityId(), admin.accountId(), 1, "ev-card", 1,
                "T", "T", null, null, 10, Instant.now(), null);
        inserted.add(publications.failed("certificate.module-completed", completion, 3));
        inserted.add(publications.failed("onboarding.module-completed", completion, 2));
        inserted.add(publications.failed("onboarding.employee-joined", new EmployeeJoined(admin.authorityId(),
                admin.accountId(), "front-office", LocalDate.now()), 2));
        String text = card("Automatische Folgeschritte").orElseThrow().getElement().getTextRecursively();
        assertThat(text).contains("3 automatische Folgeschritte scheitern auch nach einem erneuten Versuch.",
                "Bescheinigung für ein abgeschlossenes Lernmodul: 1",
                "Abhaken eines Einarbeitungsschritts nach einem Lernmodul: 1",
                "Einarbeitungsliste für eine neue Person: 1", "alle zehn Minuten");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(card("Automatic follow-up steps").orElseThrow().getElement().getTextRecursively())
                .contains("3 automatic follow-up steps keep failing, also when tried again.",
                        "Certificate for a completed learning module: 1");
    }

    @Test
    void the_warning_is_for_the_authority_whose_events_fail_and_not_for_other_people() {
        AppUser admin = login(ownAuthority().admin());
        inserted.add(publications.failed("onboarding.employee-joined", new EmployeeJoined(admin.authorityId(),
                admin.accountId(), "front-office", LocalDate.now()), 2));

        login(ownAuthority().employee());
        assertThat(card("Automatische Folgeschritte")).as("employees are not told").isEmpty();
        login(TestAuthority.of(context, getClass(), "b").admin());
        assertThat(card("Automatische Folgeschritte")).as("another authority's administrator").isEmpty();
        login("operator");
        assertThat(card("Automatische Folgeschritte")).as("the platform operator sees every authority's")
                .isPresent();
    }

    /** The start page's card with this title, as the page is drawn now. */
    private static Optional<Section> card(String title) {
        UI.getCurrent().navigate("");
        UI.getCurrent().refreshCurrentRoute(true);
        return _find(Section.class).stream()
                .filter(section -> section.getElement().getChild(0).getText().equals(title)).findFirst();
    }
}
