package org.onevisit.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.Api;
import org.onevisit.identity.Role;
import org.onevisit.identity.TokenService;

/** Logins, failures and denials land in the trail; a changed row breaks the chain and is found. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    TokenService tokens;

    @Inject
    Pool pool;

    String auditor() {
        return Api.staffToken(tokens, "auditor", Role.AUDITOR);
    }

    @Test
    void recordsLoginsFailuresLockoutsAndDenials() {
        Api.Enterprise e = Api.registerEnterprise();
        Api.login(e.creditCode(), e.password()).then().statusCode(200);
        Api.login(e.creditCode(), "Wrong#Password1").then().statusCode(401);
        given().auth().oauth2(Api.staffToken(tokens, "window", Role.WINDOW)).when().get("/api/audit").then().statusCode(403);
        given().auth().oauth2(auditor()).when().get("/api/audit?size=200")
                .then().statusCode(200)
                .body("events.action", hasItem("REGISTER"))
                .body("events.action", hasItem("LOGIN"))
                .body("events.result", hasItem("FAILURE"))
                .body("events.action", hasItem("ACCESS_DENIED"))
                .body("events[0].hash", notNullValue())
                .body("events[0].clientIp", notNullValue());
        given().auth().oauth2(auditor()).when().get("/api/audit?action=ACCESS_DENIED&size=5")
                .then().statusCode(200).body("events.action", org.hamcrest.Matchers.everyItem(equalTo("ACCESS_DENIED")));
        given().auth().oauth2(auditor()).when().get("/api/audit?size=0").then().statusCode(400);
    }

    @Test
    void theChainIsIntactAndATamperedRowIsFound() {
        Api.registerEnterprise();
        given().auth().oauth2(auditor()).when().get("/api/audit/verify")
                .then().statusCode(200).body("intact", equalTo(true));
        // the table refuses updates; an attacker with superuser rights disables the trigger first
        pool.query("update audit_event set detail = 'tampered' where id = (select max(id) from audit_event)")
                .execute().onFailure().recoverWithNull().await().indefinitely();
        given().auth().oauth2(auditor()).when().get("/api/audit/verify").then().body("intact", equalTo(true));
        var row = pool.query("select id, detail from audit_event order by id desc limit 1 offset 1")
                .execute().await().indefinitely().iterator().next();
        long id = row.getLong("id");
        String original = row.getString("detail");
        pool.query("alter table audit_event disable trigger audit_event_no_update").execute().await().indefinitely();
        try {
            pool.preparedQuery("update audit_event set detail = 'tampered' where id = $1").execute(Tuple.of(id))
                    .await().indefinitely();
            given().auth().oauth2(auditor()).when().get("/api/audit/verify")
                    .then().statusCode(200).body("intact", equalTo(false)).body("firstBrokenId", equalTo((int) id));
        } finally {
            pool.preparedQuery("update audit_event set detail = $1 where id = $2").execute(Tuple.of(original, id))
                    .await().indefinitely();
            pool.query("alter table audit_event enable trigger audit_event_no_update").execute().await().indefinitely();
        }
        given().auth().oauth2(auditor()).when().get("/api/audit/verify").then().body("intact", equalTo(true));
    }
}
