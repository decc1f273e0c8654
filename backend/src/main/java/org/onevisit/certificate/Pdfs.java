package org.onevisit.certificate;

import jakarta.ws.rs.core.Response;
import org.onevisit.platform.storage.SafeFileName;

/** A certificate PDF as a download. */
final class Pdfs {

    private Pdfs() {
    }

    static Response attachment(byte[] pdf, String number) {
        String name = number.replaceAll("[^\\p{L}\\p{N}-]", "-") + ".pdf";
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", SafeFileName.contentDisposition(name))
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
