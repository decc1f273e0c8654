package org.onevisit.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.onevisit.catalog.Guide.FormField;

/**
 * Example values for the fields of an application form, as the filled sample (填写样例) shows them: from
 * {@code catalog/form-samples.properties} by field key, else derived from the field's type. A value is
 * only ever offered if it passes the field's own checks ({@link FormValidator}), so a sample never
 * teaches a value the form would refuse; a field with no valid example is left blank.
 */
public final class FormSamples {

    static final String RESOURCE = "/catalog/form-samples.properties";
    /** The demo enterprise's code, the demo citizen's ID number and mobile: valid, and recognisably examples. */
    static final String CREDIT_CODE = "91330282MA2CX1A7U1";
    static final String ID_NUMBER = "330282199001011231";
    static final String MOBILE = "13805740001";
    static final String DATE = "2026-01-15";

    private static final Map<String, String> BY_KEY = load();

    private FormSamples() {
    }

    /** The value as the form's data would hold it (text, number or boolean), or null if none is valid. */
    public static Object value(FormField field) {
        Object candidate = candidate(field);
        if (candidate == null) {
            return null;
        }
        boolean valid = FormValidator.validate(new Guide.Form(List.of(field)), Map.of(field.key(), candidate), true).isEmpty();
        return valid ? candidate : null;
    }

    /** The value as printed on the sample; empty when there is none. */
    public static String display(FormField field) {
        Object value = value(field);
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "☑ 是" : "☐ 否";
        }
        if (value instanceof BigDecimal n) {
            return n.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static Object candidate(FormField field) {
        String listed = BY_KEY.get(field.key());
        return switch (field.type()) {
            case NUMBER -> listed != null ? number(listed) : derivedNumber(field);
            case CHECKBOX -> Boolean.TRUE;
            case SELECT -> listed != null ? listed
                    : field.options() == null || field.options().isEmpty() ? null : field.options().get(0);
            case CREDIT_CODE -> listed != null ? listed : CREDIT_CODE;
            case ID_NUMBER -> listed != null ? listed : ID_NUMBER;
            case MOBILE -> listed != null ? listed : MOBILE;
            case DATE -> listed != null ? listed : DATE;
            default -> listed;
        };
    }

    /** A round number inside the field's bounds. */
    private static Object derivedNumber(FormField field) {
        double min = field.min() == null ? 0 : field.min();
        double max = field.max() == null ? Double.MAX_VALUE : field.max();
        for (double d : new double[] {10, 1, min}) {
            if (d >= min && d <= max) {
                return BigDecimal.valueOf(d);
            }
        }
        return null;
    }

    private static Object number(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, String> load() {
        try (InputStream in = FormSamples.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Map.of();
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p.stringPropertyNames().stream().collect(Collectors.toUnmodifiableMap(k -> k, k -> p.getProperty(k).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
