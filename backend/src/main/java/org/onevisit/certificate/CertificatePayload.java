package org.onevisit.certificate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a certificate states, and so everything its signature covers: a field printed on the
 * document but left out of here could be altered without the verification noticing.
 *
 * <p>{@link #canonicalBytes()} is the signed form: UTF-8 JSON with a fixed key order, no
 * insignificant white space and a format tag, so that it never depends on map ordering, locale or
 * a JSON library's settings, and can be re-created byte for byte by any verifier.
 *
 * @param number           the certificate number, unique per issuer (it is also the verification key)
 * @param type             what kind of document this is
 * @param title            the document's title as printed, e.g. 危险化学品经营许可证
 * @param itemCode         the service item's code in the catalogue
 * @param itemName         the service item's name
 * @param holderName       the holder: a company's or a person's name
 * @param holderIdentifier a unified social credit code, or a masked ID number: never a full ID number
 * @param scope            what is licensed or filed (free text, may hold line breaks)
 * @param issuer           the issuing body's name
 * @param issuedAt         the day of issue
 * @param validFrom        first day of validity
 * @param validTo          last day of validity, or {@code null} for no end (长期有效)
 * @param fields           what the certificate type prints besides (address, 经营方式, …), in order;
 *                         {@code null} only for certificates issued before fields existed (format 1)
 */
public record CertificatePayload(
        String number,
        CertificateType type,
        String title,
        String itemCode,
        String itemName,
        String holderName,
        String holderIdentifier,
        String scope,
        String issuer,
        LocalDate issuedAt,
        LocalDate validFrom,
        LocalDate validTo,
        List<CertificateField> fields) {

    /** Names the layout of {@link #canonicalBytes()}; a new layout gets a new tag, old ones stay verifiable. */
    public static final String FORMAT = "onevisit-certificate/2";
    /** The layout of certificates without fields, issued before format 2; they stay verifiable. */
    public static final String FORMAT_1 = "onevisit-certificate/1";

    /** A payload without a type's fields: the layout of certificates issued before them (format 1). */
    public CertificatePayload(String number, CertificateType type, String title, String itemCode, String itemName,
                              String holderName, String holderIdentifier, String scope, String issuer, LocalDate issuedAt,
                              LocalDate validFrom, LocalDate validTo) {
        this(number, type, title, itemCode, itemName, holderName, holderIdentifier, scope, issuer, issuedAt, validFrom,
                validTo, null);
    }

    public CertificatePayload {
        requireText(number, "number");
        Objects.requireNonNull(type, "type");
        requireText(title, "title");
        requireText(itemCode, "itemCode");
        requireText(itemName, "itemName");
        requireText(holderName, "holderName");
        requireText(holderIdentifier, "holderIdentifier");
        requireWellFormed(Objects.requireNonNull(scope, "scope"), "scope");
        requireText(issuer, "issuer");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo " + validTo + " is before validFrom " + validFrom);
        }
        if (fields != null) {
            fields = List.copyOf(fields);
            fields.forEach(f -> {
                requireWellFormed(f.key(), "fields.key");
                requireWellFormed(f.label(), "fields.label");
                requireWellFormed(f.value(), "fields.value");
            });
        }
    }

    /** The bytes that are signed; equal payloads give equal bytes, any difference gives different bytes. */
    public byte[] canonicalBytes() {
        StringBuilder json = new StringBuilder(512).append('{');
        field(json, "format", fields == null ? FORMAT_1 : FORMAT);
        field(json, "number", number);
        field(json, "type", type.name());
        field(json, "title", title);
        field(json, "itemCode", itemCode);
        field(json, "itemName", itemName);
        field(json, "holderName", holderName);
        field(json, "holderIdentifier", holderIdentifier);
        field(json, "scope", scope);
        field(json, "issuer", issuer);
        field(json, "issuedAt", issuedAt.toString());
        field(json, "validFrom", validFrom.toString());
        field(json, "validTo", validTo == null ? null : validTo.toString());
        if (fields != null) {
            quote(json, "fields");
            json.append(":[");
            for (CertificateField f : fields) {
                json.append('{');
                field(json, "key", f.key());
                field(json, "label", f.label());
                field(json, "value", f.value());
                json.setCharAt(json.length() - 1, '}');
                json.append(',');
            }
            if (!fields.isEmpty()) {
                json.setLength(json.length() - 1);
            }
            json.append("],");
        }
        json.setCharAt(json.length() - 1, '}');
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void field(StringBuilder json, String key, String value) {
        quote(json, key);
        json.append(':');
        if (value == null) {
            json.append("null");
        } else {
            quote(json, value);
        }
        json.append(',');
    }

    /** RFC 8259 string: only the characters that must be escaped are, the rest is plain UTF-8. */
    private static void quote(StringBuilder json, String s) {
        json.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        requireWellFormed(value, name);
    }

    /** Unpaired surrogates would all encode to '?' in UTF-8, so two different payloads could sign alike. */
    private static void requireWellFormed(String value, String name) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(name + " holds an unpaired surrogate at index " + i);
            }
        }
    }
}
