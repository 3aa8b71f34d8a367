package de.willkommensakademie.provisioning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What this SCIM service offers (RFC 7643, section 5), for clients that ask before they provision, and a SCIM 404 for
 * every other resource under {@code /scim/v2} (groups, schemas, bulk), so a client reads a SCIM error, not a page.
 */
@RestController
class ScimServiceProvider {

    @GetMapping("/scim/v2/ServiceProviderConfig")
    ResponseEntity<Object> configuration() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schemas", List.of("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"));
        body.put("patch", Map.of("supported", true));
        body.put("bulk", Map.of("supported", false, "maxOperations", 0, "maxPayloadSize", 0));
        body.put("filter", Map.of("supported", true, "maxResults", ScimUsers.MAX_COUNT));
        body.put("changePassword", Map.of("supported", false));
        body.put("sort", Map.of("supported", false));
        // versions are sent, but If-Match is not checked
        body.put("etag", Map.of("supported", false));
        body.put("authenticationSchemes", List.of(Map.of("type", "oauthbearertoken", "name", "Bearer token",
                "description", "A token of the authority, created by the platform operator", "primary", true)));
        body.put("meta", Map.of("resourceType", "ServiceProviderConfig", "location",
                ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).toUriString()));
        return ResponseEntity.ok().contentType(ScimErrors.SCIM_JSON).body(body);
    }

    @RequestMapping("/scim/v2/**")
    ResponseEntity<Object> elsewhere() {
        return ScimErrors.answer(HttpStatus.NOT_FOUND, null, "Only /Users and /ServiceProviderConfig are offered.");
    }
}
