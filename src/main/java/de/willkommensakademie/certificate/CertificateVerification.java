package de.willkommensakademie.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public check of a verification code; an unknown or malformed code gives nothing, never a hint. */
@Service
public class CertificateVerification {

    private static final Pattern CODE = Pattern.compile("[A-Z2-7]{32}");

    private final CertificateRepository certificates;
    private final Clock clock;

    CertificateVerification(CertificateRepository certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Verification> verify(String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalised).matches()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        // one statement, never the PDF (asserted by CertificateFlowTest on H2 and PostgreSQL)
        return certificates.findVerification(normalised).map(facts -> facts.verdict(today));
    }
}
