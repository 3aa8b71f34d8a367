package de.willkommensakademie.provisioning;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import de.willkommensakademie.people.ProvisioningChange;
import de.willkommensakademie.provisioning.ScimUsers.ScimBadRequest;
import tools.jackson.databind.JsonNode;

/**
 * Reads a SCIM PATCH request (RFC 7644, section 3.5.2) into a change: operations {@code replace} and {@code add} of
 * {@code active}, {@code name.givenName}, {@code name.familyName}, {@code emails}, {@code externalId} and (unchanged)
 * {@code userName}, with a path or as an object of attributes without one, as identity providers send them (Entra ID
 * capitalises the operation and sends booleans as text).
 */
final class ScimPatch {

    private static final String CORE_PREFIX = "urn:ietf:params:scim:schemas:core:2.0:user:";
    /** {@code emails}, {@code emails.value}, {@code emails[type eq "work"].value}: the one address the platform keeps. */
    private static final Pattern EMAIL_PATH = Pattern.compile("emails(\\[[^\\]]*\\])?(\\.value)?");

    private String userName;
    private String givenName;
    private String familyName;
    private String email;
    private Boolean active;
    private String externalId;

    private ScimPatch() {
    }

    static ProvisioningChange read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ScimBadRequest("invalidSyntax", "The request body is no JSON object.");
        }
        JsonNode operations = body.has("Operations") ? body.get("Operations") : body.get("operations");
        if (operations == null || !operations.isArray() || operations.isEmpty()) {
            throw new ScimBadRequest("invalidSyntax", "A PATCH request needs a list of Operations.");
        }
        ScimPatch patch = new ScimPatch();
        for (JsonNode operation : operations.values()) {
            String op = ScimUsers.text(operation.get("op"));
            if (op == null || !(op.equalsIgnoreCase("replace") || op.equalsIgnoreCase("add"))) {
                throw new ScimBadRequest("invalidValue", "Only the operations replace and add are supported.");
            }
            String path = ScimUsers.text(operation.get("path"));
            JsonNode value = operation.get("value");
            if (path == null || path.isBlank()) {
                if (value == null || !value.isObject()) {
                    throw new ScimBadRequest("invalidValue", "An operation without a path needs an object value.");
                }
                for (Map.Entry<String, JsonNode> attribute : value.properties()) {
                    patch.set(attribute.getKey(), attribute.getValue());
                }
            } else {
                patch.set(path, value);
            }
        }
        return new ProvisioningChange(patch.userName, patch.givenName, patch.familyName, patch.email, patch.active,
                patch.externalId);
    }

    private void set(String path, JsonNode value) {
        String attribute = path.strip().toLowerCase(Locale.ROOT);
        if (attribute.startsWith(CORE_PREFIX)) {
            attribute = attribute.substring(CORE_PREFIX.length());
        }
        switch (attribute) {
            case "active" -> {
                active = bool(value);
                if (active == null) {
                    throw new ScimBadRequest("invalidValue", "active needs true or false.");
                }
            }
            case "username" -> userName = ScimUsers.text(value);
            case "externalid" -> externalId = value == null || value.isNull() ? "" : ScimUsers.text(value);
            case "name" -> {
                if (value != null && value.isObject()) {
                    set("name.givenName", value.get("givenName"));
                    set("name.familyName", value.get("familyName"));
                }
            }
            case "name.givenname" -> givenName = ScimUsers.text(value);
            case "name.familyname" -> familyName = ScimUsers.text(value);
            default -> {
                if (EMAIL_PATH.matcher(attribute).matches()) {
                    email = value != null && value.isString() ? value.stringValue() : email(value);
                }
                // anything else is an attribute the platform does not keep
            }
        }
    }

    /** The primary address of a SCIM {@code emails} list, or the first. */
    static String email(JsonNode emails) {
        if (emails == null || emails.isNull() || emails.isMissingNode()) {
            return null;
        }
        if (emails.isObject()) {
            return ScimUsers.text(emails.get("value"));
        }
        if (!emails.isArray()) {
            throw new ScimBadRequest("invalidValue", "emails needs a list of addresses.");
        }
        JsonNode chosen = null;
        for (JsonNode candidate : emails.values()) {
            if (chosen == null || Boolean.TRUE.equals(bool(candidate.get("primary")))) {
                chosen = candidate;
            }
        }
        return chosen == null ? null : ScimUsers.text(chosen.get("value"));
    }

    /** true or false, also as text ("False"), or null when absent. */
    static Boolean bool(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isString() && (node.stringValue().equalsIgnoreCase("true")
                || node.stringValue().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(node.stringValue().toLowerCase(Locale.ROOT));
        }
        throw new ScimBadRequest("invalidValue", "Expected true or false, got " + node + ".");
    }
}
