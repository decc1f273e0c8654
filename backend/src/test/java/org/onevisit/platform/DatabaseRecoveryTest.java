package org.onevisit.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.onevisit.identity.Api;

/**
 * kill -9 of the embedded postmaster: the application restarts it on the same port and data
 * directory; writes succeed again within 5 s and a write acknowledged before the kill is still there.
 */
@QuarkusTest
@DisabledIfEnvironmentVariable(named = "ONEVISIT_DB_URL", matches = ".+", disabledReason = "an external database is not supervised")
class DatabaseRecoveryTest {

    @Inject
    OneVisitConfig config;

    @Test
    void writesAreBackWithinFiveSecondsOfAKillAndNothingAcknowledgedIsLost() throws Exception {
        Api.Enterprise before = Api.registerEnterprise("慈溪市崩溃前有限公司"); // acknowledged (201)
        Path pidFile = Path.of(config.dataDir(), "postgres", "postmaster.pid");
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());

        assertTrue(ProcessHandle.of(pid).orElseThrow().destroyForcibly(), "kill -9 of the postmaster");
        long killed = System.nanoTime();

        int status = 0;
        while (System.nanoTime() - killed < Duration.ofSeconds(5).toNanos()) {
            status = registerAnother();
            if (status == 201) {
                break;
            }
            Thread.sleep(100);
        }
        long millis = (System.nanoTime() - killed) / 1_000_000;
        assertEquals(201, status, "no write succeeded within 5 s of the kill (" + millis + " ms)");
        System.out.printf("Writes back %d ms after kill -9 of the embedded postmaster%n", millis);

        Api.login(before.creditCode(), before.password()).then().statusCode(200); // the earlier write survived
        long newPid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        assertNotEquals(pid, newPid, "a new server process");
        given().when().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'Embedded PostgreSQL supervisor' }.data.state", equalTo("UP"));
        // ready again too (a pooled JDBC connection to the old server may fail one check before it is dropped)
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        int ready = 0;
        while (ready != 200 && System.nanoTime() < deadline) {
            ready = given().when().get("/q/health/ready").statusCode();
            Thread.sleep(ready == 200 ? 0 : 200);
        }
        assertEquals(200, ready, "ready again after the restart");
    }

    @Test
    void livenessIsDownWhenTheServerCannotBeBroughtBack() {
        String key = EmbeddedDatabase.supervisionKey(Path.of(config.dataDir()));
        String property = "embedded-postgres-state:" + key;
        String state = System.getProperty(property);
        try {
            System.setProperty(property, DatabaseSupervisor.State.RESTARTING.name());
            given().when().get("/q/health/live").then().statusCode(200);
            given().when().get("/q/health/ready").then().statusCode(503)
                    .body("checks.name", hasItem("Embedded PostgreSQL supervisor"));
            System.setProperty(property, DatabaseSupervisor.State.FAILED.name());
            given().when().get("/q/health/live").then().statusCode(503)
                    .body("checks.find { it.name == 'Embedded PostgreSQL supervisor' }.status", equalTo("DOWN"));
        } finally {
            System.setProperty(property, state);
        }
    }

    private static int registerAnother() {
        try {
            Api.Enterprise e = new Api.Enterprise(org.onevisit.identity.TestData.creditCode(),
                    org.onevisit.identity.TestData.mobile(), org.onevisit.identity.TestData.PASSWORD);
            return given().contentType("application/json")
                    .body(java.util.Map.of("kind", "ENTERPRISE", "creditCode", e.creditCode(), "name", "慈溪市恢复后有限公司",
                            "legalRepresentative", "王五", "contactName", "赵六", "mobile", e.mobile(), "password", e.password()))
                    .when().post("/api/auth/register").statusCode();
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
