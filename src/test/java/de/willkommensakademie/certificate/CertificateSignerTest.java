package de.willkommensakademie.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;
import de.willkommensakademie.base.PdfStandards;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * With a key configured, certificates carry a PAdES signature that verifies, breaks on any change, and keeps both
 * standards; with a timestamp authority configured, also its RFC 3161 token (B-T).
 */
class CertificateSignerTest {

    @Test
    void a_signed_certificate_verifies_shows_tampering_and_stays_archival_and_accessible() throws Exception {
        KeyPair keys = rsa();
        X509Certificate certificate = selfSigned(keys, "CN=Ausländerbehörde Musterstadt, O=Stadt Musterstadt, C=DE",
                false);
        CertificateSigner signer = new CertificateSigner(keys.getPrivate(), List.of(certificate), null);

        byte[] unsigned = CertificatePdf.render(CertificatePdfTest.layout("de", "Aylin Demir"));
        byte[] signed = signer.sign(unsigned, "Teilnahmebescheinigung", Calendar.getInstance());
        PdfStandards.writeSample("certificate-signed.pdf", signed);

        assertThat(verifies(signed, certificate)).isTrue();
        assertThat(timestampOf(signed)).as("no timestamp authority configured").isNull();
        byte[] tampered = signed.clone();
        int position = indexOf(tampered, "Aylin".getBytes(StandardCharsets.US_ASCII));
        if (position < 0) {
            position = unsigned.length / 2;
        }
        tampered[position] ^= 0x01;
        assertThat(verifies(tampered, certificate)).as("a changed byte breaks the signature").isFalse();

        assertThat(PdfStandards.violations(signed, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(PdfStandards.violations(signed, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(new CertificateSigner("", "", "", "", Clock.systemUTC()).sign(unsigned, "x", Calendar.getInstance()))
                .as("no keystore, no signature").isSameAs(unsigned);
    }

    @Test
    void with_a_timestamp_authority_the_signature_carries_its_token_and_without_one_reachable_it_is_still_signed()
            throws Exception {
        KeyPair keys = rsa();
        X509Certificate certificate = selfSigned(keys, "CN=Ausländerbehörde Musterstadt, O=Stadt Musterstadt, C=DE",
                false);
        KeyPair authorityKeys = rsa();
        X509Certificate authorityCertificate = selfSigned(authorityKeys, "CN=Test-Zeitstempeldienst, C=DE", true);
        byte[] unsigned = CertificatePdf.render(CertificatePdfTest.layout("en", "Aylin Demir"));

        HttpServer authority = timestampAuthority(authorityKeys, authorityCertificate);
        byte[] signed;
        try {
            URI address = URI.create("http://127.0.0.1:" + authority.getAddress().getPort() + "/tsa");
            signed = new CertificateSigner(keys.getPrivate(), List.of(certificate), address)
                    .sign(unsigned, "Certificate of attendance", Calendar.getInstance());
        } finally {
            authority.stop(0);
        }
        PdfStandards.writeSample("certificate-signed-timestamped.pdf", signed);

        assertThat(verifies(signed, certificate)).isTrue();
        TimeStampToken token = timestampOf(signed);
        assertThat(token).as("signature-time-stamp attribute").isNotNull();
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(authorityCertificate));
        assertThat(token.getTimeStampInfo().getMessageImprintDigest()).as("the token covers the signature value")
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(signerOf(signed).getSignature()));
        assertThat(PdfStandards.violations(signed, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(PdfStandards.violations(signed, PDFAFlavour.PDFUA_1)).isEmpty();

        CertificateSigner offline = new CertificateSigner(keys.getPrivate(), List.of(certificate),
                URI.create("http://127.0.0.1:" + closedPort() + "/tsa"));
        byte[] withoutTimestamp = offline.sign(unsigned, "x", Calendar.getInstance());
        assertThat(verifies(withoutTimestamp, certificate)).as("issued and signed all the same").isTrue();
        assertThat(timestampOf(withoutTimestamp)).isNull();
        assertThat(timestampOf(offline.sign(unsigned, "x", Calendar.getInstance())))
                .as("the next one, while the authority is not asked again").isNull();
    }

    @Test
    void after_a_failure_the_timestamp_authority_is_not_asked_again_for_five_minutes() throws Exception {
        Instant[] now = {Instant.parse("2026-11-22T08:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        SignatureTimestamps timestamps = new SignatureTimestamps(URI.create("http://127.0.0.1:" + closedPort() + "/tsa"),
                clock);

        assertThatThrownBy(() -> timestamps.stamp(new byte[] {1})).isInstanceOf(IOException.class)
                .hasMessageNotContaining("not asked again");
        now[0] = now[0].plusSeconds(299);
        assertThatThrownBy(() -> timestamps.stamp(new byte[] {1})).hasMessageContaining("not asked again");
        now[0] = now[0].plusSeconds(2);
        assertThatThrownBy(() -> timestamps.stamp(new byte[] {1})).as("asked again after five minutes")
                .isInstanceOf(IOException.class).hasMessageNotContaining("not asked again");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A minimal RFC 3161 timestamp authority on a free local port (BouncyCastle's reference generator). */
    private static HttpServer timestampAuthority(KeyPair keys, X509Certificate certificate) throws Exception {
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withRSA", keys.getPrivate(), certificate),
                new JcaDigestCalculatorProviderBuilder().build().get(
                        new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
        tokens.addCertificates(new JcaCertStore(List.of(certificate)));
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        AtomicLong serials = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", exchange -> {
            try (exchange) {
                TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
                byte[] answer = responses.generate(request, BigInteger.valueOf(serials.incrementAndGet()), new Date())
                        .getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            } catch (TSPException refused) {
                exchange.sendResponseHeaders(400, -1);
            }
        });
        server.start();
        return server;
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate selfSigned(KeyPair keys, String subject, boolean timestamping) throws Exception {
        X500Name name = new X500Name(subject);
        Date from = new Date(System.currentTimeMillis() - 60_000);
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, from,
                new Date(from.getTime() + 86_400_000L * 365), name, keys.getPublic());
        if (timestamping) {
            // RFC 3161 2.3: a timestamp authority's certificate names this one purpose, critically
            builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }

    private static SignerInformation signerOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signature.getContents(pdf));
            return data.getSignerInfos().getSigners().iterator().next();
        }
    }

    private static TimeStampToken timestampOf(byte[] pdf) throws Exception {
        AttributeTable unsigned = signerOf(pdf).getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null
                : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        return attribute == null ? null : new TimeStampToken(
                new CMSSignedData(attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
    }

    private static boolean verifies(byte[] pdf, X509Certificate certificate) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signature.getContents(pdf));
            SignerInformation information = data.getSignerInfos().getSigners().iterator().next();
            X509CertificateHolder holder = (X509CertificateHolder) data.getCertificates().getMatches(
                    information.getSID()).iterator().next();
            assertThat(holder.getSubject().toString()).contains("Musterstadt");
            return information.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (CMSException | IOException broken) {
            return false;
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int index = 0; index <= data.length - pattern.length; index++) {
            for (int offset = 0; offset < pattern.length; offset++) {
                if (data[index + offset] != pattern[offset]) {
                    continue outer;
                }
            }
            return index;
        }
        return -1;
    }
}
