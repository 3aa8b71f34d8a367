package de.willkommensakademie.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs certificate PDFs when a PKCS#12 keystore is configured: an invisible PAdES baseline signature (CAdES detached,
 * SHA-256, the signing certificate bound by the ESS signing-certificate-v2 attribute BouncyCastle adds), so any later
 * change to the file shows. Without a keystore certificates are issued unsigned.
 */
@Component
class CertificateSigner {

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final String signerName;

    @org.springframework.beans.factory.annotation.Autowired
    CertificateSigner(@Value("${app.certificates.keystore:}") String keystorePath,
            @Value("${app.certificates.keystore-password:}") String password,
            @Value("${app.certificates.key-alias:}") String alias) {
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
            this.chain = java.util.Arrays.stream(store.getCertificateChain(entry))
                    .map(X509Certificate.class::cast).toList();
            this.signerName = chain.getFirst().getSubjectX500Principal().getName();
        } catch (IOException | GeneralSecurityException unusable) {
            throw new IllegalStateException("The certificate keystore " + keystorePath + " cannot be used", unusable);
        }
    }

    /** For tests: a signer with a given key and chain. */
    CertificateSigner(PrivateKey key, List<X509Certificate> chain) {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.signerName = chain.getFirst().getSubjectX500Principal().getName();
    }

    boolean enabled() {
        return key != null;
    }

    /** The PDF with a signature appended as an incremental update, or unchanged when no keystore is configured. */
    byte[] sign(byte[] pdf, String reason, Calendar when) {
        if (!enabled()) {
            return pdf;
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signerName);
            signature.setReason(reason);
            signature.setSignDate(when);
            document.addSignature(signature, this::cms);
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
            return data.getEncoded();
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException
                | org.bouncycastle.cms.CMSException failed) {
            throw new IOException("Cannot create the signature", failed);
        }
    }
}
