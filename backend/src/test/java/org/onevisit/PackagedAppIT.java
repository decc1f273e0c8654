package org.onevisit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

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
}
