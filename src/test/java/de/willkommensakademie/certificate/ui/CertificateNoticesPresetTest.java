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
import de.willkommensakademie.visibility.PresetSwitch;
import de.willkommensakademie.visibility.VisibilityPreset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The notices managers get about certificates running out in their teams, as they read them on their notices page:
 * with the holder's name where the preset shows certificates per person, otherwise only how many per title, with
 * fewer than five shown as such and no date that could tell who.
 */
class CertificateNoticesPresetTest extends KaribuTest {

    /** Six people of Katrin Vogel's service team. */
    private static final List<String> SIX = List.of("employee", "j.weiss", "s.mueller", "o.kovalenko",
            "m.kowalski", "k.lange");

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
        long authority = SignedIn.as(accounts, "manager").authorityId();
        issue("Zz Brandschutz für sechs", SIX);
        issue("Zz Erste Hilfe für zwei", List.of("n.haddad", "s.fischer"));
        try (PresetSwitch ignored = PresetSwitch.to(context, authority, VisibilityPreset.TOTALS_ONLY)) {
            remind();
        }

        login("manager");
        List<String> notices = noticesAbout("Zz Brandschutz für sechs", "Zz Erste Hilfe für zwei");
        assertThat(notices).anyMatch(text -> text.contains(
                "6 Bescheinigungen „Zz Brandschutz für sechs“ in Ihren Teams laufen in den nächsten 30 Tagen ab."));
        assertThat(notices).anyMatch(text -> text.contains(
                "Weniger als 5 Bescheinigungen „Zz Erste Hilfe für zwei“ in Ihren Teams laufen in den nächsten 30 "
                        + "Tagen ab."));
        assertThat(notices).hasSize(2).noneMatch(text -> text.contains("Aylin Demir") || text.contains("Weiß")
                || text.contains("Haddad") || text.contains("Fischer"));

        login("employee");
        assertThat(noticesAbout("Zz Brandschutz für sechs")).as("the holder still hears of their own")
                .singleElement().asString().contains("Ihre Bescheinigung „Zz Brandschutz für sechs“ läuft am");
    }

    @Test
    void where_certificates_show_per_person_the_manager_reads_whose_it_is() {
        long authority = SignedIn.as(accounts, "manager").authorityId();
        for (VisibilityPreset preset : List.of(VisibilityPreset.STATUS_PER_PERSON, VisibilityPreset.MANDATORY_ONLY)) {
            String title = "Zz Deeskalation bei " + preset.name();
            SignedIn.as(accounts, "manager");
            issue(title, List.of("s.mueller"));
            try (PresetSwitch ignored = PresetSwitch.to(context, authority, preset)) {
                remind();
            }
            login("manager");
            assertThat(noticesAbout(title)).as(preset.name()).singleElement().asString()
                    .contains("Die Bescheinigung „" + title + "“ von Sophie Müller läuft am");
        }
    }

    private void issue(String title, List<String> holders) {
        for (String holder : holders) {
            long id = SignedIn.as(accounts, holder).accountId();
            SignedIn.as(accounts, "manager");
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
