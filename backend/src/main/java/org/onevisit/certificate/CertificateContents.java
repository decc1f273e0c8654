package org.onevisit.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onevisit.catalog.Guide;
import org.onevisit.certificate.CertificateTypes.Definition;
import org.onevisit.certificate.CertificateTypes.FieldDefinition;
import org.onevisit.identity.Account;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.Violation;

/**
 * Fills a certificate type's fields from their sources (the case's form, the holder's account, the
 * previous certificate, the guide, fixed wording) and refuses, naming each, the required ones left empty.
 */
final class CertificateContents {

    private CertificateContents() {
    }

    /** What the sources hold for one certificate. {@code account} and {@code previous} may be null or empty. */
    record Sources(Map<String, Object> form, Account account, Guide guide, Map<String, String> previous) {}

    static List<CertificateField> resolve(Definition type, Sources sources) {
        List<CertificateField> fields = new ArrayList<>();
        List<Violation> missing = new ArrayList<>();
        for (FieldDefinition f : type.fields()) {
            String value = value(f, sources);
            if (value != null) {
                fields.add(new CertificateField(f.key(), f.label(), value));
            } else if (f.required()) {
                missing.add(Violation.of("certificate." + f.key(), "certificate.field-missing", f.label()));
            }
        }
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable("certificate-incomplete", missing);
        }
        return fields;
    }

    /** The scope field's value: what the public verification shows of the certificate's content. */
    static String scope(Definition type, List<CertificateField> fields) {
        String key = type.fields().stream().filter(FieldDefinition::scope).findFirst().orElseThrow().key();
        return fields.stream().filter(f -> f.key().equals(key)).map(CertificateField::value).findFirst().orElse("");
    }

    private static String value(FieldDefinition f, Sources s) {
        for (String source : f.from()) {
            int colon = source.indexOf(':');
            String kind = source.substring(0, colon);
            String name = source.substring(colon + 1);
            String raw = switch (kind) {
                case "form" -> text(s.form() == null ? null : s.form().get(name));
                case "account" -> s.account() == null ? null : switch (name) {
                    case "address" -> s.account().address;
                    case "legalRepresentative" -> s.account().legalRepresentative;
                    case "name" -> s.account().name;
                    default -> throw new IllegalStateException("Unknown account source " + source);
                };
                case "previous" -> s.previous() == null ? null : s.previous().get(name);
                case "guide" -> switch (name) {
                    case "implementingBody" -> s.guide().implementingBody().name();
                    case "mainItem" -> s.guide().mainItem();
                    default -> throw new IllegalStateException("Unknown guide source " + source);
                };
                case "text" -> name;
                default -> throw new IllegalStateException("Unknown source " + source);
            };
            if (raw != null && !raw.isBlank()) {
                // a previous certificate's value already carries its suffix
                return kind.equals("previous") || f.suffix() == null || raw.strip().endsWith(f.suffix())
                        ? raw.strip() : raw.strip() + f.suffix();
            }
        }
        return null;
    }

    private static String text(Object value) {
        if (value == null || value instanceof Boolean) {
            return null;
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return String.valueOf(n.longValue());
        }
        return String.valueOf(value);
    }
}
