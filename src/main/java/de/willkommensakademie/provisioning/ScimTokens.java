package de.willkommensakademie.provisioning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditDetails;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.AuthorityRow;
import de.willkommensakademie.people.StaffDirectory;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform operator's SCIM tokens: one or more per authority (a second one lets the provider switch without a
 * gap), created with 32 random bytes, shown once, kept only as a SHA-256 hash, and revoked by deleting the hash. Both
 * are audited in the authority's log.
 */
@Service
public class ScimTokens {

    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ScimTokenRepository tokens;
    private final StaffDirectory staff;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;

    ScimTokens(ScimTokenRepository tokens, StaffDirectory staff, AuditLog auditLog, CurrentUser currentUser,
            Clock clock) {
        this.tokens = tokens;
        this.staff = staff;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every authority, for choosing whose token to create. */
    @RolesAllowed(Role.Name.OPERATOR)
    @Transactional(readOnly = true)
    public List<AuthorityRow> authorities() {
        return staff.authorities();
    }

    /** Every token of every authority, by authority and age. */
    @RolesAllowed(Role.Name.OPERATOR)
    @Transactional(readOnly = true)
    public List<ScimTokenRow> list() {
        Map<Long, String> names = staff.authorities().stream()
                .collect(Collectors.toMap(AuthorityRow::id, AuthorityRow::name));
        return tokens.findAllByOrderByAuthorityIdAscCreatedAtAsc().stream()
                .map(token -> new ScimTokenRow(token.getId(), token.authorityId(),
                        names.getOrDefault(token.authorityId(), "–"), token.createdAt(), token.createdBy(),
                        token.lastUsedAt()))
                .toList();
    }

    /** A new token for the authority; the answer is the only place it ever appears. */
    @RolesAllowed(Role.Name.OPERATOR)
    @Transactional
    public NewScimToken create(long authorityId) {
        AuthorityRow authority = authority(authorityId);
        byte[] random = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String operator = currentUser.require().getUsername();
        ScimToken stored = tokens.saveAndFlush(new ScimToken(authorityId, hash(token), clock.instant(), operator));
        auditLog.recordDetailedFor(authorityId, operator, AuditAction.SCIM_TOKEN_CREATED, authority.name(),
                AuditDetails.of("audit.details.scim-token", stored.getId()));
        return new NewScimToken(stored.getId(), authority.name(), token);
    }

    /** Revokes the token: the provider's next request with it is refused. */
    @RolesAllowed(Role.Name.OPERATOR)
    @Transactional
    public void revoke(long tokenId) {
        ScimToken token = tokens.findById(tokenId)
                .orElseThrow(() -> new UserFacingException("scim.operator.error.gone"));
        tokens.delete(token);
        tokens.flush();
        auditLog.recordDetailedFor(token.authorityId(), currentUser.require().getUsername(),
                AuditAction.SCIM_TOKEN_REVOKED, authority(token.authorityId()).name(),
                AuditDetails.of("audit.details.scim-token", tokenId));
    }

    private AuthorityRow authority(long authorityId) {
        return staff.authorities().stream().filter(authority -> authority.id() == authorityId).findFirst()
                .orElseThrow(() -> new UserFacingException("scim.operator.error.no-authority"));
    }

    /** SHA-256 of the token, hex: enough for 32 random bytes, which no dictionary or slow hash would add to. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
        }
    }
}
