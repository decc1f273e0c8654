package org.onevisit.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.Api;
import org.onevisit.identity.Role;
import org.onevisit.identity.TokenService;

/** The system administrator edits a guide by publishing a new version; the validation guards it. */
@QuarkusTest
class AdminItemResourceTest {

    @Inject
    TokenService tokens;

    @Inject
    ObjectMapper mapper;

    String admin() {
        return Api.staffToken(tokens, "admin", Role.ADMIN);
    }

    /** Item 19 (标准化三级企业评审确认): edited here only, so other tests see the shipped guides. */
    ObjectNode current() throws Exception {
        String code = given().when().get("/api/items?page=18&size=1").then().extract().path("items[0].code");
        return (ObjectNode) mapper.readTree(given().when().get("/api/items/" + code).then().statusCode(200).extract().asString());
    }

    @Test
    void anEditIsPublishedAsTheNextVersion() throws Exception {
        ObjectNode guide = current();
        String code = guide.get("code").asText();
        int version = guide.get("version").asInt();
        guide.put("version", version + 1);
        guide.put("quantityLimit", "每家企业每三年一次");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(guide.toString())
                .when().put("/api/admin/items/" + code)
                .then().statusCode(200).body("version", equalTo(version + 1));
        given().when().get("/api/items/" + code).then().body("version", equalTo(version + 1))
                .body("quantityLimit", equalTo("每家企业每三年一次"));
    }

    @Test
    void aBadEditIsRefusedAndNothingChanges() throws Exception {
        ObjectNode guide = current();
        String code = guide.get("code").asText();
        int version = guide.get("version").asInt();
        guide.put("version", version + 1);
        guide.putArray("acceptanceConditions").add("申请人提交其他相关材料");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(guide.toString())
                .when().put("/api/admin/items/" + code)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("acceptanceConditions[0]"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(current().put("version", version).toString())
                .when().put("/api/admin/items/" + code).then().statusCode(409);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(current().put("version", version + 1).toString())
                .when().put("/api/admin/items/000000000001").then().statusCode(400).body("errors.field", hasItem("code"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{\"code\": 5")
                .when().put("/api/admin/items/" + code).then().statusCode(400);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{\"code\":\"" + code + "\"}")
                .when().put("/api/admin/items/" + code).then().statusCode(400);
        given().when().get("/api/items/" + code).then().body("version", equalTo(version));
    }
}
