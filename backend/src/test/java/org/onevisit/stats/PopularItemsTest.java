package org.onevisit.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevisit.application.Cases;

/** 常办事项: counted from the cases of the last year, never a fixed list; catalogue order fills and breaks ties. */
@QuarkusTest
class PopularItemsTest {

    @Inject
    PopularItems popular;

    @Test
    void itemsAreRankedByTheirCasesOfTheLastYearTiesInCatalogueOrder() {
        String applicant = Cases.enterprise();
        popular.forget();
        long before = count(Cases.ZERO_VISIT_ITEM);
        Cases.submitted(applicant, Cases.ZERO_VISIT_ITEM);
        Cases.submitted(applicant, Cases.ZERO_VISIT_ITEM);
        // kept for a few minutes: the new cases show once the counts are read again
        assertEquals(before, count(Cases.ZERO_VISIT_ITEM));
        popular.forget();
        assertEquals(before + 2, count(Cases.ZERO_VISIT_ITEM));

        given().when().get("/api/stats/popular-items").then().statusCode(200)
                .header("Cache-Control", equalTo("max-age=300")).body("items", hasSize(6));
        List<String> catalogue = given().queryParam("size", 100).when().get("/api/items").then().extract().path("items.code");
        JsonPath all = given().queryParam("limit", 20).when().get("/api/stats/popular-items").then().statusCode(200)
                .body("items", hasSize(20)).extract().jsonPath();
        List<String> codes = all.getList("items.code");
        List<Long> counts = all.getList("items.applications", Long.class);
        assertEquals(20, catalogue.size());
        assertEquals(new java.util.HashSet<>(catalogue), new java.util.HashSet<>(codes));
        for (int i = 1; i < codes.size(); i++) {
            assertTrue(counts.get(i - 1) >= counts.get(i), counts.toString());
            if (counts.get(i - 1).equals(counts.get(i))) {
                assertTrue(catalogue.indexOf(codes.get(i - 1)) < catalogue.indexOf(codes.get(i)), codes.toString());
            }
        }
        assertTrue(counts.get(codes.indexOf(Cases.ZERO_VISIT_ITEM)) >= 2);
    }

    @Test
    void theLimitIsCheckedAndTheAnswerIsPublic() {
        given().queryParam("limit", 3).when().get("/api/stats/popular-items").then().statusCode(200).body("items", hasSize(3))
                .body("since", org.hamcrest.Matchers.notNullValue());
        for (String bad : List.of("0", "21", "x", "-1", "9".repeat(40))) {
            given().queryParam("limit", bad).when().get("/api/stats/popular-items").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("limit"));
        }
    }

    private static long count(String code) {
        Object found = given().queryParam("limit", 20).when().get("/api/stats/popular-items").then().extract()
                .path("items.find { it.code == '" + code + "' }.applications");
        return found == null ? 0 : ((Number) found).longValue();
    }
}
