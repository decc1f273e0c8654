package org.onevisit.platform.storage;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.Violation;

/**
 * The name a user gave an uploaded file. It is only ever shown and offered back as the download
 * name, never used as a path (files are stored under generated ids), yet anything that looks like a
 * path or could fool a reader is refused.
 */
public final class SafeFileName {

    /** Longest accepted name, in characters (code points). */
    public static final int MAX_LENGTH = 120;
    static final String FIELD = "file";
    static final String MESSAGE_KEY = "file.name";
    private static final String FALLBACK_BASE = "file";

    private SafeFileName() {
    }

    /**
     * The cleaned display name (surrounding white space removed, Unicode NFC).
     *
     * @throws ProblemException 400 with a violation {@code file}/{@code file.name} when the name is
     *         blank, longer than {@value #MAX_LENGTH} characters, starts with a dot, contains
     *         {@code /}, {@code \} or {@code ..}, or contains control or invisible formatting characters
     */
    public static String check(String name) {
        if (name == null) {
            throw invalid();
        }
        String cleaned = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        if (cleaned.isEmpty()
                || cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH
                || cleaned.startsWith(".")
                || cleaned.contains("/")
                || cleaned.contains("\\")
                || cleaned.contains("..")
                || cleaned.codePoints().anyMatch(SafeFileName::isForbidden)) {
            throw invalid();
        }
        return cleaned;
    }

    /**
     * A {@code Content-Disposition} value offering the file for download under its name (RFC 6266):
     * an ASCII fallback in {@code filename} for old clients (no quote, backslash, percent sign or
     * non-ASCII character in it) and the exact name, UTF-8 and percent-encoded, in {@code filename*}
     * (RFC 8187, formerly 5987).
     */
    public static String contentDisposition(String name) {
        Objects.requireNonNull(name, "name");
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + percentEncode(name);
    }

    /** The same for a page of our own making shown in the browser (a printable notice), saved under {@code name}. */
    public static String inlineDisposition(String name) {
        Objects.requireNonNull(name, "name");
        return "inline; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + percentEncode(name);
    }

    private static boolean isForbidden(int c) {
        return switch (Character.getType(c)) {
            // controls, invisible format characters (bidi overrides that disguise an extension,
            // zero-width characters), lone surrogates, line and paragraph separators
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    static String asciiFallback(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' ? (char) c : '_'));
        String fallback = out.toString().strip();
        int dot = fallback.lastIndexOf('.');
        String base = dot < 0 ? fallback : fallback.substring(0, dot);
        String extension = dot < 0 ? "" : fallback.substring(dot);
        if (base.chars().noneMatch(Character::isLetterOrDigit)) {
            // nothing readable left (a Chinese name): a neutral name with the original extension
            base = FALLBACK_BASE;
            if (!extension.matches("\\.[A-Za-z0-9]{1,10}")) {
                extension = "";
            }
        }
        return base + extension;
    }

    /** RFC 8187 value-chars: attr-char as is, every other UTF-8 byte as %XX. */
    static String percentEncode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isAttrChar(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isAttrChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }

    private static ProblemException invalid() {
        return ProblemException.badRequest(List.of(Violation.of(FIELD, MESSAGE_KEY)));
    }
}
