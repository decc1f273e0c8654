package org.onevisit.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health, OpenAPI, metrics and the embedded database's settings. */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void readinessReportsTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Reactive PostgreSQL")));
    }

    @Test
    void openApiDocumentsEveryEndpoint() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/items'.get", notNullValue())
                .body("paths.'/api/items/{code}'.get", notNullValue())
                .body("paths.'/api/items/{code}/guide'.get", notNullValue())
                .body("paths.'/api/stats/catalogue'.get", notNullValue());
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void metricsArePrometheusText() {
        given().when().get("/api/items").then().statusCode(200);
        given().auth().oauth2("test-metrics-token").when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void metricsAreOnlyForTheOperatorsScraper() {
        given().when().get("/q/metrics")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().auth().oauth2("wrong").when().get("/q/metrics").then().statusCode(401);
        given().auth().oauth2("test-metrics-token-and-more").when().get("/q/metrics").then().statusCode(401);
        given().when().get("/q/metrics/extra").then().statusCode(401);
        given().when().get("/q/health/ready").then().statusCode(200); // health stays public
    }

    @Test
    void securityHeadersAreSent() {
        given().when().get("/api/items")
                .then().header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY");
    }
}
