package de.willkommensakademie.certificate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.StatementCount;
import de.willkommensakademie.certificate.CertificateService;
import de.willkommensakademie.certificate.ExternalTraining;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.visibility.PresetSwitch;
import de.willkommensakademie.visibility.VisibilityPreset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 18: the certificates page as a manager sees it (the team's certificates) needs a fixed number of SQL
 * statements whatever the size of the team. It is opened for a team of 5 and then, grown, of 50, every new member with
 * a certificate, under a per-person and a counts-only preset. Statements are counted at the JDBC connection
 * ({@link StatementCount}).
 */
@Import(StatementCount.Config.class)
class ManagerCertificatesStatementsTest extends KaribuTest {

    /** The most statements the page load may need, for any team size. */
    static final long MOST = 7;

    @Autowired
    UserDetailsService accounts;
    @Autowired
    CertificateService certificates;

    @Test
    void the_certificates_page_of_a_manager_runs_at_most_7_statements_for_a_team_of_5_and_for_a_team_of_50() {
        TestAuthority authority = ownAuthority();
        Map<String, Long> five = grownTo(authority, 5);
        Map<String, Long> fifty = grownTo(authority, 50);
        System.out.println("Manager's certificates statements, team of 5: " + five + ", team of 50: " + fifty);
        assertThat(fifty).as("the same for 50 people as for 5").isEqualTo(five);
        assertThat(five.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(MOST));
    }

    /** Grows Team Nord with people who hold a certificate, then counts the page load per preset. */
    private Map<String, Long> grownTo(TestAuthority authority, int size) {
        List<Person> added = authority.growTeamNord(context, size);
        SignedIn.as(accounts, authority.manager());
        for (Person person : added) {
            certificates.issueExternal(new ExternalTraining(person.id(), "Deeskalation", null,
                    LocalDate.now().minusDays(3), 4, "Volkshochschule", null));
        }
        SignedIn.nobody();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (VisibilityPreset preset : List.of(VisibilityPreset.STATUS_PER_PERSON, VisibilityPreset.TOTALS_ONLY)) {
            PresetSwitch.set(context, authority.id(), preset);
            login(authority.manager());
            UI.getCurrent().navigate("");
            MockVaadin.clientRoundtrip(false);
            StatementCount.start();
            UI.getCurrent().navigate("certificates");
            // what the grid or lazy parts fetch before the browser gets the page
            MockVaadin.clientRoundtrip(false);
            counts.put(preset.name(), StatementCount.stop());
        }
        return counts;
    }
}
