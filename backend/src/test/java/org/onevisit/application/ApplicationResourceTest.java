package org.onevisit.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onevisit.application.Cases.ZERO_VISIT_ITEM;
import static org.onevisit.application.Cases.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.Api;

/** The applicant's side: drafts, forms, submission (all missing at once, idempotent), withdrawal, privacy. */
@QuarkusTest
class ApplicationResourceTest {

    @Inject
    Pool pool;

    @Inject
    IdempotencyCleanup cleanup;

    @Test
    void aDraftCarriesItsNumberItemVersionAndState() {
        String token = Cases.enterprise();
        JsonPath draft = Cases.create(token, ZERO_VISIT_ITEM);
        assertEquals("DRAFT", draft.getString("state"));
        assertEquals(ZERO_VISIT_ITEM, draft.getString("itemCode"));
        assertEquals(1, draft.getInt("itemVersion"));
        assertEquals("ONLINE", draft.getString("channel"));
        org.hamcrest.MatcherAssert.assertThat(draft.getString("number"), matchesPattern("AJ-\\d{8}-\\d{4,}"));
        assertEquals(List.of("SUBMIT", "WITHDRAW"), draft.getList("availableActions"));
        as(token).when().get("/api/applications").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].number", equalTo(draft.getString("number")));
    }

    @Test
    void numbersAreNeverShared() {
        String token = Cases.enterprise();
        String first = Cases.create(token, ZERO_VISIT_ITEM).getString("number");
        String second = Cases.create(token, ZERO_VISIT_ITEM).getString("number");
        assertNotEquals(first, second);
    }

    @Test
    void anUnknownItemAnItemForOthersOrAMalformedFieldIsRefusedByName() {
        String token = Cases.enterprise();
        as(token).body(Map.of("itemCode", "999")).when().post("/api/applications").then().statusCode(422)
                .body("errors.field", hasItem("itemCode"));
        as(token).body("{}").when().post("/api/applications").then().statusCode(422).body("errors.field", hasItem("itemCode"));
        String citizen = Api.accessToken("330282199001011231", "OneVisit-2018!");
        as(citizen).body(Map.of("itemCode", ZERO_VISIT_ITEM)).when().post("/api/applications").then().statusCode(422)
                .body("errors.field", hasItem("itemCode"));
        as(token).body(Map.of("itemCode", ZERO_VISIT_ITEM, "formData", Map.of("contactMobile", "123", "nope", "x")))
                .when().post("/api/applications").then().statusCode(422)
                .body("errors.field", hasItems("formData.contactMobile", "formData.nope"));
        as(token).body("{\"itemCode\": ").when().post("/api/applications").then().statusCode(400);
    }

    @Test
    void submitListsEverythingMissingAtOnce() {
        String token = Cases.enterprise();
        io.restassured.path.json.JsonPath draft = Cases.create(token, ZERO_VISIT_ITEM);
        String id = draft.getString("id");
        List<String> fields = as(token).body("{}").when().post("/api/applications/" + id + "/submit")
                .then().statusCode(422).body("type", containsString("incomplete-application"))
                .extract().jsonPath().getList("errors.field");
        // the required fields the account did not fill in, every required material, and the delivery
        List<String> required = Cases.guide(ZERO_VISIT_ITEM).getList("form.fields.findAll { it.required }.key");
        long unfilled = required.stream().filter(key -> !draft.getMap("formData").containsKey(key)).count();
        List<String> materials = Cases.requiredMaterials(ZERO_VISIT_ITEM);
        assertEquals(unfilled + materials.size() + 1, fields.size(), fields.toString());
        org.junit.jupiter.api.Assertions.assertTrue(fields.contains("delivery.method"));
        for (String code : materials) {
            org.junit.jupiter.api.Assertions.assertTrue(fields.contains("materials." + code), code);
        }
        as(token).when().get("/api/applications/" + id).then().body("state", equalTo("DRAFT"));
    }

    @Test
    void aRepeatedSubmitWithTheSameKeyReturnsTheFirstAnswerAndChangesNothing() {
        String token = Cases.enterprise();
        String id = Cases.readyDraft(token, ZERO_VISIT_ITEM);
        String first = as(token).header("Idempotency-Key", "submit-" + id).body("{}")
                .when().post("/api/applications/" + id + "/submit").then().statusCode(200).extract().asString();
        String again = as(token).header("Idempotency-Key", "submit-" + id).body("{}")
                .when().post("/api/applications/" + id + "/submit").then().statusCode(200)
                .header("Idempotent-Replayed", "true").extract().asString();
        assertEquals(first, again);
        JsonPath now = as(token).when().get("/api/applications/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(1, now.getList("timeline.findAll { it.action == 'SUBMIT' }").size());
        // without the key a second submit is an invalid move, and the key cannot be reused for another operation
        as(token).body("{}").when().post("/api/applications/" + id + "/submit").then().statusCode(409);
        as(token).header("Idempotency-Key", "submit-" + id).body("{}").when().post("/api/applications/" + id + "/withdraw")
                .then().statusCode(422);
        as(token).header("Idempotency-Key", "bad key with spaces").body("{}")
                .when().post("/api/applications/" + id + "/withdraw").then().statusCode(400);
    }

    @Test
    void aRepeatedCreateWithTheSameKeyMakesOneCase() {
        String token = Cases.enterprise();
        String key = UUID.randomUUID().toString();
        String first = as(token).header("Idempotency-Key", key).body(Map.of("itemCode", ZERO_VISIT_ITEM))
                .when().post("/api/applications").then().statusCode(201).extract().path("id");
        String second = as(token).header("Idempotency-Key", key).body(Map.of("itemCode", ZERO_VISIT_ITEM))
                .when().post("/api/applications").then().statusCode(201).extract().path("id");
        assertEquals(first, second);
        as(token).when().get("/api/applications").then().body("total", equalTo(1));
    }

    @Test
    void aKeyOlderThanTheRetentionIsForgottenAndMayBeUsedAgain() {
        String token = Cases.enterprise();
        String key = UUID.randomUUID().toString();
        String first = as(token).header("Idempotency-Key", key).body(Map.of("itemCode", ZERO_VISIT_ITEM))
                .when().post("/api/applications").then().statusCode(201).extract().path("id");
        String fresh = UUID.randomUUID().toString();
        as(token).header("Idempotency-Key", fresh).body(Map.of("itemCode", ZERO_VISIT_ITEM))
                .when().post("/api/applications").then().statusCode(201);
        pool.query("update idempotency_record set created_at = now() - interval '25 hours' where idem_key = '" + key + "'")
                .execute().await().indefinitely();
        assertTrue(cleanup.runNow().await().indefinitely() >= 1);
        assertEquals(0L, count("select count(*) from idempotency_record where idem_key = '" + key + "'"));
        assertEquals(1L, count("select count(*) from idempotency_record where idem_key = '" + fresh + "'"), "a recent key stays");
        String again = as(token).header("Idempotency-Key", key).body(Map.of("itemCode", ZERO_VISIT_ITEM))
                .when().post("/api/applications").then().statusCode(201).extract().path("id");
        assertNotEquals(first, again);
    }

    private long count(String sql) {
        return pool.query(sql).execute().await().indefinitely().iterator().next().getLong(0);
    }

    @Test
    void saveChecksTheVersionAndTheState() {
        String token = Cases.enterprise();
        JsonPath draft = Cases.create(token, ZERO_VISIT_ITEM);
        String id = draft.getString("id");
        as(token).body(Map.of("formData", Map.of("planName", "综合应急预案"), "version", draft.getLong("version")))
                .when().put("/api/applications/" + id).then().statusCode(200).body("formData.planName", equalTo("综合应急预案"));
        as(token).body(Map.of("formData", Map.of("planName", "旧版本"), "version", draft.getLong("version")))
                .when().put("/api/applications/" + id).then().statusCode(409).body("type", containsString("stale-version"));
        as(token).body(Map.of("comment", "不再需要")).when().post("/api/applications/" + id + "/withdraw")
                .then().statusCode(200).body("state", equalTo("WITHDRAWN"));
        as(token).body(Map.of("formData", Map.of("planName", "x"))).when().put("/api/applications/" + id)
                .then().statusCode(409).body("type", containsString("not-editable"));
        as(token).body("{}").when().post("/api/applications/" + id + "/withdraw").then().statusCode(409);
    }

    @Test
    void anotherApplicantsCaseAndMaterialsAreNotFound() {
        String owner = Cases.enterprise();
        String id = Cases.readyDraft(owner, ZERO_VISIT_ITEM);
        String materialId = as(owner).when().get("/api/applications/" + id).then().extract().path("materials[0].id");
        String other = Cases.enterprise();
        as(other).when().get("/api/applications/" + id).then().statusCode(404);
        as(other).body(Map.of("formData", Map.of())).when().put("/api/applications/" + id).then().statusCode(404);
        as(other).body("{}").when().post("/api/applications/" + id + "/submit").then().statusCode(404);
        as(other).body("{}").when().post("/api/applications/" + id + "/withdraw").then().statusCode(404);
        as(other).when().get("/api/applications/" + id + "/materials/" + materialId).then().statusCode(404);
        as(other).when().delete("/api/applications/" + id + "/materials/" + materialId).then().statusCode(404);
        Cases.upload(other, id, "FILING_FORM", "a.pdf", "application/pdf", Cases.PDF).then().statusCode(404);
        as(other).when().get("/api/applications").then().body("total", equalTo(0));
        as(other).when().get("/api/applications/not-a-uuid").then().statusCode(404);
        // the owner still has everything
        as(owner).when().get("/api/applications/" + id + "/materials/" + materialId).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .header("Content-Type", containsString("application/pdf"));
    }

    @Test
    void listParametersAreChecked() {
        String token = Cases.enterprise();
        as(token).when().get("/api/applications?state=NOPE&page=-1&size=1000").then().statusCode(400)
                .body("errors.field", hasItems("state", "page", "size"));
        given().when().get("/api/applications").then().statusCode(401);
    }

    @Test
    void theApplicantSeesTheTimelineAndGetsMessages() {
        String token = Cases.enterprise();
        String id = Cases.submitted(token, ZERO_VISIT_ITEM).getString("id");
        as(token).when().get("/api/applications/" + id).then().statusCode(200)
                .body("timeline.action", hasItems("CREATE", "SUBMIT"))
                .body("timeline[1].actorRole", equalTo("APPLICANT"))
                .body("submittedAt", notNullValue());
        JsonPath messages = as(token).when().get("/api/me/notifications").then().statusCode(200).extract().jsonPath();
        assertEquals("SUBMIT", messages.getString("items[0].event"));
        assertEquals(1, messages.getInt("unread"));
        String messageId = messages.getString("items[0].id");
        String other = Cases.enterprise();
        as(other).body("{}").when().post("/api/me/notifications/" + messageId + "/read").then().statusCode(404);
        as(token).body("{}").when().post("/api/me/notifications/" + messageId + "/read").then().statusCode(204);
        as(token).when().get("/api/me/notifications/unread-count").then().body("unread", equalTo(0));
    }
}
