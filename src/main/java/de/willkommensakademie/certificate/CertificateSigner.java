package de.willkommensakademie.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs certificate PDFs when a PKCS#12 keystore is configured: an invisible PAdES baseline signature (CAdES detached,
 * SHA-256, the signing certificate bound by the ESS signing-certificate-v2 attribute BouncyCastle adds), so any later
 * change to the file shows. With a timestamp authority configured the signature also carries its RFC 3161 timestamp
 * (B-T); when the authority cannot be reached the certificate is still issued, signed without it (and logged), because
 * a completion must never wait for a remote service. Without a keystore certificates are issued unsigned.
 */
@Component
class CertificateSigner {

    private static final Logger log = LoggerFactory.getLogger(CertificateSigner.class);
    /** Room for the signature, the chain and a timestamp token with the authority's certificates (PDFBox's default fits
     * a signature without a timestamp). */
    private static final int SIGNATURE_BYTES = 32 * 1024;

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final String signerName;
    private final SignatureTimestamps timestamps;

    @Autowired
    CertificateSigner(@Value("${app.certificates.keystore:}") String keystorePath,
            @Value("${app.certificates.keystore-password:}") String password,
            @Value("${app.certificates.key-alias:}") String alias,
            @Value("${app.certificates.timestamp-url:}") String timestampUrl, Clock clock) {
        this.timestamps = timestampUrl == null || timestampUrl.isBlank() ? null
                : new SignatureTimestamps(URI.create(timestampUrl), clock);
        if (keystorePath == null || keystorePath.isBlank()) {
            this.key = null;
            this.chain = List.of();
            this.signerName = null;
            return;
        }
        try (InputStream in = Files.newInputStream(Path.of(keystorePath))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            String entry = alias == null || alias.isBlank() ? store.aliases().nextElement() : alias;
            this.key = (PrivateKey) store.getKey(entry, password.toCharArray());
            this.chain = Arrays.stream(store.getCertificateChain(entry))
                    .map(X509Certificate.class::cast).toList();
            this.signerName = chain.getFirst().getSubjectX500Principal().getName();
        } catch (IOException | GeneralSecurityException unusable) {
            throw new IllegalStateException("The certificate keystore " + keystorePath + " cannot be used", unusable);
        }
    }

    /** For tests: a signer with a given key and chain, and a timestamp authority or none. */
    CertificateSigner(PrivateKey key, List<X509Certificate> chain, URI timestampAuthority) {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.signerName = chain.getFirst().getSubjectX500Principal().getName();
        this.timestamps = timestampAuthority == null ? null
                : new SignatureTimestamps(timestampAuthority, Clock.systemUTC());
    }

    boolean enabled() {
        return key != null;
    }

    /** The PDF with a signature appended as an incremental update, or unchanged when no keystore is configured. */
    byte[] sign(byte[] pdf, String reason, Calendar when) {
        if (!enabled()) {
            return pdf;
        }
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signerName);
            signature.setReason(reason);
            signature.setSignDate(when);
            if (timestamps != null) {
                options.setPreferredSignatureSize(SIGNATURE_BYTES);
            }
            document.addSignature(signature, this::cms, options);
            ByteArrayOutputStream signed = new ByteArrayOutputStream();
            document.saveIncremental(signed);
            return signed.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot sign the certificate", failed);
        }
    }

    private byte[] cms(InputStream content) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            ContentSigner signer = new JcaContentSignerBuilder("SHA256with" + (key.getAlgorithm().equals("EC")
                    ? "ECDSA" : "RSA")).build(key);
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).build(signer, chain.getFirst()));
            generator.addCertificates(new JcaCertStore(chain));
            CMSSignedData data = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            return (timestamps == null ? data : timestamped(data)).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException
                | CMSException failed) {
            throw new IOException("Cannot create the signature", failed);
        }
    }

    /** Adds the authority's token as the signer's unsigned signature-time-stamp attribute (RFC 3161 appendix A). */
    private CMSSignedData timestamped(CMSSignedData data) {
        SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
        try {
            TimeStampToken token = timestamps.stamp(signer.getSignature());
            AttributeTable unsigned = new AttributeTable(new Attribute(
                    PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(token.toCMSSignedData().toASN1Structure())));
            return CMSSignedData.replaceSigners(data, new SignerInformationStore(
                    SignerInformation.replaceUnsignedAttributes(signer, unsigned)));
        } catch (IOException unreachable) {
            log.warn("Certificate signed without a timestamp: {}", unreachable.getMessage());
            return data;
        }
    }
}
