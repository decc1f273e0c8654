package org.onevisit.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * An account as the API shows it. Personal data is masked unless the viewer is the person themself:
 * ID {@code 3302**********1234}, mobile {@code 138****5678}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountView(UUID id, Account.Kind kind, String username, String name, String mobile, Set<Role> roles,
                          String creditCode, String legalRepresentative, String contactName, String address, String town,
                          String idNumber, String staffNumber, String orgUnit, String serviceLocation,
                          Boolean totpEnabled, Boolean locked, OffsetDateTime createdAt, Set<Role> sessionRoles) {

    /** The same view with the roles in force in the caller's session (administrator roles need TOTP). */
    public AccountView withSessionRoles(Set<String> groups) {
        Set<Role> inForce = groups.stream().filter(g -> java.util.Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(g)))
                .map(Role::valueOf).collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Role.class)));
        return new AccountView(id, kind, username, name, mobile, roles, creditCode, legalRepresentative, contactName,
                address, town, idNumber, staffNumber, orgUnit, serviceLocation, totpEnabled, locked, createdAt, inForce);
    }

    /** The account as its owner sees it. */
    public static AccountView own(Account a, OffsetDateTime now) {
        return of(a, false, now);
    }

    /** The account as somebody else (an administrator) sees it. */
    public static AccountView masked(Account a, OffsetDateTime now) {
        return of(a, true, now);
    }

    private static AccountView of(Account a, boolean mask, OffsetDateTime now) {
        String id = mask ? Masking.idNumber(a.idNumber) : a.idNumber;
        String username = a.kind == Account.Kind.CITIZEN && mask ? Masking.idNumber(a.username) : a.username;
        return new AccountView(a.id, a.kind, username, a.name, mask ? Masking.mobile(a.mobile) : a.mobile, a.roleSet(),
                a.creditCode, a.legalRepresentative, a.contactName, a.address, a.town, id, a.staffNumber, a.orgUnit,
                a.serviceLocation, a.kind == Account.Kind.STAFF ? a.totpEnabled : null, a.lockedAt(now), a.createdAt, null);
    }
}
