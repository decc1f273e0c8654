package org.onevisit.certificate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The certificate's fields as stored in the register's {@code fields} column. */
final class CertificateFieldsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<CertificateField>> LIST = new TypeReference<>() {};

    private CertificateFieldsJson() {
    }

    static List<CertificateField> read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, LIST);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Unreadable certificate fields", e);
        }
    }

    static String write(List<CertificateField> fields) {
        try {
            return MAPPER.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values by key, for a renewal or change that carries them over. */
    static Map<String, String> values(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        List<CertificateField> fields = read(json);
        if (fields != null) {
            fields.forEach(f -> values.put(f.key(), f.value()));
        }
        return values;
    }
}
