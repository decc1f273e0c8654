package org.onevisit.certificate;

import java.util.Objects;

/**
 * One printed line of a certificate beyond its holder: e.g. 经营方式 批发（不带储存设施）. Signed with the rest.
 *
 * @param key   the field's key in the certificate type (stable: a renewal reads the previous value by it)
 * @param label the printed label, the licence's own wording
 * @param value the printed value
 */
public record CertificateField(String key, String label, String value) {

    public CertificateField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
