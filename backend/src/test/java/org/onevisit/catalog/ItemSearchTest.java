package org.onevisit.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Searching by the words people use (synonyms, abbreviations) and being offered close names when nothing matched. */
@QuarkusTest
class ItemSearchTest {

    /** Every pair of terms of every shipped synonym group, each way round. */
    static Stream<Arguments> pairs() throws IOException {
        try (InputStream in = ItemSearchTest.class.getResourceAsStream("/catalog/synonyms.txt")) {
            List<Arguments> pairs = new ArrayList<>();
            for (Set<String> group : Synonyms.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                for (String a : group) {
                    for (String b : group) {
                        if (!a.equals(b)) {
                            pairs.add(Arguments.of(a, b));
                        }
                    }
                }
            }
            return pairs.stream();
        }
    }

    @ParameterizedTest(name = "{0} finds what {1} finds")
    @MethodSource("pairs")
    void aTermFindsWhatItsSynonymFinds(String term, String synonym) {
        Set<String> found = codes(term);
        assertFalse(found.isEmpty(), term + " finds something");
        assertEquals(codes(synonym), found);
    }

    @ParameterizedTest
    @CsvSource({
            "危化品, 010019600100",
            "危化品经营许可证, 010019600100",
            "职业卫生, 100010700000",
            "烟花, 010019700000",
            "易制毒, 100010300000",
            "特种作业证, 010020200000",
            "安评, 100010400000",
            "应急预案, 100010100000",
            "危化品 备案, 100010200000",
    })
    void theUsualAbbreviationsFindTheirItems(String q, String code) {
        given().queryParam("q", q).when().get("/api/items?size=100")
                .then().statusCode(200)
                .body("items.code", hasItem(code))
                .body("suggestions", empty());
    }

    @Test
    void aTypoFindsNothingButSuggestsCloseNames() {
        given().queryParam("q", "危险化学晶经营许可").when().get("/api/items")
                .then().statusCode(200)
                .body("total", equalTo(0))
                .body("items", empty())
                .body("suggestions", not(empty()))
                .body("suggestions.size()", org.hamcrest.Matchers.lessThanOrEqualTo(5))
                .body("suggestions[0].name", org.hamcrest.Matchers.containsString("危险化学品经营许可证"))
                .body("suggestions[0].code", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void nothingCloseSuggestsNothingAndIsNoError() {
        given().queryParam("q", "xyz").when().get("/api/items")
                .then().statusCode(200).body("total", equalTo(0)).body("suggestions", empty());
    }

    @Test
    void anEmptyQueryListsEverything() {
        given().queryParam("q", "").when().get("/api/items?size=100")
                .then().statusCode(200).body("total", equalTo(20)).body("items", hasSize(20)).body("suggestions", empty());
        given().queryParam("q", "   ").when().get("/api/items?size=100")
                .then().statusCode(200).body("total", equalTo(20));
    }

    @Test
    void anOversizedQueryIsA400Problem() {
        given().queryParam("q", "危化品".repeat(34)).when().get("/api/items")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("q"));
    }

    static Set<String> codes(String q) {
        List<String> codes = given().queryParam("q", q).when().get("/api/items?size=100")
                .then().statusCode(200).extract().path("items.code");
        return new TreeSet<>(codes);
    }
}
