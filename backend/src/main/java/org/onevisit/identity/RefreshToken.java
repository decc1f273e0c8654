package org.onevisit.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A refresh token, stored as the SHA-256 of its value; a family is one login session. */
@Entity
@Table(name = "refresh_token")
public class RefreshToken {

    @Id
    public UUID id;

    public UUID family;

    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "used_at")
    public OffsetDateTime usedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    /** Whether the session was opened with a second factor (carried into refreshed access tokens). */
    public boolean mfa;
}
