package de.willkommensakademie.certificate;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The verification answer for machines: {@code GET /api/verify/{code}}; {@code /verify/{code}} with
 * {@code Accept: application/json} is forwarded here by {@link VerificationJsonForward}. Unknown codes give 404 with
 * the same body as a wrong format.
 */
@RestController
class VerificationApi {

    private final CertificateVerification verification;

    VerificationApi(CertificateVerification verification) {
        this.verification = verification;
    }

    @GetMapping(path = "/api/verify/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> verify(@PathVariable String code) {
        return verification.verify(code)
                .<ResponseEntity<Map<String, Object>>>map(found -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("status", found.status().name().toLowerCase(Locale.ROOT));
                    body.put("holder", found.holderName());
                    body.put("holderErased", found.holderErased());
                    body.put("title", Map.of("de", found.titleDe(), "en", found.titleEn()));
                    body.put("completedOn", found.completedOn().toString());
                    body.put("validUntil", found.validUntil() == null ? null : found.validUntil().toString());
                    body.put("authority", found.authorityName());
                    return ResponseEntity.ok(body);
                })
                .orElseGet(() -> ResponseEntity.status(404).body(Map.of("status", "not-found")));
    }
}
