package org.onevisit.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.onevisit.identity.AuthDtos.RegisterRequest;
import org.onevisit.identity.AuthDtos.StaffRequest;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.Violation;

/** The checks on a new account, each failure named by its field, all reported at once. */
final class AccountRules {

    static final int NAME_MAX = 100;

    private AccountRules() {
    }

    /** A new enterprise or citizen account from a sign-up (password not yet hashed). */
    static Account newApplicant(RegisterRequest r) {
        List<Violation> v = new ArrayList<>();
        if (r == null || r.kind() == null || r.kind() == Account.Kind.STAFF) {
            throw ProblemException.badRequest(List.of(Violation.of("kind", "kind.invalid")));
        }
        Account a = new Account();
        a.id = UUID.randomUUID();
        a.kind = r.kind();
        a.name = text(v, "name", r.name());
        a.mobile = mobile(v, "mobile", r.mobile());
        if (r.kind() == Account.Kind.ENTERPRISE) {
            String code = upper(r.creditCode());
            if (code == null) {
                v.add(Violation.of("creditCode", "field.required"));
            } else if (!CreditCode.isValid(code)) {
                v.add(Violation.of("creditCode", "creditCode.invalid"));
            }
            a.creditCode = code;
            a.username = code;
            a.roleSet(Set.of(Role.ENTERPRISE));
            a.legalRepresentative = text(v, "legalRepresentative", r.legalRepresentative());
            a.contactName = text(v, "contactName", r.contactName());
            a.address = optional(v, "address", r.address(), 200);
            a.town = optional(v, "town", r.town(), 50);
        } else {
            String id = upper(r.idNumber());
            if (id == null) {
                v.add(Violation.of("idNumber", "field.required"));
            } else if (!IdNumber.isValid(id)) {
                v.add(Violation.of("idNumber", "idNumber.invalid"));
            }
            a.idNumber = id;
            a.username = id;
            a.roleSet(Set.of(Role.CITIZEN));
        }
        v.addAll(Passwords.check("password", r.password(), a.username, a.mobile));
        if (!v.isEmpty()) {
            throw ProblemException.badRequest(v);
        }
        return a;
    }

    /** A new staff account (created by a security administrator). */
    static Account newStaff(StaffRequest r) {
        List<Violation> v = new ArrayList<>();
        if (r == null) {
            throw ProblemException.badRequest(List.of(Violation.of("staffNumber", "field.required")));
        }
        Account a = new Account();
        a.id = UUID.randomUUID();
        a.kind = Account.Kind.STAFF;
        String number = upper(r.staffNumber());
        if (number == null) {
            v.add(Violation.of("staffNumber", "field.required"));
        } else if (!number.matches("[A-Z0-9_-]{3,32}")) {
            v.add(Violation.of("staffNumber", "staffNumber.format"));
        }
        a.staffNumber = number;
        a.username = number;
        a.name = text(v, "name", r.name());
        a.orgUnit = text(v, "orgUnit", r.orgUnit());
        a.serviceLocation = optional(v, "serviceLocation", r.serviceLocation(), 100);
        a.mobile = r.mobile() == null || r.mobile().isBlank() ? null : mobile(v, "mobile", r.mobile());
        Set<Role> roles = r.roles() == null ? Set.of() : r.roles();
        v.addAll(roleViolations(roles));
        a.roleSet(roles);
        v.addAll(Passwords.check("password", r.password(), number, a.mobile));
        if (!v.isEmpty()) {
            throw ProblemException.badRequest(v);
        }
        return a;
    }

    /** Staff roles only, and never two administrator roles on one account (三员分立). */
    static List<Violation> roleViolations(Set<Role> roles) {
        List<Violation> v = new ArrayList<>();
        if (roles.isEmpty()) {
            v.add(Violation.of("roles", "roles.empty"));
        }
        if (!Role.STAFF.containsAll(roles)) {
            v.add(Violation.of("roles", "roles.not-staff"));
        }
        if (roles.stream().filter(Role.ADMINISTRATORS::contains).count() > 1) {
            v.add(Violation.of("roles", "roles.separation"));
        }
        return v;
    }

    private static String text(List<Violation> v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add(Violation.of(field, "field.required"));
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > NAME_MAX) {
            v.add(Violation.of(field, "field.too-long", NAME_MAX));
        }
        return trimmed;
    }

    private static String optional(List<Violation> v, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            v.add(Violation.of(field, "field.too-long", max));
        }
        return value.strip();
    }

    private static String mobile(List<Violation> v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add(Violation.of(field, "field.required"));
            return null;
        }
        String m = value.strip();
        if (!Mobile.isValid(m)) {
            v.add(Violation.of(field, "mobile.invalid"));
        }
        return m;
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
