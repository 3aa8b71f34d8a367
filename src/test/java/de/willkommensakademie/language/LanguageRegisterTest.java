package de.willkommensakademie.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.StatementCount;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.TestFiles;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The language register's rules: checked input, the opt-in pool, hidden first languages, guarded evidence. */
@SpringBootTest
@ActiveProfiles("test")
@Import(StatementCount.Config.class)
class LanguageRegisterTest {

    private static final byte[] PDF = TestFiles.pdf();

    @Autowired
    UserDetailsService accounts;
    @Autowired
    LanguageRegister register;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    private TestAuthority authority;
    private TestAuthority other;

    /** Levels, pools and evidence of people of the class's own authority: the demo people's stay as the demo made them. */
    @BeforeEach
    void ownAuthorities() {
        authority = TestAuthority.of(context, getClass());
        other = TestAuthority.of(context, getClass(), "b");
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void levels_are_checked_and_names_come_from_the_platform() {
        SignedIn.as(accounts, authority.outsider());
        assertThatThrownBy(() -> register.saveLevel(level("xx", Cefr.B1, Evidence.SELF_ASSESSMENT)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("language.error.language");
        assertThatThrownBy(() -> register.saveLevel(level("en", null, Evidence.TELC)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("language.error.level");
        assertThatThrownBy(() -> register.saveLevel(new LevelForm("en", Cefr.B1, null, null, null, null,
                Evidence.TELC, LocalDate.now().plusDays(1)))).hasMessageContaining("language.error.date");
        register.saveLevel(level("uk", Cefr.C2, Evidence.FIRST_LANGUAGE));
        register.saveLevel(level("en", Cefr.B1, Evidence.TELC));
        register.saveLevel(level("en", Cefr.B2, Evidence.TELC));
        assertThat(register.myLevels()).filteredOn(row -> row.language().equals("en")).as("updated, not doubled")
                .singleElement().satisfies(row -> assertThat(row.overall()).isEqualTo(Cefr.B2));
        assertThat(register.myLevels()).extracting(LevelRow::language).contains("uk");
        assertThat(Languages.name("uk", Locale.GERMAN)).isEqualTo("Ukrainisch");
        assertThat(Languages.name("fa-AF", Locale.ENGLISH)).contains("Persian");
        assertThat(Languages.DEFAULT_PRIORITY).allMatch(Languages::known);
    }

    @Test
    void the_pool_shows_only_opted_in_people_of_the_same_authority_and_leaving_is_immediate() {
        Person speaker = authority.buddy();
        Person colleague = authority.employee();
        SignedIn.as(accounts, speaker);
        register.saveLevel(level("ar", Cefr.C2, Evidence.FIRST_LANGUAGE));
        SignedIn.as(accounts, colleague);
        assertThat(register.pool("ar", null)).noneMatch(entry -> entry.name().equals(speaker.fullName()));

        SignedIn.as(accounts, speaker);
        register.joinPool();
        SignedIn.as(accounts, colleague);
        assertThat(register.pool("ar", Cefr.B2)).anySatisfy(entry -> {
            assertThat(entry.name()).isEqualTo(speaker.fullName());
            assertThat(entry.team()).isEqualTo(TestAuthority.TEAM);
            assertThat(entry.level()).isEqualTo(Cefr.C2);
        });
        SignedIn.as(accounts, other.employee());
        assertThat(register.pool("ar", null)).noneMatch(entry -> entry.name().equals(speaker.fullName()));

        SignedIn.as(accounts, speaker);
        register.leavePool();
        SignedIn.as(accounts, colleague);
        assertThat(register.pool("ar", null)).noneMatch(entry -> entry.name().equals(speaker.fullName()));
    }

    @Test
    void a_first_language_stays_hidden_from_the_manager_unless_the_person_joined_the_pool() {
        Person member = authority.employee();
        long id = SignedIn.as(accounts, member).accountId();
        register.saveLevel(level("pl", Cefr.C2, Evidence.FIRST_LANGUAGE));
        register.saveLevel(level("en", Cefr.B1, Evidence.IN_HOUSE_TEST));
        SignedIn.as(accounts, authority.manager());
        assertThat(register.levelsOf(id)).extracting(LevelRow::language).containsExactly("en");
        SignedIn.as(accounts, member);
        register.joinPool();
        SignedIn.as(accounts, authority.manager());
        assertThat(register.levelsOf(id)).extracting(LevelRow::language).contains("pl", "en");
        for (Person stranger : List.of(authority.secondManager(), other.manager())) {
            SignedIn.as(accounts, stranger);
            assertThatThrownBy(() -> register.levelsOf(id)).as("another team's manager, another authority's")
                    .isInstanceOf(RecordNotFoundException.class);
        }
        SignedIn.as(accounts, authority.buddy());
        assertThatThrownBy(() -> register.levelsOf(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void evidence_is_checked_and_only_owner_managers_and_admins_download_it_with_an_audit_entry() {
        Person owner = authority.employee();
        long levelId = ownLevel(owner, "en", Cefr.B1);
        assertThatThrownBy(() -> register.attachEvidence(levelId, "GIF89a....".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("upload.error.type-named[GIF, PDF, PNG, JPEG]");
        assertThatThrownBy(() -> register.attachEvidence(levelId, new byte[(int) LanguageRegister.MAX_DOCUMENT_BYTES
                + 1])).hasMessageContaining("upload.error.too-large[5 MB]");
        assertThatThrownBy(() -> register.attachEvidence(levelId, TestFiles.concat(
                "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "<html><script>alert(1)</script></html>\n%%EOF"
                        .getBytes(StandardCharsets.US_ASCII)))).hasMessageContaining("upload.error.unreadable[PDF]");
        register.attachEvidence(levelId, PDF);
        assertThat(register.evidence(levelId).mediaType()).isEqualTo("application/pdf");

        for (Person stranger : List.of(authority.buddy(), authority.secondManager(), other.manager(),
                other.admin())) {
            SignedIn.as(accounts, stranger);
            assertThatThrownBy(() -> register.evidence(levelId)).as(stranger.username())
                    .isInstanceOf(RecordNotFoundException.class);
        }
        SignedIn.as(accounts, authority.manager());
        assertThat(register.evidence(levelId).data()).isEqualTo(PDF);
        SignedIn.as(accounts, authority.admin());
        assertThat(register.evidence(levelId).data()).isEqualTo(PDF);
        List<String> audited = jdbc.queryForList("select target || ' / ' || details_key || ' / ' || details_arguments"
                + " from audit_entry where action = 'LANGUAGE_EVIDENCE_DOWNLOADED' and authority_id = ? order by id",
                String.class, authority.id());
        assertThat(audited).as("who and which language, written in the reader's language when shown").containsExactly(
                owner.fullName() + " / audit.details.language-evidence / [{\"de\":\"Englisch\",\"en\":\"English\"}]",
                owner.fullName() + " / audit.details.language-evidence / [{\"de\":\"Englisch\",\"en\":\"English\"}]");
    }

    @Test
    void changing_or_verifying_a_level_never_reads_its_evidence_file_and_a_new_upload_replaces_it() {
        Person owner = authority.employee();
        long levelId = ownLevel(owner, "fr", Cefr.A2);
        register.attachEvidence(levelId, PDF);

        List<String> changing = StatementCount.during(() -> register.saveLevel(level("fr", Cefr.B1, Evidence.TELC)));
        SignedIn.as(accounts, authority.manager());
        long version = jdbc.queryForObject("select version from language_level where id = ?", Long.class, levelId);
        List<String> verifying = StatementCount.during(() -> register.verify(levelId, version));
        assertThat(changing).isNotEmpty().noneMatch(sql -> sql.toLowerCase(Locale.ROOT).contains("language_evidence"));
        assertThat(verifying).isNotEmpty().noneMatch(sql -> sql.toLowerCase(Locale.ROOT).contains("language_evidence"));
        assertThat(register.evidence(levelId).data()).as("the file stays with the changed level").isEqualTo(PDF);

        SignedIn.as(accounts, owner);
        byte[] png = TestFiles.png(40, 30);
        register.attachEvidence(levelId, png);
        assertThat(register.evidence(levelId).mediaType()).isEqualTo("image/png");
        assertThat(register.evidence(levelId).data()).isEqualTo(png);
        assertThat(jdbc.queryForObject("select count(*) from language_evidence where level_id = ?", Long.class,
                levelId)).as("one file per level").isEqualTo(1);

        register.removeLevel(levelId);
        assertThat(jdbc.queryForObject("select count(*) from language_evidence where level_id = ?", Long.class,
                levelId)).as("the file goes with its level").isZero();
    }

    /** Signs the person in and saves their level in the language; answers its id. */
    private long ownLevel(Person owner, String language, Cefr overall) {
        SignedIn.as(accounts, owner);
        register.saveLevel(level(language, overall, Evidence.TELC));
        return register.myLevels().stream().filter(row -> row.language().equals(language)).findFirst().orElseThrow()
                .id();
    }

    private static LevelForm level(String language, Cefr overall, Evidence evidence) {
        return new LevelForm(language, overall, null, null, overall, null, evidence, LocalDate.now().minusMonths(3));
    }
}
