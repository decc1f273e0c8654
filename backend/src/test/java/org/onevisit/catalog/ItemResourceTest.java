package org.onevisit.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ItemResourceTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void listsTheTwentyItemsOfTheDefaultCatalogue() {
        given().when().get("/api/items")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("total", equalTo(20))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items", hasSize(20))
                .body("items[0].code", notNullValue())
                .body("items[0].name", notNullValue())
                .body("items[0].type", equalTo("LICENSING"))
                .body("items.maxOneVisit", everyItem(equalTo(true)))
                .body("items.online", everyItem(equalTo(true)))
                .body("items[0].visits", equalTo(1))
                .body("items[0].promisedDays", equalTo(7))
                .body("items[0].statutoryDays", equalTo(30));
    }

    @ParameterizedTest
    @CsvSource({
            "type=LICENSING, 9",
            "type=REVIEW_AND_FORWARD, 1",
            "type=OTHER, 10",
            "zeroVisit=true, 7",
            "zeroVisit=false, 13",
            "cityWide=true, 7",
            "cityWide=false, 13",
            "online=true, 20",
            "online=false, 0",
            "serviceObject=NATURAL_PERSON, 3",
            "serviceObject=LEGAL_PERSON, 17",
            "type=LICENSING&cityWide=true, 7",
            "type=OTHER&zeroVisit=true, 7",
    })
    void filtersCountAsTheReportSays(String query, int expected) {
        given().when().get("/api/items?" + query)
                .then().statusCode(200)
                .body("total", equalTo(expected))
                .body("items", hasSize(expected));
    }

    @Test
    void zeroVisitFilterReturnsOnlyZeroVisitItems() {
        given().queryParam("zeroVisit", "true").when().get("/api/items")
                .then().statusCode(200)
                .body("items.zeroVisit", everyItem(equalTo(true)))
                .body("items.visits", everyItem(equalTo(0)));
    }

    @ParameterizedTest
    @CsvSource({
            "危险化学品, 10",            // name
            "烟花爆竹, 1",
            "营业执照, 4",               // material names
            "职业病防治法, 1",           // legal basis
            "第55号, 3",
    })
    void searchesNamesMaterialsAndLegalBases(String q, int atLeast) {
        int total = given().queryParam("q", q).when().get("/api/items")
                .then().statusCode(200).extract().path("total");
        org.junit.jupiter.api.Assertions.assertTrue(total >= atLeast, q + " found " + total);
    }

    @Test
    void searchesByCode() {
        String code = given().when().get("/api/items?type=REVIEW_AND_FORWARD").then().extract().path("items[0].code");
        given().queryParam("q", code).when().get("/api/items")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].code", equalTo(code));
    }

    @Test
    void searchWithNoMatchIsAnEmptyPage() {
        given().queryParam("q", "不存在的事项名称xyz").when().get("/api/items")
                .then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void pagesThroughTheList() {
        given().when().get("/api/items?page=1&size=6")
                .then().statusCode(200)
                .body("total", equalTo(20)).body("page", equalTo(1)).body("size", equalTo(6))
                .body("items", hasSize(6));
        given().when().get("/api/items?page=3&size=6")
                .then().statusCode(200).body("items", hasSize(2));
        given().when().get("/api/items?page=9&size=6")
                .then().statusCode(200).body("total", equalTo(20)).body("items", hasSize(0));
    }

    @ParameterizedTest
    @CsvSource({
            "size=0, size",
            "size=1000, size",
            "size=101, size",
            "size=abc, size",
            "page=-1, page",
            "page=1.5, page",
            "type=FOO, type",
            "type=licensing, type",
            "zeroVisit=maybe, zeroVisit",
            "cityWide=1, cityWide",
            "online=yes, online",
            "serviceObject=ALIEN, serviceObject",
    })
    void rejectsBadParametersNamingThem(String query, String parameter) {
        given().when().get("/api/items?" + query)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("title", notNullValue())
                .body("type", startsWith("https://"))
                .body("errors.field", hasItem(parameter))
                .body(not(containsString("Exception")));
    }

    @Test
    void reportsEveryBadParameterAtOnce() {
        given().when().get("/api/items?size=0&page=-1&type=FOO&zeroVisit=maybe")
                .then().statusCode(400)
                .body("errors", hasSize(4))
                .body("errors.field", hasItem("size"))
                .body("errors.field", hasItem("page"))
                .body("errors.field", hasItem("type"))
                .body("errors.field", hasItem("zeroVisit"));
    }

    @Test
    void rejectsAnOversizedSearch() {
        given().queryParam("q", "危".repeat(101)).when().get("/api/items")
                .then().statusCode(400).body("errors.field", hasItem("q"));
    }

    @Test
    void problemsSpeakTheCallersLanguage() {
        given().header("Accept-Language", "en-GB,en;q=0.9").when().get("/api/items?size=0")
                .then().statusCode(400)
                .header("Content-Language", "en")
                .body("title", equalTo("Invalid request"))
                .body("errors[0].message", equalTo("must be between 1 and 100"));
        given().when().get("/api/items?size=0")
                .then().statusCode(400)
                .body("title", equalTo("请求参数有误"))
                .body("errors[0].message", equalTo("必须在 1 到 100 之间"));
    }

    @Test
    void returnsTheWholeGuide() {
        String code = given().when().get("/api/items?q=危险化学品经营许可证核发").then().extract().path("items[0].code");
        given().when().get("/api/items/" + code)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("code", equalTo(code))
                .body("type", equalTo("LICENSING"))
                .body("version", equalTo(1))
                .body("effectiveDate", equalTo("2018-06-01"))
                .body("legalBases.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("implementingBody.name", equalTo("慈溪市安全生产监督管理局"))
                .body("materials.code", everyItem(notNullValue()))
                .body("materials.name", hasItem(containsString("营业执照")))
                .body("materials[0].required", notNullValue())
                .body("materials[0].form", notNullValue())
                .body("steps.name", equalTo(java.util.List.of("受理", "审核", "审批", "办结", "送达")))
                .body("statutoryDays", equalTo(30))
                .body("promisedDays", equalTo(7))
                .body("channels.online", equalTo(true))
                .body("cityWide.enabled", equalTo(true))
                .body("zeroVisit", equalTo(false))
                .body("maxOneVisit", equalTo(true))
                .body("online", equalTo(true))
                .body("visitReason", notNullValue())
                .body("result.sample", notNullValue())
                .body("contact.consultationPhone", notNullValue())
                .body("faq.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("delegatingBody", nullValue())
                .body("form.fields.key", hasItem("creditCode"))
                .body("form.fields[0].type", equalTo("text"))
                .body("form.fields.type", hasItem("checkbox"));
    }

    @Test
    void unknownItemIsAProblem404() {
        given().when().get("/api/items/999999999999")
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("detail", containsString("999999999999"))
                .body("instance", equalTo("/api/items/999999999999"));
        given().when().get("/api/items/../../etc/passwd").then().statusCode(404);
        given().when().get("/api/items/%3Cscript%3E").then().statusCode(404).contentType(PROBLEM)
                .body(not(containsString("<script>")));
    }

    @Test
    void printsTheGuideAsAnA4Page() {
        String code = given().when().get("/api/items?zeroVisit=true").then().extract().path("items[0].code");
        String name = given().when().get("/api/items/" + code).then().extract().path("name");
        given().when().get("/api/items/" + code + "/guide")
                .then().statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("<title>" + name))
                .body(containsString("size: A4"))
                .body(containsString("慈溪市安全生产监督管理局"))
                .body(containsString("申请材料"))
                .body(containsString("零跑腿"))
                .body(containsString("咨询电话"))
                .body(containsString("常见问题"));
        given().when().get("/api/items/000000000000/guide").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void unknownApiPathIsAProblem404AndWrongMethodA405() {
        given().when().get("/api/nothing-here").then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("{}").when().post("/api/items")
                .then().statusCode(405).contentType(PROBLEM);
        given().when().delete("/api/items/000000000000").then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void catalogueReadsAreCacheable() {
        given().when().get("/api/items").then().statusCode(200).header("Cache-Control", containsString("max-age=60"));
    }
}
