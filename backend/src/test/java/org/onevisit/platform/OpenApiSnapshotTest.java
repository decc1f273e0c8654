package org.onevisit.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The frontend's API types are generated from a committed copy of the OpenAPI document; this fails
 * when the API changed and the copy did not. To refresh: start the app, then
 * {@code curl -s 'http://localhost:8080/q/openapi?format=json' > frontend/src/api/openapi.json && npm run gen:api}.
 */
@QuarkusTest
class OpenApiSnapshotTest {

    @Test
    void theFrontendsCopyOfTheApiIsCurrent() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode live = json.readTree(given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        JsonNode copy = json.readTree(Files.readString(Path.of("../frontend/src/api/openapi.json")));
        assertEquals(live.get("paths"), copy.get("paths"), "paths differ: refresh frontend/src/api/openapi.json");
        assertEquals(live.get("components"), copy.get("components"), "schemas differ: refresh frontend/src/api/openapi.json");
    }
}
