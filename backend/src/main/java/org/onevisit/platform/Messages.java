package org.onevisit.platform;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/** User-facing messages in Chinese (default) and English, from {@code messages/problems*.properties}. */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "messages.problems";

    private Messages() {
    }

    /** Chinese unless the caller prefers English (Accept-Language). */
    public static Locale pick(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(locale.getLanguage())) {
                return CHINESE;
            }
        }
        return CHINESE;
    }

    /** As {@link #pick}, but a malformed Accept-Language (say {@code en;q=abc}) means "no preference". */
    public static Locale pickSafely(Supplier<List<Locale>> acceptable) {
        try {
            return pick(acceptable.get());
        } catch (RuntimeException e) {
            return CHINESE;
        }
    }

    public static String get(Locale locale, String key, List<Object> args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(args.toArray());
    }
}
