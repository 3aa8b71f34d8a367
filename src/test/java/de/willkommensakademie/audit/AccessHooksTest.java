package de.willkommensakademie.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.TestFiles;
import de.willkommensakademie.certificate.CertificateService;
import de.willkommensakademie.certificate.ExternalTraining;
import de.willkommensakademie.language.Cefr;
import de.willkommensakademie.language.Evidence;
import de.willkommensakademie.language.LanguageRegister;
import de.willkommensakademie.language.LevelForm;
import de.willkommensakademie.language.LevelRow;
import de.willkommensakademie.onboarding.Onboarding;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The places where someone opens another person's records write an access entry about that person, and the same
 * places opened by the person themselves write none. In an authority of the class's own, so every count starts at
 * zero and nothing has to be put back.
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
    ApplicationContext context;

    private TestAuthority authority;
    private Person manager;
    private Person employee;

    @BeforeEach
    void ownAuthority() {
        authority = TestAuthority.of(context, getClass());
        manager = authority.manager();
        employee = authority.employee();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void a_manager_opening_a_team_members_onboarding_checklist_is_recorded_for_that_member() {
        Person member = authority.buddy();
        SignedIn.as(accounts, manager);
        long checklist = onboarding.start(member.id(), LocalDate.now().minusDays(3));
        assertThat(entries(member, AccessKind.ONBOARDING_VIEWED, manager)).isZero();

        SignedIn.as(accounts, manager);
        onboarding.checklist(checklist, Locale.GERMAN);

        assertThat(entries(member, AccessKind.ONBOARDING_VIEWED, manager)).isEqualTo(1);
    }

    @Test
    void a_manager_looking_at_a_members_language_levels_is_recorded_and_at_their_own_is_not() {
        SignedIn.as(accounts, manager);
        languages.levelsOf(employee.id());
        languages.levelsOf(manager.id());

        assertThat(entries(employee, AccessKind.LANGUAGE_RECORDS_VIEWED, manager)).isEqualTo(1);
        assertThat(entries(manager, AccessKind.LANGUAGE_RECORDS_VIEWED, manager)).isZero();
    }

    @Test
    void downloading_someone_elses_language_evidence_is_recorded_and_ones_own_is_not() {
        SignedIn.as(accounts, employee);
        languages.saveLevel(new LevelForm("it", Cefr.B1, null, null, Cefr.B1, null, Evidence.TELC,
                LocalDate.now().minusMonths(2)));
        LevelRow level = languages.myLevels().stream().filter(row -> row.language().equals("it")).findFirst()
                .orElseThrow();
        languages.attachEvidence(level.id(), TestFiles.pdf());
        languages.evidence(level.id());
        assertThat(aboutMe(employee)).noneMatch(entry -> entry.kind() == AccessKind.EVIDENCE_DOWNLOADED);

        SignedIn.as(accounts, manager);
        languages.evidence(level.id());

        assertThat(entries(employee, AccessKind.EVIDENCE_DOWNLOADED, manager)).isEqualTo(1);
        assertThat(aboutMe(employee)).anyMatch(entry -> entry.kind() == AccessKind.EVIDENCE_DOWNLOADED
                && "Italienisch".equals(entry.what()));
    }

    @Test
    void downloading_a_team_members_certificate_is_recorded_and_the_holders_own_download_is_not() {
        SignedIn.as(accounts, manager);
        long certificate = certificates.issueExternal(new ExternalTraining(employee.id(), "Erste Hilfe", null,
                LocalDate.now().minusMonths(1), 8, "DRK", null));
        assertThat(entries(employee, AccessKind.CERTIFICATE_DOWNLOADED, manager)).isZero();

        SignedIn.as(accounts, manager);
        certificates.download(certificate);
        assertThat(entries(employee, AccessKind.CERTIFICATE_DOWNLOADED, manager)).isEqualTo(1);

        SignedIn.as(accounts, employee);
        long all = aboutMe(employee).size();
        certificates.download(certificate);
        assertThat(aboutMe(employee)).hasSize((int) all);
    }

    /** How many entries about {@code person} of this kind by this actor the person sees. */
    private long entries(Person person, AccessKind kind, Person actor) {
        return aboutMe(person).stream().filter(entry -> entry.kind() == kind && entry.actor().equals(actor.fullName()))
                .count();
    }

    private List<AccessRecord> aboutMe(Person person) {
        SignedIn.as(accounts, person);
        return history.aboutMe(PageRequest.of(0, 10_000));
    }
}
