package org.onevisit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The packaged jar serves the single-page app, the API and the Quarkus endpoints on one port. */
@QuarkusIntegrationTest
class PackagedAppIT {

    @Test
    void servesTheSinglePageApp() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<div id=\"app\""));
    }

    @Test
    void deepLinksOfTheAppAreServedByItsIndexPage() {
        given().when().get("/items/010019600100")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<div id=\"app\""));
    }

    @Test
    void apiAndQuarkusEndpointsAreNotSwallowedByTheApp() {
        given().when().get("/api/stats/catalogue").then().statusCode(200).body("total", equalTo(20));
        given().when().get("/api/no-such-thing").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/items/xyz", "/items/010019600100", "/my/applications"})
    void theIndexPageAndEveryAppRouteAreRevalidated(String path) {
        given().when().get(path)
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", equalTo("no-cache"))
                .body(containsString("<div id=\"app\""));
    }

    @Test
    void hashedAssetsAreKeptForAYear() {
        String index = given().when().get("/").then().statusCode(200).extract().asString();
        Matcher asset = Pattern.compile("(?:src|href)=\"(/assets/[^\"]+)\"").matcher(index);
        int found = 0;
        while (asset.find()) {
            found++;
            given().when().get(asset.group(1))
                    .then().statusCode(200)
                    .header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
        }
        org.junit.jupiter.api.Assertions.assertTrue(found > 0, "the index page names its bundles");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/assets/nope-123.js", "/assets/index-nope.css", "/favicon-missing.png", "/items/nope.js"})
    void aMissingFileIsA404NotTheAppPage(String path) {
        given().when().get(path)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body(not(containsString("<div id=\"app\"")));
    }

    @Test
    void unknownApiPathsStayProblems() {
        given().when().get("/api/items/nope/more").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/x.js").then().statusCode(404).contentType("application/problem+json");
    }
}
