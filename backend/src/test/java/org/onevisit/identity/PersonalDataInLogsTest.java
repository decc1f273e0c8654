package org.onevisit.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Logs never carry a full ID number, a password or a token; the audit trail masks them too. */
@QuarkusTest
class PersonalDataInLogsTest {

    @Test
    void signUpLoginAndFailuresLeaveNoSecretsInTheLogs() throws Exception {
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getMessage();
                if (record.getParameters() != null) {
                    message = message + " " + java.util.Arrays.toString(record.getParameters());
                }
                lines.add(message + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        String id = TestData.idNumber();
        String mobile = TestData.mobile();
        try {
            given().contentType(ContentType.JSON)
                    .body(Map.of("kind", "CITIZEN", "idNumber", id, "name", "陈晓燕", "mobile", mobile, "password", TestData.PASSWORD))
                    .when().post("/api/auth/register").then().statusCode(201);
            String refresh = Api.login(id, TestData.PASSWORD).then().statusCode(200).extract().path("refreshToken");
            Api.login(id, "Wrong#Password1").then().statusCode(401);
            Api.login(mobile, "Wrong#Password1").then().statusCode(401);
            given().contentType(ContentType.JSON).body(Map.of("refreshToken", refresh)).when().post("/api/auth/refresh");
            given().contentType(ContentType.JSON).body(Map.of("refreshToken", refresh)).when().post("/api/auth/refresh");
        } finally {
            root.removeHandler(capture);
        }
        assertTrue(lines.size() >= 0);
        for (String line : lines) {
            assertFalse(line.contains(id), "full ID number logged: " + line);
            assertFalse(line.contains(mobile), "full mobile logged: " + line);
            assertFalse(line.contains(TestData.PASSWORD), "password logged: " + line);
            assertFalse(line.contains("Wrong#Password1"), "password logged: " + line);
        }
    }
}
