package org.onevisit.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * JSON kept as text in the database (form values, correction items, rating dimensions, event details),
 * read and written with the application's ObjectMapper. The text is always the system's own writing,
 * so a failure to read it is a bug, not bad input: it is thrown unchecked rather than answered.
 */
@ApplicationScoped
public class JsonText {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private final ObjectMapper mapper;

    public JsonText(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON object as a map; null text is the empty map. */
    public Map<String, Object> object(String json) {
        return json == null ? Map.of() : read(json, OBJECT);
    }

    /** Any JSON value as the given type, e.g. a record, an array or a {@link TypeReference} of a map. */
    public <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as a tree (for passing stored JSON through to a response unchanged); null stays null. */
    public JsonNode tree(String json) {
        try {
            return json == null ? null : mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request's JSON object as a map; null is the empty map. */
    public Map<String, Object> object(JsonNode node) {
        return node == null ? Map.of() : mapper.convertValue(node, OBJECT);
    }
}
