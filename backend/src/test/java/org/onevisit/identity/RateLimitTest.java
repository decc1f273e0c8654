package org.onevisit.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Login and sign-up are limited per client address (429 with Retry-After), failures too. */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("onevisit.auth.logins-per-minute", "6",
                    "onevisit.auth.registrations-per-minute", "2",
                    "onevisit.auth.max-failures-per-address", "3",
                    "onevisit.auth.lockout", "PT1M",
                    "onevisit.certificates.verifications-per-minute", "5",
                    "onevisit.applications.lookups-per-minute", "4");
        }
    }

    @Test
    void certificateVerificationsAreLimitedAgainstEnumeration() {
        for (int i = 0; i < 5; i++) {
            given().when().get("/api/certificates/NO-SUCH-" + i + "/verify").then().statusCode(404);
        }
        given().when().get("/api/certificates/NO-SUCH-6/verify").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue());
    }

    @Test
    void caseLookupsAreLimitedAgainstGuessingCheckCodes() {
        for (int i = 0; i < 4; i++) {
            given().queryParam("number", "AJ-20000101-000" + i).queryParam("code", "ABCDEF").when().get("/api/cases/lookup")
                    .then().statusCode(404);
        }
        given().queryParam("number", "AJ-20000101-0009").queryParam("code", "ABCDEF").when().get("/api/cases/lookup")
                .then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue());
        // malformed lookups count too: the limit comes first
        given().queryParam("number", "x").when().get("/api/cases/lookup").then().statusCode(429);
    }

    @Test
    void tooManyRequestsFromOneAddressAreRefusedWithRetryAfter() {
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body(Map.of("kind", "CITIZEN")).when().post("/api/auth/register")
                    .then().statusCode(400);
        }
        given().contentType(ContentType.JSON).body(Map.of("kind", "CITIZEN")).when().post("/api/auth/register")
                .then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue());

        // three failed logins for different (unknown) accounts block the address, whatever the account
        for (int i = 0; i < 3; i++) {
            Api.login(TestData.creditCode(), "Wrong#Password1").then().statusCode(401);
        }
        Api.login("window", "OneVisit-2018!").then().statusCode(429).header("Retry-After", notNullValue());
    }
}
