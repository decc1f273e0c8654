package org.onevisit.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.onevisit.catalog.Guide.FieldType;
import org.onevisit.catalog.Guide.FormField;
import org.onevisit.identity.CreditCode;
import org.onevisit.identity.IdNumber;
import org.onevisit.identity.Mobile;
import org.onevisit.platform.Violation;

/**
 * Checks an application's form data against the item's form definition, the same rules the SPA
 * applies: every problem is reported, named {@code formData.<key>}. A draft may be incomplete
 * ({@code complete = false} skips the required check); a submission may not.
 */
public final class FormValidator {

    static final int DEFAULT_TEXT_MAX = 200;
    static final int DEFAULT_TEXTAREA_MAX = 2000;

    private FormValidator() {
    }

    public static List<Violation> validate(Guide.Form form, Map<String, Object> data, boolean complete) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Object> values = data == null ? Map.of() : data;
        Set<String> known = new HashSet<>();
        for (FormField field : form.fields()) {
            known.add(field.key());
            String at = "formData." + field.key();
            Object value = values.get(field.key());
            if (isEmpty(value)) {
                if (complete && field.required()) {
                    violations.add(Violation.of(at, "form.required"));
                }
                continue;
            }
            String problem = check(field, value);
            if (problem != null) {
                violations.add(Violation.of(at, problem, bound(field.min() == null ? 0.0 : field.min()),
                        bound(field.max() != null ? field.max() : (double) defaultMax(field))));
            } else if (complete && field.required() && field.type() == FieldType.CHECKBOX && !Boolean.TRUE.equals(value)) {
                violations.add(Violation.of(at, "form.required"));
            }
        }
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                violations.add(Violation.of("formData." + key, "form.unknown"));
            }
        }
        return violations;
    }

    /** The message key of what is wrong with a present value, or null. */
    private static String check(FormField field, Object value) {
        switch (field.type()) {
            case NUMBER -> {
                if (!(value instanceof Number n)) {
                    return "form.number";
                }
                double d = n.doubleValue();
                return (field.min() != null && d < field.min()) || (field.max() != null && d > field.max()) ? "form.range" : null;
            }
            case CHECKBOX -> {
                return value instanceof Boolean ? null : "form.checkbox";
            }
            default -> {
                if (!(value instanceof String s)) {
                    return "form.text";
                }
                return checkText(field, s.strip());
            }
        }
    }

    private static String checkText(FormField field, String s) {
        switch (field.type()) {
            case DATE -> {
                try {
                    LocalDate.parse(s);
                    return null;
                } catch (DateTimeParseException e) {
                    return "form.date";
                }
            }
            case SELECT -> {
                return field.options() != null && field.options().contains(s) ? null : "form.option";
            }
            case MOBILE -> {
                return Mobile.isValid(s) ? null : "mobile.invalid";
            }
            case CREDIT_CODE -> {
                return CreditCode.isValid(s.toUpperCase()) ? null : "creditCode.invalid";
            }
            case ID_NUMBER -> {
                return IdNumber.isValid(s.toUpperCase()) ? null : "idNumber.invalid";
            }
            default -> {
                double max = field.max() != null ? field.max() : defaultMax(field);
                double min = field.min() != null ? field.min() : 0;
                if (s.length() < min || s.length() > max) {
                    return "form.length";
                }
                return field.pattern() != null && !Pattern.compile(field.pattern()).matcher(s).matches() ? "form.pattern" : null;
            }
        }
    }

    private static int defaultMax(FormField field) {
        return field.type() == FieldType.TEXTAREA ? DEFAULT_TEXTAREA_MAX : DEFAULT_TEXT_MAX;
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }

    private static Object bound(double value) {
        return value % 1 == 0 ? Long.toString((long) value) : Double.toString(value);
    }
}
