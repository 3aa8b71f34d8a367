package de.willkommensakademie.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.Date;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** With a key configured, certificates carry a PAdES signature that verifies, breaks on any change, and keeps both standards. */
class CertificateSignerTest {

    @Test
    void a_signed_certificate_verifies_shows_tampering_and_stays_archival_and_accessible() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Ausländerbehörde Musterstadt, O=Stadt Musterstadt, C=DE");
        Date from = new Date(System.currentTimeMillis() - 60_000);
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                name, BigInteger.ONE, from, new Date(from.getTime() + 86_400_000L * 365), name, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        CertificateSigner signer = new CertificateSigner(keys.getPrivate(), List.of(certificate));

        byte[] unsigned = CertificatePdf.render(CertificatePdfTest.layout("de", "Aylin Demir"));
        byte[] signed = signer.sign(unsigned, "Teilnahmebescheinigung", Calendar.getInstance());
        PdfStandards.writeSample("certificate-signed.pdf", signed);

        assertThat(verifies(signed, certificate)).isTrue();
        byte[] tampered = signed.clone();
        int position = indexOf(tampered, "Aylin".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        if (position < 0) {
            position = unsigned.length / 2;
        }
        tampered[position] ^= 0x01;
        assertThat(verifies(tampered, certificate)).as("a changed byte breaks the signature").isFalse();

        assertThat(PdfStandards.violations(signed, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(PdfStandards.violations(signed, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(new CertificateSigner("", "", "").sign(unsigned, "x", Calendar.getInstance()))
                .as("no keystore, no signature").isSameAs(unsigned);
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
        } catch (org.bouncycastle.cms.CMSException | java.io.IOException broken) {
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
