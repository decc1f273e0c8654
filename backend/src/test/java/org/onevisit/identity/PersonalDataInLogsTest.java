package org.onevisit.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevisit.platform.LogCapture;

/** Logs never carry a full ID number, a password or a token; the audit trail masks them too. */
@QuarkusTest
class PersonalDataInLogsTest {

    @Test
    void signUpLoginAndFailuresLeaveNoSecretsInTheLogs() throws Exception {
        String id = TestData.idNumber();
        String mobile = TestData.mobile();
        List<String> lines;
        try (LogCapture capture = new LogCapture()) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("kind", "CITIZEN", "idNumber", id, "name", "陈晓燕", "mobile", mobile, "password", TestData.PASSWORD))
                    .when().post("/api/auth/register").then().statusCode(201);
            String refresh = Api.login(id, TestData.PASSWORD).then().statusCode(200).extract().path("refreshToken");
            Api.login(id, "Wrong#Password1").then().statusCode(401);
            Api.login(mobile, "Wrong#Password1").then().statusCode(401);
            given().contentType(ContentType.JSON).body(Map.of("refreshToken", refresh)).when().post("/api/auth/refresh");
            given().contentType(ContentType.JSON).body(Map.of("refreshToken", refresh)).when().post("/api/auth/refresh");
            lines = capture.lines();
        }
        for (String line : lines) {
            assertFalse(line.contains(id), "full ID number logged: " + line);
            assertFalse(line.contains(mobile), "full mobile logged: " + line);
            assertFalse(line.contains(TestData.PASSWORD), "password logged: " + line);
            assertFalse(line.contains("Wrong#Password1"), "password logged: " + line);
        }
    }
}
