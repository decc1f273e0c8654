package org.onevisit.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthFlowTest {

    static final String PROBLEM = "application/problem+json";

    static Map<String, Object> enterprise(String creditCode, String mobile, String password) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "ENTERPRISE");
        body.put("creditCode", creditCode);
        body.put("name", "慈溪市安达化工有限公司");
        body.put("legalRepresentative", "王五");
        body.put("contactName", "赵六");
        body.put("mobile", mobile);
        body.put("password", password);
        return body;
    }

    @Test
    void anEnterpriseRegistersLogsInReadsItsAccountAndLogsOut() {
        String code = TestData.creditCode();
        String mobile = TestData.mobile();
        given().contentType(ContentType.JSON).body(enterprise(code, mobile, TestData.PASSWORD))
                .when().post("/api/auth/register")
                .then().statusCode(201)
                .body("kind", equalTo("ENTERPRISE"))
                .body("creditCode", equalTo(code))
                .body("roles", hasItem("ENTERPRISE"))
                .body("password", nullValue())
                .body("passwordHash", nullValue());

        var tokens = Api.login(code.toLowerCase(), TestData.PASSWORD).then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900))
                .body("accessToken", notNullValue())
                .body("refreshToken", notNullValue())
                .extract().jsonPath();
        String access = tokens.getString("accessToken");

        given().auth().oauth2(access).when().get("/api/me")
                .then().statusCode(200)
                .body("creditCode", equalTo(code))
                .body("mobile", equalTo(mobile)) // the person sees their own data unmasked
                .body("name", equalTo("慈溪市安达化工有限公司"));

        Api.login(mobile, TestData.PASSWORD).then().statusCode(200); // mobile works as a login name too

        given().auth().oauth2(access).contentType(ContentType.JSON).body("{}")
                .when().post("/api/auth/logout").then().statusCode(204);
        given().auth().oauth2(access).when().get("/api/me").then().statusCode(401); // the session has ended
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", tokens.getString("refreshToken")))
                .when().post("/api/auth/refresh").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aCitizenRegistersWithAValidIdNumber() {
        String id = TestData.idNumber();
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "CITIZEN", "idNumber", id, "name", "陈晓燕", "mobile", TestData.mobile(),
                        "password", TestData.PASSWORD))
                .when().post("/api/auth/register")
                .then().statusCode(201).body("idNumber", equalTo(id)).body("roles", hasItem("CITIZEN"));
        Api.login(id, TestData.PASSWORD).then().statusCode(200);
    }

    @Test
    void registrationNamesEveryBadField() {
        Map<String, Object> body = enterprise("91330282MA2CX1A7U2", "12345", "short");
        body.put("legalRepresentative", "");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/auth/register")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("creditCode", "mobile", "password", "legalRepresentative"));
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "CITIZEN", "idNumber", "330282199002301231", "name", "某人", "mobile", TestData.mobile(),
                        "password", TestData.PASSWORD))
                .when().post("/api/auth/register")
                .then().statusCode(400).body("errors.field", equalTo(java.util.List.of("idNumber")));
        given().contentType(ContentType.JSON).body(Map.of("kind", "STAFF", "name", "x"))
                .when().post("/api/auth/register").then().statusCode(400).body("errors.field", hasItem("kind"));
        given().contentType(ContentType.JSON).body("{not json")
                .when().post("/api/auth/register").then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("{\"kind\":\"PLANET\"}")
                .when().post("/api/auth/register").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void weakPasswordsAreRefusedNamingTheField() {
        String code = TestData.creditCode();
        given().contentType(ContentType.JSON).body(enterprise(code, TestData.mobile(), "Password@123"))
                .when().post("/api/auth/register")
                .then().statusCode(400).body("errors.field", equalTo(java.util.List.of("password")));
        given().contentType(ContentType.JSON).body(enterprise(code, TestData.mobile(), "x" + code + "!a"))
                .when().post("/api/auth/register")
                .then().statusCode(400).body("errors.field", hasItem("password"));
    }

    @Test
    void aDuplicateAccountOrMobileIsAConflictNamingTheField() {
        Api.Enterprise e = Api.registerEnterprise();
        given().contentType(ContentType.JSON).body(enterprise(e.creditCode(), TestData.mobile(), TestData.PASSWORD))
                .when().post("/api/auth/register")
                .then().statusCode(409).contentType(PROBLEM).body("errors.field", equalTo(java.util.List.of("creditCode")));
        given().contentType(ContentType.JSON).body(enterprise(TestData.creditCode(), e.mobile(), TestData.PASSWORD))
                .when().post("/api/auth/register")
                .then().statusCode(409).body("errors.field", equalTo(java.util.List.of("mobile")));
    }

    @Test
    void wrongPasswordAndUnknownAccountGetTheSameAnswer() {
        Api.Enterprise e = Api.registerEnterprise();
        String wrong = Api.login(e.creditCode(), "Wrong#Password1").then().statusCode(401).contentType(PROBLEM)
                .extract().path("detail");
        String unknown = Api.login(TestData.creditCode(), "Wrong#Password1").then().statusCode(401)
                .extract().path("detail");
        org.junit.jupiter.api.Assertions.assertEquals(wrong, unknown);
        given().contentType(ContentType.JSON).body(Map.of("username", "", "password", ""))
                .when().post("/api/auth/login").then().statusCode(400).body("errors.field", hasItems("username", "password"));
    }

    @Test
    void fiveFailuresLockTheAccountUntilTheLockoutEnds() throws InterruptedException {
        Api.Enterprise e = Api.registerEnterprise();
        for (int i = 0; i < 5; i++) {
            Api.login(e.creditCode(), "Wrong#Password1").then().statusCode(401);
        }
        Api.login(e.creditCode(), e.password()).then().statusCode(401); // locked, even with the right password
        Thread.sleep(2_300); // the test profile locks for 2 s
        Api.login(e.creditCode(), e.password()).then().statusCode(200);
    }

    @Test
    void refreshTokensRotateAndASpentOneRevokesTheSession() {
        Api.Enterprise e = Api.registerEnterprise();
        String first = Api.login(e.creditCode(), e.password()).then().statusCode(200).extract().path("refreshToken");
        var second = given().contentType(ContentType.JSON).body(Map.of("refreshToken", first))
                .when().post("/api/auth/refresh").then().statusCode(200)
                .body("refreshToken", not(equalTo(first))).extract().jsonPath();
        given().auth().oauth2(second.getString("accessToken")).when().get("/api/me").then().statusCode(200);
        // the spent token again: reuse, the whole session is revoked, its access tokens too
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", first))
                .when().post("/api/auth/refresh").then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(second.getString("accessToken")).when().get("/api/me").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", second.getString("refreshToken")))
                .when().post("/api/auth/refresh").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", "made-up"))
                .when().post("/api/auth/refresh").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/auth/refresh").then().statusCode(400).body("errors.field", hasItem("refreshToken"));
    }

    @Test
    void changingThePasswordEndsEverySessionAndChecksTheCurrentOne() {
        Api.Enterprise e = Api.registerEnterprise();
        var tokens = Api.login(e.creditCode(), e.password()).then().statusCode(200).extract().jsonPath();
        String access = tokens.getString("accessToken");
        given().auth().oauth2(access).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "Not#TheRight1", "newPassword", "Xin#Mima20261127"))
                .when().post("/api/me/password").then().statusCode(400).body("errors.field", hasItem("currentPassword"));
        given().auth().oauth2(access).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", e.password(), "newPassword", "weak"))
                .when().post("/api/me/password").then().statusCode(400).body("errors.field", hasItem("newPassword"));
        given().auth().oauth2(access).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", e.password(), "newPassword", "Xin#Mima20261127"))
                .when().post("/api/me/password").then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", tokens.getString("refreshToken")))
                .when().post("/api/auth/refresh").then().statusCode(401);
        given().auth().oauth2(access).when().get("/api/me").then().statusCode(401);
        Api.login(e.creditCode(), e.password()).then().statusCode(401);
        Api.login(e.creditCode(), "Xin#Mima20261127").then().statusCode(200);
    }

    @Test
    void theDemoAccountsExist() {
        Api.login("window", "OneVisit-2018!").then().statusCode(200);
        Api.login(DemoAccounts.ENTERPRISE_CREDIT_CODE, "OneVisit-2018!").then().statusCode(200);
        Api.login(DemoAccounts.CITIZEN_ID_NUMBER, "OneVisit-2018!").then().statusCode(200);
        // an administrator without a second factor gets a session without the administrator role
        Api.login("admin", "OneVisit-2018!").then().statusCode(200).body("mfaEnrolmentRequired", equalTo(true));
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        String huge = "{\"username\":\"" + "9".repeat(2 * 1024 * 1024) + "\",\"password\":\"x\"}";
        given().contentType(ContentType.JSON).body(huge).when().post("/api/auth/login")
                .then().statusCode(413).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("username", "9".repeat(5000), "password", "Wrong#Password1"))
                .when().post("/api/auth/login").then().statusCode(401);
    }

    @Test
    void meNeedsAToken() {
        given().when().get("/api/me").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer");
    }
}
