package org.onevisit.platform;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Text parameters (form fields of an upload, and any path, query or header value the raw-request
 * guard did not already refuse) are clean text, or the request is refused with 400.
 */
@Provider
public class CleanStringParams implements ParamConverterProvider {

    private static final ParamConverter<String> CLEAN = new ParamConverter<>() {
        @Override
        public String fromString(String value) {
            if (!CleanText.isClean(value)) {
                throw ProblemException.badRequest(List.of(Violation.of("parameter", "field.malformed")));
            }
            return value;
        }

        @Override
        public String toString(String value) {
            return value;
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == String.class ? (ParamConverter<T>) CLEAN : null;
    }
}
