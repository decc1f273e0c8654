package org.onevisit.platform;

/**
 * Text the database can store: no NUL (PostgreSQL text cannot hold it) and no unpaired UTF-16
 * surrogate (it has no UTF-8 form). Every string from a request is checked against this once,
 * at the edge: the raw request line and headers ({@link RawRequestGuard}), JSON values and keys
 * ({@link StrictJson}) and form fields ({@link CleanStringParams}).
 */
public final class CleanText {

    private CleanText() {
    }

    public static boolean isClean(CharSequence text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
