package de.willkommensakademie.provisioning;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/** SCIM's error answer (RFC 7644, section 3.12): status, an optional {@code scimType} and a detail in English. */
final class ScimErrors {

    static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
    static final MediaType SCIM_JSON = MediaType.parseMediaType("application/scim+json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScimErrors() {
    }

    static Map<String, Object> body(HttpStatus status, String scimType, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schemas", List.of(SCHEMA));
        body.put("status", String.valueOf(status.value()));
        if (scimType != null) {
            body.put("scimType", scimType);
        }
        body.put("detail", detail);
        return body;
    }

    static ResponseEntity<Object> answer(HttpStatus status, String scimType, String detail) {
        return ResponseEntity.status(status).contentType(SCIM_JSON).body(body(status, scimType, detail));
    }

    /** For answers given before any controller runs (no or a wrong token). */
    static void write(HttpServletResponse response, HttpStatus status, String scimType, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(SCIM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body(status, scimType, detail)));
    }
}
