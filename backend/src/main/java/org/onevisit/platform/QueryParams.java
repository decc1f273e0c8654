package org.onevisit.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads query parameters strictly: a value that is present but wrong is reported against its name
 * (never silently ignored), and all problems of one request are reported together.
 */
public final class QueryParams {

    private final List<Violation> violations = new ArrayList<>();

    public Optional<Boolean> bool(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        return switch (raw) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                violations.add(Violation.of(name, "param.boolean"));
                yield Optional.empty();
            }
        };
    }

    public int integer(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                violations.add(max == Integer.MAX_VALUE ? Violation.of(name, "param.min", min)
                        : Violation.of(name, "param.range", min, max));
                return fallback;
            }
            return value;
        } catch (NumberFormatException e) {
            violations.add(Violation.of(name, "param.integer"));
            return fallback;
        }
    }

    public <E extends Enum<E>> Optional<E> enumeration(String name, String raw, Class<E> type) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, raw));
        } catch (IllegalArgumentException e) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            violations.add(Violation.of(name, "param.enum", allowed));
            return Optional.empty();
        }
    }

    public Optional<String> text(String name, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        if (raw.length() > maxLength) {
            violations.add(Violation.of(name, "param.too-long", maxLength));
            return Optional.empty();
        }
        return Optional.of(raw.trim());
    }

    /** An ISO date (YYYY-MM-DD), or empty. */
    public Optional<java.time.LocalDate> date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.LocalDate.parse(raw.trim()));
        } catch (java.time.format.DateTimeParseException e) {
            violations.add(Violation.of(name, "param.date"));
            return Optional.empty();
        }
    }

    /** Reports a problem found by the caller's own check of the parameters. */
    public void reject(String name, String messageKey, Object... args) {
        violations.add(Violation.of(name, messageKey, args));
    }

    /** Throws a 400 problem naming every bad parameter, if there was any. */
    public void check() {
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
    }
}
