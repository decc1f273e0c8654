package org.onevisit.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 三员分立: staff are created and granted roles by the security administrator only, within the rules. */
@QuarkusTest
class SeparationOfDutiesTest {

    @Inject
    TokenService tokens;

    String security() {
        return Api.staffToken(tokens, "security", Role.SECURITY_ADMIN);
    }

    Map<String, Object> staff(String number, List<String> roles) {
        return Map.of("staffNumber", number, "name", "测试员", "orgUnit", "周巷镇安监所", "mobile", TestData.mobile(),
                "roles", roles, "password", TestData.PASSWORD);
    }

    String newStaffNumber() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void theSecurityAdministratorCreatesStaffAndMobilesAreMasked() {
        String number = newStaffNumber();
        given().auth().oauth2(security()).contentType(ContentType.JSON).body(staff(number, List.of("WINDOW", "REVIEWER")))
                .when().post("/api/staff")
                .then().statusCode(201)
                .body("staffNumber", equalTo(number))
                .body("mobile", matchesPattern("1\\d\\d\\*{4}\\d{4}"))
                .body("roles", hasItem("WINDOW"));
        given().auth().oauth2(security()).when().get("/api/staff?size=100")
                .then().statusCode(200)
                .body("items.mobile.findAll { it != null }", org.hamcrest.Matchers.everyItem(matchesPattern("1\\d\\d\\*{4}\\d{4}")));
        Api.login(number, TestData.PASSWORD).then().statusCode(200);
        given().auth().oauth2(security()).contentType(ContentType.JSON).body(staff(number, List.of("WINDOW")))
                .when().post("/api/staff").then().statusCode(409).body("errors.field", hasItem("staffNumber"));
    }

    @Test
    void administratorRolesAreNeverHeldTogether() {
        given().auth().oauth2(security()).contentType(ContentType.JSON)
                .body(staff(newStaffNumber(), List.of("ADMIN", "AUDITOR")))
                .when().post("/api/staff").then().statusCode(400).body("errors.field", hasItem("roles"));
        String number = newStaffNumber();
        String id = given().auth().oauth2(security()).contentType(ContentType.JSON).body(staff(number, List.of("ADMIN")))
                .when().post("/api/staff").then().statusCode(201).extract().path("id");
        given().auth().oauth2(security()).contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("ADMIN", "SECURITY_ADMIN")))
                .when().put("/api/staff/" + id + "/roles").then().statusCode(422).body("errors.field", hasItem("roles"));
        given().auth().oauth2(security()).contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("ENTERPRISE")))
                .when().put("/api/staff/" + id + "/roles").then().statusCode(422);
        given().auth().oauth2(security()).contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("AUDITOR")))
                .when().put("/api/staff/" + id + "/roles").then().statusCode(200).body("roles", equalTo(List.of("AUDITOR")));
    }

    @Test
    void nobodyGrantsThemselfARole() {
        String self = UUID.nameUUIDFromBytes("demo:SECURITY".getBytes()).toString();
        given().auth().oauth2(security()).contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("SECURITY_ADMIN", "WINDOW")))
                .when().put("/api/staff/" + self + "/roles").then().statusCode(403).body("type", containsString("self-grant"));
    }

    @Test
    void unknownOrNonStaffAccountsAreNotFound() {
        given().auth().oauth2(security()).contentType(ContentType.JSON).body(Map.of("roles", List.of("WINDOW")))
                .when().put("/api/staff/" + UUID.randomUUID() + "/roles").then().statusCode(404);
        given().auth().oauth2(security()).contentType(ContentType.JSON).body(Map.of("roles", List.of("WINDOW")))
                .when().put("/api/staff/not-a-uuid/roles").then().statusCode(404);
        String enterprise = UUID.nameUUIDFromBytes(("demo:" + DemoAccounts.ENTERPRISE_CREDIT_CODE).getBytes()).toString();
        given().auth().oauth2(security()).contentType(ContentType.JSON).body(Map.of("roles", List.of("WINDOW")))
                .when().put("/api/staff/" + enterprise + "/roles").then().statusCode(404);
    }

    @Test
    void onlyTheAuditorReadsTheTrailAndAdministratorsDoNotManageStaff() {
        given().auth().oauth2(Api.staffToken(tokens, "auditor", Role.AUDITOR)).when().get("/api/audit")
                .then().statusCode(200).body("events.actor", not(hasItem(containsString(DemoAccounts.CITIZEN_ID_NUMBER))));
        given().auth().oauth2(security()).when().get("/api/audit").then().statusCode(403);
        given().auth().oauth2(Api.staffToken(tokens, "admin", Role.ADMIN)).when().get("/api/audit").then().statusCode(403);
        given().auth().oauth2(Api.staffToken(tokens, "admin", Role.ADMIN)).when().get("/api/staff").then().statusCode(403);
        given().auth().oauth2(Api.staffToken(tokens, "auditor", Role.AUDITOR)).when().get("/api/staff").then().statusCode(403);
    }

    @Test
    void anAdministratorWithoutTheSecondFactorHoldsNoAdministratorRole() {
        String token = Api.accessToken("security", "OneVisit-2018!");
        given().auth().oauth2(token).when().get("/api/staff").then().statusCode(403);
    }
}
