package org.onedoor.scan;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * PDF/A-2b validation with the veraPDF library (the reference validator of the PDF Association), for tests of
 * any module that produces archival PDFs.
 */
public final class PdfA2bValidator {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA2bValidator() {
    }

    /** @return the failed rules ("6.2.4.3-2: message"), empty when the PDF is PDF/A-2b compliant */
    public static List<String> failures(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " @ " + a.getLocation().getContext())
                    .distinct()
                    .toList();
            if (!result.isCompliant() && failed.isEmpty()) {
                return List.of("not compliant: " + result.getJobEndStatus());
            }
            return failed;
        } catch (Exception e) {
            return List.of("veraPDF could not validate: " + e);
        }
    }
}
