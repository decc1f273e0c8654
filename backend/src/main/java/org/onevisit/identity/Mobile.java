package org.onevisit.identity;

import java.util.regex.Pattern;

/** Mainland China mobile numbers: 11 digits starting 13–19. */
public final class Mobile {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private Mobile() {
    }

    public static boolean isValid(String mobile) {
        return mobile != null && MOBILE.matcher(mobile).matches();
    }
}
