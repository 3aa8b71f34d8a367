package de.willkommensakademie.certificate.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.DailyReminders;
import de.willkommensakademie.certificate.CertificateService;
import de.willkommensakademie.certificate.ExternalTraining;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.visibility.PresetSwitch;
import de.willkommensakademie.visibility.VisibilityPreset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The notices managers get about certificates running out in their teams, as they read them on their notices page:
 * with the holder's name where the preset shows certificates per person, otherwise only how many per title, with
 * fewer than five shown as such and no date that could tell who. In authorities of the class's own, whose presets
 * are set there for good.
 */
class CertificateNoticesPresetTest extends KaribuTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    CertificateService certificates;

    @AfterEach
    void nobody() {
        SignedIn.nobody();
    }

    @Test
    void under_totals_only_the_manager_reads_how_many_per_title_and_no_name() {
        // the manager leads Team Nord and Team Ost: five people, himself among them
        TestAuthority authority = ownAuthority().managerLeadsTeamOstToo(context);
        Person manager = authority.manager();
        issue(manager, "Zz Brandschutz für fünf", authority.managersFive());
        issue(manager, "Zz Erste Hilfe für zwei", List.of(authority.employee(), authority.buddy()));
        PresetSwitch.set(context, authority.id(), VisibilityPreset.TOTALS_ONLY);
        remind();

        login(manager);
        List<String> notices = noticesAbout("Zz Brandschutz für fünf", "Zz Erste Hilfe für zwei");
        assertThat(notices).anyMatch(text -> text.contains(
                "5 Bescheinigungen „Zz Brandschutz für fünf“ in Ihren Teams laufen in den nächsten 30 Tagen ab."));
        assertThat(notices).anyMatch(text -> text.contains(
                "Weniger als 5 Bescheinigungen „Zz Erste Hilfe für zwei“ in Ihren Teams laufen in den nächsten 30 "
                        + "Tagen ab."));
        assertThat(notices).filteredOn(text -> text.contains("Ihre Bescheinigung")).as("his own, as a holder")
                .singleElement().asString().contains("„Zz Brandschutz für fünf“ läuft am");
        assertThat(notices).hasSize(3);
        for (Person holder : authority.managersFive()) {
            assertThat(notices).noneMatch(text -> text.contains(holder.lastName()));
        }

        login(authority.employee());
        assertThat(noticesAbout("Zz Brandschutz für fünf")).as("the holder still hears of their own")
                .singleElement().asString().contains("Ihre Bescheinigung „Zz Brandschutz für fünf“ läuft am");
    }

    @Test
    void where_certificates_show_per_person_the_manager_reads_whose_it_is() {
        // a further authority, so the preset set here is not the one the totals test set
        TestAuthority authority = TestAuthority.of(context, getClass(), "b");
        Person holder = authority.buddy();
        for (VisibilityPreset preset : List.of(VisibilityPreset.STATUS_PER_PERSON, VisibilityPreset.MANDATORY_ONLY)) {
            String title = "Zz Deeskalation bei " + preset.name();
            issue(authority.manager(), title, List.of(holder));
            PresetSwitch.set(context, authority.id(), preset);
            remind();
            login(authority.manager());
            assertThat(noticesAbout(title)).as(preset.name()).singleElement().asString()
                    .contains("Die Bescheinigung „" + title + "“ von " + holder.fullName() + " läuft am");
        }
    }

    private void issue(Person manager, String title, List<Person> holders) {
        for (Person holder : holders) {
            long id = holder.id();
            SignedIn.as(accounts, manager);
            certificates.issueExternal(new ExternalTraining(id, title, null, LocalDate.now().minusYears(2), 8,
                    "Zz Anbieter", LocalDate.now().plusDays(10)));
        }
    }

    /** Runs the daily certificate reminders as the scheduler does: nobody signed in. */
    private void remind() {
        SignedIn.nobody();
        context.getBeansOfType(DailyReminders.class).values().stream()
                .filter(job -> job.getClass().getSimpleName().startsWith("CertificateReminders")).findFirst()
                .orElseThrow().remind();
    }

    private static List<String> noticesAbout(String... titles) {
        UI.getCurrent().navigate("notices");
        return _find(ListItem.class).stream().map(item -> item.getElement().getTextRecursively())
                .filter(text -> List.of(titles).stream().anyMatch(text::contains)).toList();
    }
}
