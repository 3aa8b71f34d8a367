package de.willkommensakademie.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.people.ProvisionedAccount;
import de.willkommensakademie.people.ProvisionedAccounts;
import de.willkommensakademie.people.ProvisioningRequest;
import de.willkommensakademie.people.TestAuthority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queries behind the SCIM endpoint on each database we support (H2 and PostgreSQL subclasses): a token found by
 * its hash with its use noted at most once a minute, and the accounts of one authority listed in id order without the
 * erased, found by username, created and deactivated.
 */
abstract class ScimQueriesContract {

    @Autowired
    ApplicationContext context;
    @Autowired
    ScimTokens tokens;
    @Autowired
    ScimTokenCheck check;
    @Autowired
    ScimTokenRepository repository;
    @Autowired
    ProvisionedAccounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void a_token_is_found_by_its_hash_and_its_use_noted_at_most_once_a_minute() {
        TestAuthority authority = TestAuthority.of(context, getClass());
        SignedIn.as(users, "operator");
        NewScimToken created = tokens.create(authority.id());
        SignedIn.nobody();

        assertThat(check.authenticate(created.token())).contains(new ScimClient(authority.id(), created.id()));
        assertThat(check.authenticate(created.token() + "x")).isEmpty();
        Instant first = lastUsed(created.id());
        assertThat(first).isNotNull();

        // as the check asks: "unless noted since a minute before now"
        assertThat(noteUse(created.id(), first.plusSeconds(30), first.minusSeconds(30))).as("within the minute")
                .isZero();
        assertThat(lastUsed(created.id())).isEqualTo(first);
        assertThat(noteUse(created.id(), first.plusSeconds(61), first.plusSeconds(1))).isEqualTo(1);
        assertThat(lastUsed(created.id())).isCloseTo(first.plusSeconds(61), within(1, ChronoUnit.MILLIS));
    }

    @Test
    void accounts_of_one_authority_are_listed_found_created_and_deactivated() {
        TestAuthority authority = TestAuthority.of(context, getClass(), "b");
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(ProvisionedAccounts.ACTOR,
                "", "ROLE_" + ProvisionedAccounts.SCIM_CLIENT));

        ProvisionedAccounts.Listing all = accounts.list(authority.id(), 0, 100);
        assertThat(all.total()).isEqualTo(authority.everyone().size());
        assertThat(all.accounts()).extracting(ProvisionedAccount::id)
                .containsExactlyElementsOf(authority.everyone().stream().map(TestAuthority.Person::id).sorted()
                        .toList());
        assertThat(accounts.list(authority.id(), 2, 3).accounts()).extracting(ProvisionedAccount::id)
                .containsExactlyElementsOf(all.accounts().subList(2, 5).stream().map(ProvisionedAccount::id)
                        .toList());
        jdbc.update("update employee set erased_at = current_timestamp where id = ?", authority.left().id());
        assertThat(accounts.list(authority.id(), 0, 100).total()).as("the erased are gone")
                .isEqualTo(authority.everyone().size() - 1);

        Optional<ProvisionedAccount> found = accounts.findByUserName(authority.id(),
                authority.buddy().username().toUpperCase(Locale.ROOT));
        assertThat(found).map(ProvisionedAccount::id).contains(authority.buddy().id());

        String username = authority.slug() + ".neu";
        ProvisionedAccount created = accounts.create(authority.id(), new ProvisioningRequest(username, "Nina", "Neu",
                username + "@scim.example", false, "ext-nina"));
        assertThat(created.active()).as("created as the provider says: inactive").isFalse();
        assertThat(jdbc.queryForObject("select left_on is not null from employee where id = ?", Boolean.class,
                created.id())).isTrue();
        accounts.deactivate(authority.id(), created.id());
        assertThat(accounts.find(authority.id(), created.id())).map(ProvisionedAccount::externalId)
                .contains("ext-nina");
    }

    private int noteUse(long tokenId, Instant now, Instant notBefore) {
        Integer noted = transactions.execute(status -> repository.noteUse(tokenId, now, notBefore));
        return noted == null ? -1 : noted;
    }

    private Instant lastUsed(long tokenId) {
        Timestamp used = jdbc.queryForObject("select last_used_at from scim_token where id = ?", Timestamp.class,
                tokenId);
        return used == null ? null : used.toInstant();
    }
}
