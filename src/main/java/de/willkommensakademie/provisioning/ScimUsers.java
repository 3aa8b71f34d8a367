package de.willkommensakademie.provisioning;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.people.ProvisionedAccount;
import de.willkommensakademie.people.ProvisionedAccounts;
import de.willkommensakademie.people.ProvisioningChange;
import de.willkommensakademie.people.ProvisioningRefused;
import de.willkommensakademie.people.ProvisioningRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * SCIM 2.0 users (RFC 7643/7644) for the identity provider of the authority whose token the request carries: create,
 * read, find by {@code userName eq "…"}, list in pages, change (PATCH replace/add, PUT) and deactivate (DELETE, which
 * never erases). Attributes the platform does not keep (phone numbers, titles, enterprise extension …) are ignored.
 */
@RestController
@RequestMapping("/scim/v2/Users")
class ScimUsers {

    static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    static final int MAX_COUNT = 200;

    private static final Logger LOG = LoggerFactory.getLogger(ScimUsers.class);
    /** The one filter identity providers need before creating an account: is this username known already? */
    private static final Pattern USERNAME_FILTER = Pattern.compile(
            "\\s*userName\\s+eq\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*", Pattern.CASE_INSENSITIVE);

    private final ProvisionedAccounts accounts;

    ScimUsers(ProvisionedAccounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping
    ResponseEntity<Object> create(@AuthenticationPrincipal ScimClient client, @RequestBody JsonNode body) {
        ProvisionedAccount created = accounts.create(client.authorityId(), request(body));
        return ResponseEntity.created(location(created.id())).contentType(ScimErrors.SCIM_JSON)
                .eTag(version(created)).body(resource(created));
    }

    @GetMapping("/{id}")
    ResponseEntity<Object> get(@AuthenticationPrincipal ScimClient client, @PathVariable String id) {
        ProvisionedAccount account = accounts.find(client.authorityId(), id(id))
                .orElseThrow(() -> new RecordNotFoundException("employee", id));
        return ok(account);
    }

    @GetMapping
    ResponseEntity<Object> list(@AuthenticationPrincipal ScimClient client,
            @RequestParam(required = false) String filter, @RequestParam(defaultValue = "1") int startIndex,
            @RequestParam(defaultValue = "100") int count) {
        int start = Math.max(1, startIndex);
        int size = Math.clamp(count, 0, MAX_COUNT);
        long total;
        List<ProvisionedAccount> page;
        if (filter != null && !filter.isBlank()) {
            Matcher userName = USERNAME_FILTER.matcher(filter);
            if (!userName.matches()) {
                throw new ScimBadRequest("invalidFilter", "Only the filter userName eq \"…\" is supported.");
            }
            List<ProvisionedAccount> found = accounts.findByUserName(client.authorityId(),
                    userName.group(1).replaceAll("\\\\(.)", "$1")).stream().toList();
            total = found.size();
            page = found.stream().skip(start - 1L).limit(size).toList();
        } else {
            ProvisionedAccounts.Listing listing = accounts.list(client.authorityId(), start - 1, size);
            total = listing.total();
            page = listing.accounts();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schemas", List.of(LIST_SCHEMA));
        body.put("totalResults", total);
        body.put("startIndex", start);
        body.put("itemsPerPage", page.size());
        body.put("Resources", page.stream().map(this::resource).toList());
        return ResponseEntity.ok().contentType(ScimErrors.SCIM_JSON).body(body);
    }

    @PutMapping("/{id}")
    ResponseEntity<Object> replace(@AuthenticationPrincipal ScimClient client, @PathVariable String id,
            @RequestBody JsonNode body) {
        return ok(accounts.change(client.authorityId(), id(id), ProvisioningChange.of(request(body))));
    }

    @PatchMapping("/{id}")
    ResponseEntity<Object> patch(@AuthenticationPrincipal ScimClient client, @PathVariable String id,
            @RequestBody JsonNode body) {
        return ok(accounts.change(client.authorityId(), id(id), ScimPatch.read(body)));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Object> deactivate(@AuthenticationPrincipal ScimClient client, @PathVariable String id) {
        accounts.deactivate(client.authorityId(), id(id));
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<Object> notFound(RecordNotFoundException missing) {
        return ScimErrors.answer(HttpStatus.NOT_FOUND, null, "No such user.");
    }

    @ExceptionHandler(ProvisioningRefused.class)
    ResponseEntity<Object> refused(ProvisioningRefused refused) {
        return switch (refused.reason()) {
            case USERNAME_TAKEN -> ScimErrors.answer(HttpStatus.CONFLICT, "uniqueness", "The userName is taken.");
            case EMAIL_TAKEN -> ScimErrors.answer(HttpStatus.CONFLICT, "uniqueness", "The e-mail address is taken.");
            case INVALID_USERNAME -> ScimErrors.answer(HttpStatus.BAD_REQUEST, "invalidValue",
                    "The userName needs at least three letters or digits.");
            case USERNAME_IMMUTABLE -> ScimErrors.answer(HttpStatus.BAD_REQUEST, "mutability",
                    "The userName cannot be changed through SCIM.");
        };
    }

    @ExceptionHandler(ScimBadRequest.class)
    ResponseEntity<Object> badRequest(ScimBadRequest bad) {
        return ScimErrors.answer(HttpStatus.BAD_REQUEST, bad.scimType(), bad.getMessage());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> invalid(ConstraintViolationException invalid) {
        String fields = invalid.getConstraintViolations().stream()
                .map(violation -> violation.getPropertyPath().toString().replaceFirst("^.*\\.", "")).distinct()
                .sorted().reduce((a, b) -> a + ", " + b).orElse("");
        return ScimErrors.answer(HttpStatus.BAD_REQUEST, "invalidValue", "Missing or invalid: " + fields + ".");
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<Object> unreadable(Exception unreadable) {
        return ScimErrors.answer(HttpStatus.BAD_REQUEST, "invalidSyntax", "The request body is no JSON object.");
    }

    /** Two requests creating the same account at once: the second one meets the unique index. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> conflict(DataIntegrityViolationException conflict) {
        return ScimErrors.answer(HttpStatus.CONFLICT, "uniqueness", "The userName or e-mail address is taken.");
    }

    private ResponseEntity<Object> ok(ProvisionedAccount account) {
        return ResponseEntity.ok().contentType(ScimErrors.SCIM_JSON).eTag(version(account)).body(resource(account));
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException notOurs) {
            throw new RecordNotFoundException("employee", id);
        }
    }

    private static ProvisioningRequest request(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ScimBadRequest("invalidSyntax", "The request body is no JSON object.");
        }
        JsonNode name = body.path("name");
        return new ProvisioningRequest(text(body.get("userName")), text(name.get("givenName")),
                text(name.get("familyName")), ScimPatch.email(body.get("emails")),
                ScimPatch.bool(body.get("active")), text(body.get("externalId")));
    }

    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (!node.isString()) {
            throw new ScimBadRequest("invalidValue", "Expected a string, got " + node + ".");
        }
        return node.stringValue();
    }

    private Map<String, Object> resource(ProvisionedAccount account) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("schemas", List.of(USER_SCHEMA));
        user.put("id", String.valueOf(account.id()));
        if (account.externalId() != null) {
            user.put("externalId", account.externalId());
        }
        user.put("userName", account.userName());
        Map<String, Object> name = new LinkedHashMap<>();
        name.put("givenName", account.givenName());
        name.put("familyName", account.familyName());
        name.put("formatted", account.givenName() + " " + account.familyName());
        user.put("name", name);
        user.put("displayName", account.givenName() + " " + account.familyName());
        user.put("emails", List.of(Map.of("value", account.email(), "type", "work", "primary", true)));
        user.put("active", account.active());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("resourceType", "User");
        meta.put("location", location(account.id()).toString());
        meta.put("version", version(account));
        user.put("meta", meta);
        return user;
    }

    private static String version(ProvisionedAccount account) {
        return "W/\"" + account.version() + "\"";
    }

    /** As the identity provider reached this installation (forwarded headers as the server is told to trust them). */
    private static URI location(long id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/scim/v2/Users/{id}").buildAndExpand(id)
                .toUri();
    }

    /** Anything else: a SCIM error without details of the inside, and the cause in the log. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Object> failed(RuntimeException failure) {
        LOG.error("SCIM request failed", failure);
        return ScimErrors.answer(HttpStatus.INTERNAL_SERVER_ERROR, null, "The request could not be carried out.");
    }

    /** What a client sent that SCIM calls a bad request, with SCIM's {@code scimType}. */
    static final class ScimBadRequest extends RuntimeException {

        private final String scimType;

        ScimBadRequest(String scimType, String detail) {
            super(detail);
            this.scimType = scimType;
        }

        String scimType() {
            return scimType;
        }
    }
}
