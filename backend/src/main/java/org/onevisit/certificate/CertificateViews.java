package org.onevisit.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API shows of certificates. */
public final class CertificateViews {

    private CertificateViews() {
    }

    /** Public verification: the register's facts and nothing more personal. */
    @Schema(name = "CertificateVerification")
    public record Verification(
            String number,
            CertificateType type,
            String title,
            String itemName,
            String holderName,
            @Schema(description = "VALID, EXPIRED, REVOKED, or INVALID when the register's record fails its signature")
            String status,
            LocalDate issuedAt,
            LocalDate validFrom,
            LocalDate validTo,
            @Schema(description = "The bureau's signature over the record holds") boolean signatureValid,
            @Schema(description = "When the document's signature code (s) was given: whether it is this certificate's; "
                    + "false means the document in hand was forged or altered") Boolean documentMatches,
            String issuer,
            @Schema(description = "What the certificate covers, in its own wording (许可范围 and the like)") String scope) {}

    /** A certificate in its holder's list, or on the workbench. */
    @Schema(name = "CertificateSummary")
    public record Summary(String number, CertificateType type, String title, String itemCode, String itemName,
                          String holderName, String holderIdentifier, String scope, String issuer, LocalDate issuedAt,
                          LocalDate validFrom, LocalDate validTo, String status, String revokedReason, UUID applicationId,
                          String verificationUrl, @Schema(description = "Days until the end of validity (negative once expired)") Long daysLeft,
                          @Schema(description = "The item that renews this licence, if there is one") String renewalItemCode,
                          @Schema(description = "What the certificate prints besides the holder, in order (null for older certificates)") List<CertificateField> fields,
                          @Schema(description = "Whether a renewal may be applied for today: valid, and within the renewal window before its end") boolean renewable,
                          @Schema(description = "The first day of the renewal window (null without an end of validity)") LocalDate renewableFrom) {}

    @Schema(name = "RevokeRequest")
    public record Revoke(@Schema(required = true, maxLength = 500) String reason) {}

    @Schema(name = "CertificateList")
    public record Page(List<Summary> items, long total) {}
}
