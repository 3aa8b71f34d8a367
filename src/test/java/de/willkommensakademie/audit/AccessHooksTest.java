package de.willkommensakademie.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.TestFiles;
import de.willkommensakademie.certificate.CertificateRow;
import de.willkommensakademie.certificate.CertificateService;
import de.willkommensakademie.language.Cefr;
import de.willkommensakademie.language.Evidence;
import de.willkommensakademie.language.LanguageRegister;
import de.willkommensakademie.language.LevelForm;
import de.willkommensakademie.language.LevelRow;
import de.willkommensakademie.onboarding.Onboarding;
import de.willkommensakademie.onboarding.TeamOnboardingRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The places where someone opens another person's records write an access entry about that person, and the same
 * places opened by the person themselves write none.
 */
@SpringBootTest
@ActiveProfiles("test")
class AccessHooksTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    AccessHistory history;
    @Autowired
    Onboarding onboarding;
    @Autowired
    LanguageRegister languages;
    @Autowired
    CertificateService certificates;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void a_manager_opening_a_team_members_onboarding_checklist_is_recorded_for_that_member() {
        SignedIn.as(accounts, "manager");
        TeamOnboardingRow row = onboarding.team().getFirst();
        String username = usernameOf(row.employeeId());
        long before = entries(username, AccessKind.ONBOARDING_VIEWED, "Katrin Vogel");

        SignedIn.as(accounts, "manager");
        onboarding.checklist(row.checklistId(), Locale.GERMAN);

        assertThat(entries(username, AccessKind.ONBOARDING_VIEWED, "Katrin Vogel")).isEqualTo(before + 1);
    }

    @Test
    void a_manager_looking_at_a_members_language_levels_is_recorded_and_at_their_own_is_not() {
        long aylin = SignedIn.as(accounts, "employee").accountId();
        long before = entries("employee", AccessKind.LANGUAGE_RECORDS_VIEWED, "Katrin Vogel");

        long katrin = SignedIn.as(accounts, "manager").accountId();
        languages.levelsOf(aylin);
        languages.levelsOf(katrin);

        assertThat(entries("employee", AccessKind.LANGUAGE_RECORDS_VIEWED, "Katrin Vogel")).isEqualTo(before + 1);
        assertThat(entries("manager", AccessKind.LANGUAGE_RECORDS_VIEWED, "Katrin Vogel")).isZero();
    }

    @Test
    void downloading_someone_elses_language_evidence_is_recorded_and_ones_own_is_not() {
        SignedIn.as(accounts, "y.arslan");
        languages.saveLevel(new LevelForm("it", Cefr.B1, null, null, Cefr.B1, null, Evidence.TELC,
                LocalDate.now().minusMonths(2)));
        LevelRow level = languages.myLevels().stream().filter(row -> row.language().equals("it")).findFirst()
                .orElseThrow();
        languages.attachEvidence(level.id(), TestFiles.pdf());
        try {
            languages.evidence(level.id());
            assertThat(entries("y.arslan", AccessKind.EVIDENCE_DOWNLOADED, "Yasemin Arslan")).isZero();
            long before = entries("y.arslan", AccessKind.EVIDENCE_DOWNLOADED, "Katrin Vogel");

            SignedIn.as(accounts, "manager");
            languages.evidence(level.id());

            assertThat(entries("y.arslan", AccessKind.EVIDENCE_DOWNLOADED, "Katrin Vogel")).isEqualTo(before + 1);
            assertThat(aboutMe("y.arslan")).anyMatch(entry -> entry.kind() == AccessKind.EVIDENCE_DOWNLOADED
                    && "Italienisch".equals(entry.what()));
        } finally {
            SignedIn.as(accounts, "y.arslan");
            languages.removeLevel(level.id());
        }
    }

    @Test
    void downloading_a_team_members_certificate_is_recorded_and_the_holders_own_download_is_not() {
        long katrin = SignedIn.as(accounts, "manager").accountId();
        CertificateRow certificate = certificates.find(null, PageRequest.of(0, 100)).stream()
                .filter(row -> row.employeeId() != katrin).findFirst().orElseThrow();
        String holder = usernameOf(certificate.employeeId());
        long before = entries(holder, AccessKind.CERTIFICATE_DOWNLOADED, "Katrin Vogel");

        SignedIn.as(accounts, "manager");
        certificates.download(certificate.id());
        assertThat(entries(holder, AccessKind.CERTIFICATE_DOWNLOADED, "Katrin Vogel")).isEqualTo(before + 1);

        SignedIn.as(accounts, holder);
        long all = aboutMe(holder).size();
        certificates.download(certificate.id());
        assertThat(aboutMe(holder)).hasSize((int) all);
    }

    /** How many entries about {@code username} of this kind by this actor the person sees. */
    private long entries(String username, AccessKind kind, String actor) {
        return aboutMe(username).stream().filter(entry -> entry.kind() == kind && entry.actor().equals(actor))
                .count();
    }

    private List<AccessRecord> aboutMe(String username) {
        SignedIn.as(accounts, username);
        return history.aboutMe(PageRequest.of(0, 10_000));
    }

    private String usernameOf(long employeeId) {
        return jdbc.queryForObject("select username from employee where id = ?", String.class, employeeId);
    }
}
