package org.onevisit.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every field of every shipped form has an example the form itself accepts. */
class FormSamplesTest {

    static Stream<Guide> guides() {
        return ShippedCatalogue.guides().stream();
    }

    @ParameterizedTest
    @MethodSource("guides")
    void everyFieldHasAValidExample(Guide guide) {
        for (Guide.FormField field : guide.form().fields()) {
            assertNotNull(FormSamples.value(field), guide.code() + " " + field.key());
        }
        Map<String, Object> data = new java.util.HashMap<>();
        guide.form().fields().forEach(f -> data.put(f.key(), FormSamples.value(f)));
        assertEquals(List.of(), FormValidator.validate(guide.form(), data, true), guide.code() + ": the whole sample is a valid submission");
    }

    @Test
    void anExampleTheFieldWouldRefuseIsNotOffered() {
        Guide.FormField strict = new Guide.FormField("unitName", "单位名称", Guide.FieldType.TEXT, true, null, "^X+$", null, null, null);
        assertNull(FormSamples.value(strict));
        assertEquals("", FormSamples.display(strict));
        Guide.FormField unknownText = new Guide.FormField("somethingNew", "新字段", Guide.FieldType.TEXT, false, null, null, null, null, null);
        assertNull(FormSamples.value(unknownText));
        Guide.FormField year = new Guide.FormField("someYear", "年度", Guide.FieldType.NUMBER, true, null, null, 2000.0, 2100.0, null);
        assertEquals("2000", FormSamples.display(year));
    }
}
