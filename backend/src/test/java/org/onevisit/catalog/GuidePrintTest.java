package org.onevisit.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every item's guide, as JSON and as the printable page, and the page of a guide with every optional element left out. */
@QuarkusTest
class GuidePrintTest {

    static Stream<String> codes() {
        return ShippedCatalogue.codes();
    }

    static Stream<Guide> guides() {
        return ShippedCatalogue.guides().stream();
    }

    @ParameterizedTest
    @MethodSource("codes")
    void everyItemHasItsGuideAsJsonAndAsAPrintablePage(String code) {
        String name = given().when().get("/api/items/" + code)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("code", equalTo(code))
                .extract().path("name");
        String html = given().when().get("/api/items/" + code + "/guide")
                .then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("<title>" + name))
                .extract().asString();
        assertTrue(html.contains("<h1>" + name + "</h1>"), code);
        for (String document : List.of("application-form.pdf", "filled-sample.pdf", "result-sample.pdf")) {
            assertTrue(html.contains("href=\"/api/items/" + code + "/documents/" + document + "\""), code + " links " + document);
        }
        Guide guide = ShippedCatalogue.guides().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
        GuideDocuments.formMaterial(guide).ifPresent(m -> assertTrue(
                html.contains("documents/application-form.pdf\">" + m.blankForm()), code + ": the form material links its blank form"));
        assertNoLeaks(code, html);
    }

    /** Each shipped guide stripped of everything optional (null) still passes validation and prints. */
    @ParameterizedTest
    @MethodSource("guides")
    void aGuideWithoutItsOptionalElementsPrints(Guide shipped) throws Exception {
        Guide bare = withoutOptionals(shipped, false);
        assertEquals(List.of(), GuideValidator.validate(bare), "the stripped guide is still valid");
        String html = ItemResource.Templates.guide(bare, LocalDate.of(2026, 12, 6)).render();
        assertTrue(html.contains("法律法规未规定"), "an unset statutory limit is named");
        if (bare.specialProcedures() == null || bare.specialProcedures().isEmpty()) {
            assertTrue(html.contains("特别程序</strong>（所需时间不计入办理时限）：无"));
        }
        assertNoLeaks(shipped.code(), html);
    }

    /** The same with empty lists instead of null ones. */
    @ParameterizedTest
    @MethodSource("guides")
    void aGuideWithEmptyOptionalListsPrints(Guide shipped) throws Exception {
        Guide bare = withoutOptionals(shipped, true);
        assertEquals(List.of(), GuideValidator.validate(bare));
        String html = ItemResource.Templates.guide(bare, LocalDate.of(2026, 12, 6)).render();
        assertEquals(shipped.type() != Guide.ItemType.LICENSING, html.contains("暂无。"), "no questions yet, where allowed");
        assertNoLeaks(shipped.code(), html);
    }

    /** No unrendered expression, Java null or Qute's NOT_FOUND in what a reader sees (the style sheet has braces). */
    static void assertNoLeaks(String code, String html) {
        String body = html.substring(html.indexOf("<body"));
        for (String leak : List.of("{", "}", "null", "NOT_FOUND", "undefined")) {
            assertFalse(body.contains(leak), code + ": the page shows " + leak);
        }
    }

    /** The guide with every element that GuideValidator lets go left out: null, or an empty list when {@code emptyLists}. */
    static Guide withoutOptionals(Guide g, boolean emptyLists) throws Exception {
        ObjectNode n = ShippedCatalogue.JSON.valueToTree(g);
        for (String field : List.of("mainItem", "cancellationDate", "delegatingBody", "statutoryDays", "statutoryExtensionDays")) {
            n.putNull(field);
        }
        n.withArray("legalBases").forEach(b -> ((ObjectNode) b).putNull("text"));
        for (var m : n.withArray("materials")) {
            for (String field : List.of("notRequiredWhen", "sourceDetail", "blankForm", "sample", "fillingNotes")) {
                ((ObjectNode) m).putNull(field);
            }
        }
        for (var s : n.withArray("steps")) {
            ((ObjectNode) s).putNull("department").putNull("days").putNull("description");
        }
        for (var f : n.withArray("/form/fields")) {
            ((ObjectNode) f).putNull("help");
        }
        // a visit at a site check or a meeting rests on the special procedure the law requires: not optional there
        String moment = n.path("visitMoment").asText("");
        if (!moment.equals("SITE_CHECK") && !moment.equals("MEETING")) {
            list(n, "specialProcedures", emptyLists);
        }
        ObjectNode fee = (ObjectNode) n.get("fee");
        fee.put("charged", false).putNull("reductions");
        list(fee, "items", emptyLists);
        ObjectNode channels = (ObjectNode) n.get("channels");
        channels.putNull("onlineUrl");
        ObjectNode center = (ObjectNode) n.get("serviceCenter");
        center.put("inServiceCenter", false).putNull("hall").putNull("window");
        ObjectNode cityWide = (ObjectNode) n.get("cityWide");
        cityWide.put("enabled", false).putNull("scope");
        list(cityWide, "acceptingWindows", emptyLists);
        ((ObjectNode) n.get("result")).putNull("validity");
        ((ObjectNode) n.get("contact")).putNull("consultationOnline").putNull("complaintOnline");
        if (emptyLists && g.type() != Guide.ItemType.LICENSING) {
            n.set("faq", n.arrayNode());
        }
        return ShippedCatalogue.JSON.treeToValue(n, Guide.class);
    }

    private static void list(ObjectNode node, String field, boolean empty) {
        if (empty) {
            node.set(field, (ArrayNode) node.arrayNode());
        } else {
            node.putNull(field);
        }
    }
}
