package de.willkommensakademie.certificate.ui;

import java.time.LocalDate;

import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.StatementCount;
import de.willkommensakademie.TeamPageStatements;
import de.willkommensakademie.certificate.CertificateService;
import de.willkommensakademie.certificate.ExternalTraining;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 18: the certificates page as a manager sees it (the team's certificates) needs a fixed number of SQL
 * statements whatever the size of the team. It is opened for a team of 5 and then, grown, of 50, every new member with
 * a certificate, under a per-person and a counts-only preset ({@link TeamPageStatements}).
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
        TeamPageStatements.of(this, authority).opening("certificates")
                .withRows(added -> {
                    SignedIn.as(accounts, authority.manager());
                    for (Person person : added) {
                        certificates.issueExternal(new ExternalTraining(person.id(), "Deeskalation", null,
                                LocalDate.now().minusDays(3), 4, "Volkshochschule", null));
                    }
                })
                .assertSameForSizesAndAtMost(MOST, 5, 50);
    }
}
