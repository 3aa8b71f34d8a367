package de.willkommensakademie.certificate;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Asks an RFC 3161 timestamp authority to vouch for when a signature value existed (PAdES baseline B-T), so the
 * signature can still be checked after the signing certificate expires. After a failure it does not ask again for a
 * few minutes: a bulk issue of hundreds of certificates must not wait for the timeout once per certificate.
 */
final class SignatureTimestamps {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofMinutes(5);

    private final URI authority;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final SecureRandom nonces = new SecureRandom();
    private final Clock clock;
    private volatile Instant pausedUntil = Instant.MIN;

    SignatureTimestamps(URI authority, Clock clock) {
        this.authority = authority;
        this.clock = clock;
    }

    /** The authority's token over the SHA-256 digest of {@code signatureValue}; checked against our request. */
    TimeStampToken stamp(byte[] signatureValue) throws IOException {
        if (clock.instant().isBefore(pausedUntil)) {
            throw new IOException("The timestamp authority failed recently; not asked again until " + pausedUntil);
        }
        try {
            return ask(signatureValue);
        } catch (IOException failed) {
            pausedUntil = clock.instant().plus(PAUSE_AFTER_FAILURE);
            throw failed;
        }
    }

    private TimeStampToken ask(byte[] signatureValue) throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(signatureValue);
            TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
            generator.setCertReq(true);
            TimeStampRequest request = generator.generate(NISTObjectIdentifiers.id_sha256, digest,
                    new BigInteger(64, nonces));
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(authority).timeout(TIMEOUT)
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new IOException("The timestamp authority answered HTTP " + answer.statusCode());
            }
            TimeStampResponse response = new TimeStampResponse(answer.body());
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                throw new IOException("The timestamp authority refused: " + response.getStatusString());
            }
            return response.getTimeStampToken();
        } catch (TSPException | NoSuchAlgorithmException invalid) {
            throw new IOException("The timestamp authority's answer is not usable", invalid);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the timestamp authority", interrupted);
        }
    }
}
