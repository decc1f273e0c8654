package org.onevisit.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Without the app (Quinoa is off in tests) the filter still answers missing files and leaves the API alone. */
@QuarkusTest
class SpaServingTest {

    @ParameterizedTest
    @ValueSource(strings = {"/assets/nope-123.js", "/favicon-missing.png", "/assets/../assets/x.css"})
    void aMissingFileIsA404Problem(String path) {
        given().urlEncodingEnabled(false).when().get(path)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("Cache-Control", "no-cache")
                .body("status", equalTo(404));
    }

    @Test
    void theApiKeepsItsOwnAnswersAndCaching() {
        given().when().get("/api/no-such-thing").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/items").then().statusCode(200).header("Cache-Control", containsString("max-age=60"));
        given().when().get("/api/items/nope.js").then().statusCode(404).contentType("application/problem+json");
    }
}
