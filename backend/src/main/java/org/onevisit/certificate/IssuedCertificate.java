package org.onevisit.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A certificate as issued and kept in the register: its payload's fields, its signature, its status. */
@Entity
@Table(name = "certificate")
public class IssuedCertificate {

    public enum Status { VALID, REVOKED }

    @Id
    public UUID id;

    public String number;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "holder_id")
    public UUID holderId;

    @Enumerated(EnumType.STRING)
    public CertificateType type;

    public String title;

    @Column(name = "item_code")
    public String itemCode;

    @Column(name = "item_name")
    public String itemName;

    @Column(name = "holder_name")
    public String holderName;

    @Column(name = "holder_identifier")
    public String holderIdentifier;

    public String scope;

    public String issuer;

    @Column(name = "issued_at")
    public LocalDate issuedAt;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public String signature;

    public String algorithm;

    @Column(name = "key_id")
    public String keyId;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "revoked_reason")
    public String revokedReason;

    @Column(name = "revoked_by")
    public UUID revokedBy;

    /** The last reminder sent, in days before the end (60, then 30). */
    @Column(name = "reminded_days")
    public Integer remindedDays;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The type's further printed fields as JSON ({@link CertificateFieldsJson}); null before format 2. */
    public String fields;

    public CertificatePayload payload() {
        return new CertificatePayload(number, type, title, itemCode, itemName, holderName, holderIdentifier, scope, issuer,
                issuedAt, validFrom, validTo, CertificateFieldsJson.read(fields));
    }

    public SignedCertificate signed() {
        return new SignedCertificate(payload(), signature, algorithm, keyId);
    }
}
