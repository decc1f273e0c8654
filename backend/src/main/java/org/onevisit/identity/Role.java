package org.onevisit.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an account may do. Applicants hold ENTERPRISE or CITIZEN; staff hold one or more of the rest.
 * The three administrator roles are separated (三员分立): no account holds two of them.
 */
public enum Role {
    ENTERPRISE, CITIZEN,
    WINDOW, REVIEWER, APPROVER, INSPECTOR,
    ADMIN, SECURITY_ADMIN, AUDITOR;

    public static final Set<Role> STAFF = EnumSet.of(WINDOW, REVIEWER, APPROVER, INSPECTOR, ADMIN, SECURITY_ADMIN, AUDITOR);
    public static final Set<Role> ADMINISTRATORS = EnumSet.of(ADMIN, SECURITY_ADMIN, AUDITOR);

    /** Role names as used in {@code @RolesAllowed} (annotations need constants). */
    public static final class Names {
        public static final String ENTERPRISE = "ENTERPRISE";
        public static final String CITIZEN = "CITIZEN";
        public static final String WINDOW = "WINDOW";
        public static final String REVIEWER = "REVIEWER";
        public static final String APPROVER = "APPROVER";
        public static final String INSPECTOR = "INSPECTOR";
        public static final String ADMIN = "ADMIN";
        public static final String SECURITY_ADMIN = "SECURITY_ADMIN";
        public static final String AUDITOR = "AUDITOR";

        private Names() {
        }
    }
}
