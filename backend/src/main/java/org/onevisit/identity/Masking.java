package org.onevisit.identity;

/** Masks personal data before it leaves the server or reaches a log (PIPL, GB/T 35273). */
public final class Masking {

    private Masking() {
    }

    /** {@code 330282199001011234} → {@code 3302**********1234}. */
    public static String idNumber(String id) {
        if (id == null || id.length() < 8) {
            return id == null ? null : "*".repeat(id.length());
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }

    /** {@code 13812345678} → {@code 138****5678}. */
    public static String mobile(String mobile) {
        if (mobile == null || mobile.length() < 7) {
            return mobile == null ? null : "*".repeat(mobile.length());
        }
        return mobile.substring(0, 3) + "*".repeat(mobile.length() - 7) + mobile.substring(mobile.length() - 4);
    }

    /** A login name as it may appear in a log or the audit trail: ID numbers and mobiles masked. */
    public static String username(String username) {
        if (username == null) {
            return null;
        }
        if (username.matches("\\d{17}[\\dXx]|\\d{15}")) { // anything shaped like an ID number, valid or not
            return idNumber(username);
        }
        if (Mobile.isValid(username)) {
            return mobile(username);
        }
        return username.length() > 32 ? username.substring(0, 32) + "…" : username;
    }
}
