package org.onevisit.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.GuideDocuments;
import org.onevisit.catalog.ShippedCatalogue;
import org.onevisit.platform.ProblemException;

/** Without the Chinese font the guide's documents answer the certificates' 503 problem. */
class GuideDocumentsFontTest {

    @Test
    void noChineseFontIsA503LikeCertificates() {
        CertificateFonts none = CertificateFonts.locate(Optional.empty(), Optional.empty(), List.of(Path.of("/no/such.ttc")), List.of());
        GuideDocuments documents = new GuideDocuments(new CertificatePdf(none));
        ProblemException e = assertThrows(ProblemException.class,
                () -> documents.pdf(ShippedCatalogue.guides().get(0), GuideDocuments.Kind.APPLICATION_FORM));
        assertEquals(503, e.status());
        assertEquals("pdf-unavailable", e.type());
    }
}
