package de.willkommensakademie.base;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the reference validator, run on a PDF: every failed rule of a standard, empty when compliant. */
public final class PdfStandards {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfStandards() {
    }

    public static List<String> violations(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage())
                    .distinct().toList();
        }
    }

    /** Keeps a generated PDF for people to open; creates the folder because test order is not fixed. */
    public static void writeSample(String fileName, byte[] pdf) throws IOException {
        Path samples = Files.createDirectories(Path.of("target", "pdf-samples"));
        Files.write(samples.resolve(fileName), pdf);
    }
}
