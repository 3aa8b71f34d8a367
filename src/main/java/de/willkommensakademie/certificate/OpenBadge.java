package de.willkommensakademie.certificate;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A certificate as an Open Badges 3.0 {@code OpenBadgeCredential} (a W3C Verifiable Credential 2.0) with the fields
 * the specification requires. It carries no proof: it is not signed. Its {@code id} is the certificate's public
 * verification address, which is how a reader checks it is genuine and still valid.
 */
final class OpenBadge {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private OpenBadge() {
    }

    /** {@code criteria}: the translated narrative of what earning this kind of certificate takes. */
    static String of(BadgeFacts certificate, String authorityName, String publicUrl, String language,
            String criteria) {
        String title = certificate.title(language);
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", publicUrl + "/authorities/" + certificate.authorityId());
        issuer.put("type", List.of("Profile"));
        issuer.put("name", authorityName);

        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", publicUrl + "/achievements/" + certificate.sourceKind().name().toLowerCase()
                + "/" + (certificate.sourceKey() == null ? certificate.id() : certificate.sourceKey()));
        achievement.put("type", List.of("Achievement"));
        achievement.put("name", title);
        achievement.put("description", certificate.description(language) == null ? title
                : certificate.description(language));
        achievement.put("criteria", Map.of("narrative", criteria));

        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(Map.of("type", "IdentityObject", "identityType", "name",
                "hashed", false, "identityHash", certificate.holderName())));
        subject.put("achievement", achievement);

        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        credential.put("id", publicUrl + "/verify/" + certificate.code());
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("name", title);
        credential.put("issuer", issuer);
        credential.put("validFrom", certificate.completedOn().atStartOfDay().atOffset(ZoneOffset.UTC).toString());
        if (certificate.validUntil() != null) {
            credential.put("validUntil", certificate.validUntil().atStartOfDay().atOffset(ZoneOffset.UTC).toString());
        }
        credential.put("credentialSubject", subject);
        return JSON.writeValueAsString(credential);
    }
}
