package org.onevisit.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.onevisit.platform.ProblemException;

/**
 * Publishing a guide: validation before anything is stored, versions only go up, and the cached
 * catalogue follows a publication at once. Works on the last item so the other tests' items stay as shipped.
 */
@QuarkusTest
class CatalogPublishTest {

    @Inject
    CatalogService catalog;

    @Inject
    ObjectMapper mapper;

    String code() {
        return given().when().get("/api/items?page=19&size=1").then().extract().path("items[0].code");
    }

    ObjectNode current(String code) {
        String json = given().when().get("/api/items/" + code).then().statusCode(200).extract().asString();
        try {
            ObjectNode node = (ObjectNode) mapper.readTree(json);
            node.remove(java.util.List.of("zeroVisit", "maxOneVisit", "online"));
            return node;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    Throwable publishFails(ObjectNode node) throws Throwable {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Guide guide = catalog.read(node.toString());
        try {
            VertxContextSupport.subscribeAndAwait(() -> catalog.publish(guide, "test"));
        } catch (Throwable t) {
            failure.set(t);
        }
        assertTrue(failure.get() != null, "publication should have failed");
        return failure.get();
    }

    void publish(ObjectNode node) throws Throwable {
        Guide guide = catalog.read(node.toString());
        VertxContextSupport.subscribeAndAwait(() -> catalog.publish(guide, "test"));
    }

    @Test
    void anInvalidGuideIsRejectedAndNothingIsStored() throws Throwable {
        String code = code();
        ObjectNode node = current(code);
        int version = node.get("version").asInt();
        node.put("version", version + 1);
        node.put("promisedDays", 999);
        ((ObjectNode) node.get("materials").get(0)).put("name", "营业执照等材料");
        ProblemException problem = assertInstanceOf(ProblemException.class, publishFails(node));
        assertEquals(422, problem.status());
        assertEquals("invalid-guide", problem.type());
        assertTrue(problem.violations().stream().anyMatch(v -> v.field().equals("materials[0].name")));
        given().when().get("/api/items/" + code).then().body("version", equalTo(version));
        // the same version number is still free: nothing was half-written
        ObjectNode valid = current(code);
        valid.put("version", version + 1);
        publish(valid);
        given().when().get("/api/items/" + code).then().body("version", equalTo(version + 1));
    }

    @Test
    void versionsOnlyGoUp() throws Throwable {
        String code = code();
        ObjectNode node = current(code);
        ProblemException problem = assertInstanceOf(ProblemException.class, publishFails(node));
        assertEquals(409, problem.status());
    }

    @Test
    void aNewVersionIsServedAtOnceAndAFutureOneOnlyWhenItTakesEffect() throws Throwable {
        String code = code();
        ObjectNode node = current(code);
        int version = node.get("version").asInt();
        given().when().get("/api/items/" + code).then().body("version", equalTo(version)); // now cached

        ObjectNode future = current(code);
        future.put("version", version + 1);
        future.put("effectiveDate", LocalDate.now(CatalogService.ZONE).plusDays(30).toString());
        publish(future);
        given().when().get("/api/items/" + code).then().body("version", equalTo(version));

        ObjectNode now = current(code);
        now.put("version", version + 2);
        now.put("theme", "安全生产（修订）");
        publish(now);
        given().when().get("/api/items/" + code).then().body("version", equalTo(version + 2)).body("theme", equalTo("安全生产（修订）"));
        given().when().get("/api/items").then().body("total", equalTo(20));
    }

    @Test
    void aGuideWithAnUnknownOrMissingElementCannotBeRead() {
        String code = code();
        ObjectNode unknown = current(code);
        unknown.put("colour", "red");
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> catalog.read(unknown.toString()));
        ObjectNode missing = current(code);
        missing.remove("visits");
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> catalog.read(missing.toString()));
    }
}
