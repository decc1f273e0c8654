package org.onevisit.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

/** The default catalogue as shipped ({@code catalog/items-2018.json}): tests that must cover every item read it here. */
public final class ShippedCatalogue {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private ShippedCatalogue() {
    }

    public static List<Guide> guides() {
        try (InputStream in = ShippedCatalogue.class.getResourceAsStream("/catalog/items-2018.json")) {
            return List.of(JSON.readValue(in, Guide[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The item codes, for {@code @MethodSource}. */
    public static Stream<String> codes() {
        return guides().stream().map(Guide::code);
    }
}
