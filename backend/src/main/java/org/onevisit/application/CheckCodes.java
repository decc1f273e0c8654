package org.onevisit.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/** Check codes (查询码) of cases: six random characters without look-alikes, read back in any case. */
public final class CheckCodes {

    /** No 0/O, 1/I/L: a code read over the phone or copied from paper comes out right. */
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 6;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CheckCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Whether {@code raw} has the shape of a code (letters and digits, the right length). */
    static boolean wellFormed(String raw) {
        return raw != null && FORMAT.matcher(raw.strip()).matches();
    }

    /** Compares in constant time, ignoring case and surrounding blanks. */
    static boolean matches(String stored, String given) {
        if (stored == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                given.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
