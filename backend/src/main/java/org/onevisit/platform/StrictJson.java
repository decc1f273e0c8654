package org.onevisit.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Request JSON is read strictly: a key given twice is an error (which value would win is not the
 * caller's guess to make), and no string value or key may hold NUL or an unpaired surrogate.
 * Both failures are Jackson exceptions, which {@link ProblemMappers} answers with 400.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        SimpleModule module = new SimpleModule("onevisit-clean-text");
        module.addDeserializer(String.class, new CleanStrings());
        module.addDeserializer(JsonNode.class, new CleanTree<>(JsonNode.class));
        module.addDeserializer(ObjectNode.class, new CleanTree<>(ObjectNode.class));
        module.addDeserializer(ArrayNode.class, new CleanTree<>(ArrayNode.class));
        mapper.registerModule(module);
    }

    static final class CleanStrings extends StdDeserializer<String> {
        CleanStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (!CleanText.isClean(value)) {
                return (String) ctxt.handleWeirdStringValue(String.class, value, "text holds NUL or an unpaired surrogate");
            }
            return value;
        }
    }

    /** A free-form tree (form data): every key and text value in it is checked. */
    static final class CleanTree<T extends JsonNode> extends StdDeserializer<T> {
        private final Class<T> type;

        CleanTree(Class<T> type) {
            super(type);
            this.type = type;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonDeserializer<?> standard = com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer.getDeserializer(type);
            T tree = (T) standard.deserialize(p, ctxt);
            if (!isClean(tree)) {
                return (T) ctxt.handleWeirdStringValue(type, "", "text holds NUL or an unpaired surrogate");
            }
            return tree;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T getNullValue(DeserializationContext ctxt) {
            return (T) (type == JsonNode.class ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : null);
        }

        private static boolean isClean(JsonNode node) {
            if (node.isTextual()) {
                return CleanText.isClean(node.textValue());
            }
            if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    if (!CleanText.isClean(field.getKey()) || !isClean(field.getValue())) {
                        return false;
                    }
                }
            }
            if (node.isArray()) {
                for (JsonNode element : node) {
                    if (!isClean(element)) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
