package org.onevisit.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every item's blank application form and filled sample, as PDFs from the public API. */
@QuarkusTest
class GuideDocumentsTest {

    static Stream<Arguments> documents() {
        return ShippedCatalogue.guides().stream().flatMap(g -> Stream.of(
                Arguments.of(g, "application-form.pdf", "申请书"), Arguments.of(g, "filled-sample.pdf", "填写样例")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("documents")
    void everyItemHasItsFormAndSampleAsPdf(Guide guide, String document, String suffix) throws IOException {
        Response response = given().when().get("/api/items/" + guide.code() + "/documents/" + document)
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("Cache-Control", equalTo("public, max-age=3600"))
                .header("ETag", notNullValue())
                .header("Content-Disposition", startsWith("attachment; filename="))
                .extract().response();
        byte[] pdf = response.asByteArray();
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        String disposition = response.header("Content-Disposition");
        String name = URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8);
        assertEquals(guide.name() + "-" + suffix + ".pdf", name);

        String text = compact(text(pdf));
        assertTrue(text.contains(compact(guide.name())), guide.code() + " names the item");
        for (Guide.FormField field : guide.form().fields()) {
            assertTrue(text.contains(compact(field.label())), guide.code() + " " + document + " lacks the field " + field.label());
        }
        for (Guide.Material material : guide.materials()) {
            assertTrue(text.contains(compact(material.name())), guide.code() + " lacks the material " + material.name());
        }
        assertTrue(text.contains("日期"), "a date line");
        if (document.startsWith("filled")) {
            assertTrue(text.contains("填写样例") && text.contains("SAMPLE"), "marked as a sample");
            for (Guide.FormField field : guide.form().fields()) {
                String value = field.type() == Guide.FieldType.CHECKBOX ? "☑" : compact(FormSamples.display(field));
                assertTrue(!value.isEmpty() && text.contains(value), guide.code() + " shows no example for " + field.label());
            }
        } else {
            assertTrue(text.contains("签字") && text.contains("盖章"), "signature and seal lines");
        }
    }

    @Test
    void anUnchangedDocumentIsNotSentAgain() {
        String code = ShippedCatalogue.codes().findFirst().orElseThrow();
        String etag = given().when().get("/api/items/" + code + "/documents/application-form.pdf")
                .then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/items/" + code + "/documents/application-form.pdf")
                .then().statusCode(304).header("Cache-Control", equalTo("public, max-age=3600"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application-form.pdf", "filled-sample.pdf"})
    void anUnknownItemIsA404Problem(String document) {
        given().when().get("/api/items/999999999999/documents/" + document)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("999999999999"));
    }

    @Test
    void anUnknownDocumentIsA404Problem() {
        String code = ShippedCatalogue.codes().findFirst().orElseThrow();
        given().when().get("/api/items/" + code + "/documents/nothing.pdf")
                .then().statusCode(404).contentType("application/problem+json");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Without white space: a long label may wrap inside its cell. */
    static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }
}
