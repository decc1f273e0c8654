package org.onevisit.certificate;

import jakarta.ws.rs.core.Response;
import org.onevisit.platform.storage.SafeFileName;

/** A certificate as a PDF download, or as a web page. */
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

    /**
     * The certificate's page (the PDF's template, readable by screen readers and phones). It holds the
     * holder's data, so it is not cached; the policy allows its own inline style and the QR image only
     * ({@code nosniff} comes with every answer, from application.properties).
     */
    static Response page(String html) {
        return Response.ok(html, "text/html; charset=UTF-8")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                        + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
