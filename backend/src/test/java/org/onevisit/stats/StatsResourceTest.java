package org.onevisit.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatsResourceTest {

    @Test
    void coverageFiguresAreThoseOfTheReport() {
        given().when().get("/api/stats/catalogue")
                .then().statusCode(200)
                .body("total", equalTo(20))
                .body("byType.LICENSING", equalTo(9))
                .body("byType.REVIEW_AND_FORWARD", equalTo(1))
                .body("byType.OTHER", equalTo(10))
                .body("maxOneVisit.count", equalTo(20))
                .body("maxOneVisit.rate", equalTo(1.0f))
                .body("online.count", equalTo(20))
                .body("online.rate", equalTo(1.0f))
                .body("inServiceCenter.count", equalTo(20))
                .body("inServiceCenter.rate", equalTo(1.0f))
                .body("zeroVisit.count", equalTo(7))
                .body("zeroVisit.rate", equalTo(0.35f))
                .body("cityWide.count", equalTo(7))
                .body("cityWide.rate", equalTo(0.35f));
    }
}
