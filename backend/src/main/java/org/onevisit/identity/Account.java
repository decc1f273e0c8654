package org.onevisit.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** An enterprise, citizen or staff account. Never leaves the server: responses use {@link AccountView}. */
@Entity
@Table(name = "account")
public class Account {

    public enum Kind { ENTERPRISE, CITIZEN, STAFF }

    @Id
    public UUID id;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Kind kind;

    public String username;

    public String name;

    public String mobile;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "password_changed_at")
    public OffsetDateTime passwordChangedAt;

    /** Comma-separated role names (few, rarely changed). */
    public String roles = "";

    @Column(name = "failed_logins")
    public int failedLogins;

    @Column(name = "locked_until")
    public OffsetDateTime lockedUntil;

    @Column(name = "totp_secret")
    public String totpSecret;

    @Column(name = "totp_enabled")
    public boolean totpEnabled;

    @Column(name = "totp_last_step")
    public long totpLastStep;

    public boolean demo;

    @Column(name = "credit_code")
    public String creditCode;

    @Column(name = "legal_representative")
    public String legalRepresentative;

    @Column(name = "contact_name")
    public String contactName;

    public String address;

    public String town;

    @Column(name = "id_number")
    public String idNumber;

    @Column(name = "staff_number")
    public String staffNumber;

    @Column(name = "org_unit")
    public String orgUnit;

    @Column(name = "service_location")
    public String serviceLocation;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public Set<Role> roleSet() {
        if (roles == null || roles.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roles.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public void roleSet(Set<Role> set) {
        roles = set.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
