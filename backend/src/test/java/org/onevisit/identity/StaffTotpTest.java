package org.onevisit.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A staff member enrols a TOTP second factor; from then on a login needs a fresh one-time code. */
@QuarkusTest
class StaffTotpTest {

    @Inject
    TokenService tokens;

    @Test
    void enrolThenLogInWithAOneTimeCode() throws InterruptedException {
        String number = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().auth().oauth2(Api.staffToken(tokens, "security", Role.SECURITY_ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("staffNumber", number, "name", "审计员乙", "orgUnit", "慈溪市安全生产监督管理局",
                        "roles", List.of("AUDITOR"), "password", TestData.PASSWORD))
                .when().post("/api/staff").then().statusCode(201);

        // without the second factor the auditor role is withheld, but enrolment is open
        String firstSession = Api.login(number, TestData.PASSWORD).then().statusCode(200)
                .body("mfaEnrolmentRequired", org.hamcrest.Matchers.equalTo(true)).extract().path("accessToken");
        given().auth().oauth2(firstSession).when().get("/api/audit").then().statusCode(403);
        var enrolment = given().auth().oauth2(firstSession).when().post("/api/me/totp")
                .then().statusCode(200).body("otpauthUri", startsWith("otpauth://totp/")).extract().jsonPath();
        String secret = enrolment.getString("secret");
        given().auth().oauth2(firstSession).contentType(ContentType.JSON).body(Map.of("code", "000000"))
                .when().post("/api/me/totp/activation").then().statusCode(400);
        long step = Instant.now().getEpochSecond() / Totp.STEP_SECONDS;
        given().auth().oauth2(firstSession).contentType(ContentType.JSON).body(Map.of("code", Totp.code(secret, step - 1)))
                .when().post("/api/me/totp/activation").then().statusCode(204);
        given().auth().oauth2(firstSession).when().post("/api/me/totp").then().statusCode(409);

        Api.login(number, TestData.PASSWORD).then().statusCode(401).body("type", containsString("mfa-required"));
        given().contentType(ContentType.JSON).body(Map.of("username", number, "password", TestData.PASSWORD, "totp", "123456"))
                .when().post("/api/auth/login").then().statusCode(401);
        String code = Totp.code(secret, step);
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("username", number, "password", TestData.PASSWORD, "totp", code))
                .when().post("/api/auth/login").then().statusCode(200).extract().path("accessToken");
        given().auth().oauth2(token).when().get("/api/audit").then().statusCode(200);
        // the same code a second time is a replay
        given().contentType(ContentType.JSON).body(Map.of("username", number, "password", TestData.PASSWORD, "totp", code))
                .when().post("/api/auth/login").then().statusCode(401);
        // a lost phone: the security administrator resets the second factor; the next login needs none
        String id = given().auth().oauth2(token).when().get("/api/me").then().statusCode(200)
                .body("sessionRoles", org.hamcrest.Matchers.equalTo(List.of("AUDITOR"))).extract().path("id");
        given().auth().oauth2(Api.staffToken(tokens, "security", Role.SECURITY_ADMIN))
                .when().delete("/api/staff/" + id + "/totp").then().statusCode(204);
        given().auth().oauth2(token).when().get("/api/me").then().statusCode(401); // sessions ended too
        Api.login(number, TestData.PASSWORD).then().statusCode(200)
                .body("mfaEnrolmentRequired", org.hamcrest.Matchers.equalTo(true));
        // applicants have no second factor to enrol
        String enterprise = Api.accessToken(DemoAccounts.ENTERPRISE_CREDIT_CODE, "OneVisit-2018!");
        given().auth().oauth2(enterprise).when().post("/api/me/totp").then().statusCode(403);
    }
}
