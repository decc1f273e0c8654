package org.onevisit.application;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onevisit.application.Cases.PDF;
import static org.onevisit.application.Cases.ZERO_VISIT_ITEM;
import static org.onevisit.application.Cases.act;
import static org.onevisit.application.Cases.as;
import static org.onevisit.application.Cases.move;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.Api;
import org.onevisit.identity.Role;
import org.onevisit.identity.TokenService;

/** The workbench: the whole procedure, roles, concurrent officers, corrections, pauses and the record. */
@QuarkusTest
class WorkbenchResourceTest {

    /** A one-visit, city-wide licensing item (7 working days promised, 30 statutory). */
    static final String CITY_WIDE_ITEM = "010019600100";
    /** A one-visit item accepted only at the bureau's own window. */
    static final String BUREAU_ONLY_ITEM = "010020000000";
    /** An immediate (即办) zero-visit filing. */
    static final String IMMEDIATE_ITEM = "100010300000";

    @Inject
    TokenService tokens;

    String window() {
        return Api.staffToken(tokens, "window", Role.WINDOW);
    }

    String reviewer() {
        return Api.staffToken(tokens, "reviewer", Role.REVIEWER);
    }

    String approver() {
        return Api.staffToken(tokens, "approver", Role.APPROVER);
    }

    @Test
    void aZeroVisitCaseGoesFromSubmissionToCompletedWithEveryStepRecorded() {
        String applicant = Cases.enterprise();
        String id = Cases.submitted(applicant, ZERO_VISIT_ITEM).getString("id");
        JsonPath accepted = move(window(), id, "ACCEPT", Map.of());
        assertEquals("UNDER_REVIEW", accepted.getString("state"));
        assertEquals("CX-CENTRE", accepted.getString("locationCode"));
        assertTrue(accepted.getString("dueDate") != null && accepted.get("remainingWorkingDays") != null);
        assertEquals(1, accepted.getInt("deadline.promisedDays"));
        move(reviewer(), id, "RECOMMEND", Map.of("comment", "材料齐全，建议备案"));
        move(approver(), id, "APPROVE", Map.of("comment", "同意备案"));
        JsonPath done = move(window(), id, "DELIVER", Map.of("delivery", Map.of("method", "ELECTRONIC")));
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals(0, done.getInt("visits"));
        as(applicant).when().get("/api/applications/" + id).then().statusCode(200)
                .body("timeline.action", equalTo(List.of("CREATE", "SUBMIT", "ACCEPT", "RECOMMEND", "APPROVE", "DELIVER")))
                .body("timeline[3].comment", equalTo("材料齐全，建议备案"))
                .body("timeline[2].actorRole", equalTo("WINDOW"))
                .body("notices", hasItems("ACCEPTANCE", "DECISION"))
                .body("completedAt", notNullValue());
        as(applicant).when().get("/api/me/notifications").then().body("items.event", hasItems("ACCEPT", "APPROVE", "DELIVER"));
        as(applicant).when().get("/api/applications/" + id + "/notices/acceptance").then().statusCode(200)
                .body(containsString("受理通知书")).body(containsString(done.getString("number")));
        as(applicant).when().get("/api/applications/" + id + "/notices/non-acceptance").then().statusCode(404);
        as(window()).when().get("/api/workbench/applications/" + id + "/notices/decision").then().statusCode(200)
                .body(containsString("准予办理决定书"));
        // the audit trail holds every step
        String auditor = Api.staffToken(tokens, "auditor", Role.AUDITOR);
        as(auditor).when().get("/api/audit?action=CASE_ACCEPT&size=100").then().statusCode(200)
                .body("events.target", hasItem(containsString(done.getString("number"))));
    }

    @Test
    void eachStepBelongsToItsRoleAndStateOthersAreRefused() {
        String id = Cases.submitted(Cases.enterprise(), ZERO_VISIT_ITEM).getString("id");
        long version = Cases.staffView(window(), id).getLong("version");
        act(reviewer(), id, Map.of("action", "ACCEPT", "version", version)).then().statusCode(403)
                .body("type", containsString("wrong-role"));
        act(approver(), id, Map.of("action", "APPROVE", "version", version)).then().statusCode(409)
                .body("type", containsString("invalid-move"));
        act(window(), id, Map.of("action", "RECOMMEND", "version", version)).then().statusCode(409);
        act(window(), id, Map.of("action", "RESUBMIT", "version", version)).then().statusCode(409);
        act(window(), id, Map.of("action", "NOT_ACCEPT", "version", version)).then().statusCode(422)
                .body("errors.field", hasItem("comment"));
        act(window(), id, Map.of("action", "ACCEPT")).then().statusCode(400).body("errors.field", hasItem("version"));
        act(window(), id, Map.of("action", "FLY", "version", version)).then().statusCode(400);
        act(window(), id, Map.of("action", "ACCEPT", "version", version, "approveNow", true)).then().statusCode(409);
        act(window(), "00000000-0000-0000-0000-000000000000", Map.of("action", "ACCEPT", "version", 0)).then().statusCode(404);
        String inspector = Api.staffToken(tokens, "inspector", Role.INSPECTOR);
        as(inspector).when().get("/api/workbench/applications/" + id).then().statusCode(403);
        as(Cases.enterprise()).when().get("/api/workbench/applications/" + id).then().statusCode(403);
        assertEquals("SUBMITTED", Cases.staffView(window(), id).getString("state"));
    }

    @Test
    void ofTwoOfficersActingAtOnceOneWinsAndTheOtherGets409() throws Exception {
        String id = Cases.submitted(Cases.enterprise(), ZERO_VISIT_ITEM).getString("id");
        long version = Cases.staffView(window(), id).getLong("version");
        String token = window();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return act(token, id, Map.of("action", "ACCEPT", "version", version)).then().extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        Collections.sort(statuses);
        assertEquals(List.of(200, 409, 409, 409), statuses);
        JsonPath view = Cases.staffView(window(), id);
        assertEquals(1, view.getList("timeline.findAll { it.action == 'ACCEPT' }").size());
        assertEquals("UNDER_REVIEW", view.getString("state"));
    }

    @Test
    void aCorrectionListsEverythingPausesTheClockAndIsAnsweredByReplacingWhatWasAsked() {
        String applicant = Cases.enterprise();
        String id = Cases.submitted(applicant, ZERO_VISIT_ITEM).getString("id");
        long version = Cases.staffView(window(), id).getLong("version");
        act(window(), id, Map.of("action", "REQUEST_CORRECTION", "version", version)).then().statusCode(422)
                .body("errors.field", hasItem("correctionItems"));
        act(window(), id, Map.of("action", "REQUEST_CORRECTION", "version", version,
                "correctionItems", List.of(Map.of("kind", "MATERIAL", "code", "NOPE")))).then().statusCode(422);
        JsonPath corrected = move(window(), id, "REQUEST_CORRECTION", Map.of("comment", "请补正", "correctionItems", List.of(
                Map.of("kind", "MATERIAL", "code", "REVIEW_OPINION", "note", "缺少专家签字"),
                Map.of("kind", "FIELD", "code", "planName", "note", "与预案封面不一致"))));
        assertEquals("CORRECTION_REQUIRED", corrected.getString("state"));
        assertEquals(true, corrected.getBoolean("deadline.paused"));
        assertEquals(1, corrected.getInt("corrections"));
        JsonPath seen = as(applicant).when().get("/api/applications/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("应急预案评审意见（或论证意见）", "应急预案名称"), seen.getList("correction.items.name"));
        assertEquals(List.of("RESUBMIT", "WITHDRAW"), seen.getList("availableActions"));
        as(applicant).when().get("/api/applications/" + id + "/notices/correction").then().statusCode(200)
                .body(containsString("一次性告知")).body(containsString("缺少专家签字"));
        // not answered yet: the material asked for was not uploaded again
        as(applicant).body("{}").when().post("/api/applications/" + id + "/resubmit").then().statusCode(422)
                .body("errors.field", hasItem("materials.REVIEW_OPINION"));
        Cases.upload(applicant, id, "REVIEW_OPINION", "opinion.pdf", "application/pdf", PDF).then().statusCode(201);
        JsonPath resubmitted = as(applicant).body("{}").when().post("/api/applications/" + id + "/resubmit")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("SUBMITTED", resubmitted.getString("state"));
        assertEquals(false, resubmitted.getBoolean("deadline.paused"));
        assertTrue(resubmitted.getList("timeline.action").contains("MATERIAL_REPLACED"));
        // a second correction needs a reason and is counted
        version = Cases.staffView(window(), id).getLong("version");
        act(window(), id, Map.of("action", "REQUEST_CORRECTION", "version", version, "correctionItems",
                List.of(Map.of("kind", "MATERIAL", "code", "FILING_FORM"))))
                .then().statusCode(422).body("errors.field", hasItem("reason"));
        JsonPath second = move(window(), id, "REQUEST_CORRECTION", Map.of("reason", "申报表盖章不清晰", "correctionItems",
                List.of(Map.of("kind", "MATERIAL", "code", "FILING_FORM"))));
        assertEquals(2, second.getInt("corrections"));
    }

    @Test
    void aSpecialProcedurePausesTheClockUntilItEnds() {
        String id = Cases.submitted(Cases.enterprise(), ZERO_VISIT_ITEM).getString("id");
        move(window(), id, "ACCEPT", Map.of());
        long version = Cases.staffView(reviewer(), id).getLong("version");
        act(reviewer(), id, Map.of("action", "START_SPECIAL_PROCEDURE", "version", version)).then().statusCode(422);
        act(reviewer(), id, Map.of("action", "END_SPECIAL_PROCEDURE", "version", version)).then().statusCode(409);
        JsonPath paused = move(reviewer(), id, "START_SPECIAL_PROCEDURE", Map.of("specialProcedure", "专家评审"));
        assertEquals(true, paused.getBoolean("deadline.paused"));
        assertEquals("专家评审", paused.getString("deadline.pauseReason"));
        as(window()).when().get("/api/workbench/applications?due=OVERDUE&size=100").then()
                .body("items.id", not(hasItem(id)));
        act(reviewer(), id, Map.of("action", "RECOMMEND", "version", paused.getLong("version"))).then().statusCode(409)
                .body("type", containsString("paused"));
        JsonPath resumed = move(reviewer(), id, "END_SPECIAL_PROCEDURE", Map.of());
        assertEquals(false, resumed.getBoolean("deadline.paused"));
        assertEquals("UNDER_REVIEW", resumed.getString("state"));
    }

    @Test
    void whoRecommendedACaseDoesNotDecideIt() {
        String id = Cases.submitted(Cases.enterprise(), ZERO_VISIT_ITEM).getString("id");
        move(window(), id, "ACCEPT", Map.of());
        String both = Api.staffToken(tokens, "reviewer", Role.REVIEWER, Role.APPROVER);
        move(both, id, "RECOMMEND", Map.of());
        long version = Cases.staffView(both, id).getLong("version");
        act(both, id, Map.of("action", "APPROVE", "version", version)).then().statusCode(403)
                .body("type", containsString("same-officer"));
        JsonPath denied = move(approver(), id, "DENY", Map.of("comment", "评审意见不符合要求"));
        assertEquals("DENIED", denied.getString("state"));
        assertEquals("DENIED", denied.getString("decision.outcome"));
        assertTrue(denied.getString("decision.remedies").contains("行政复议"));
        as(window()).when().get("/api/workbench/applications/" + id + "/notices/decision").then().statusCode(200)
                .body(containsString("不予办理决定书")).body(containsString("评审意见不符合要求"));
    }

    @Test
    void aResultByPostIsDispatchedWithItsWaybillAndCompletesWhenSignedFor() {
        String applicant = Cases.enterprise();
        String id = Cases.submitted(applicant, IMMEDIATE_ITEM, Cases.BY_POST).getString("id");
        move(window(), id, "ACCEPT", Map.of("approveNow", true));
        long version = Cases.staffView(window(), id).getLong("version");
        act(window(), id, Map.of("action", "DISPATCH", "version", version, "delivery", Map.of("method", "ELECTRONIC")))
                .then().statusCode(422);
        JsonPath dispatched = move(window(), id, "DISPATCH", Map.of("delivery",
                Map.of("method", "POST", "waybillNumber", "ems1234567890cn", "address", "慈溪市浒山街道新城大道北路 1 号")));
        assertEquals("APPROVED", dispatched.getString("state"));
        assertEquals("EMS1234567890CN", dispatched.getString("delivery.waybillNumber"));
        assertTrue(dispatched.getString("delivery.dispatchedAt") != null);
        version = dispatched.getLong("version");
        act(window(), id, Map.of("action", "DISPATCH", "version", version, "delivery",
                Map.of("method", "POST", "waybillNumber", "EMS0000000000CN"))).then().statusCode(409);
        JsonPath signed = move(window(), id, "DELIVER", Map.of("delivery", Map.of("method", "POST")));
        assertEquals("COMPLETED", signed.getString("state"));
        assertTrue(signed.getString("delivery.signedForAt") != null);
        as(applicant).when().get("/api/applications/" + id).then()
                .body("timeline.action", hasItems("DISPATCH", "DELIVER"));
        as(applicant).when().get("/api/me/notifications").then().body("items.event", hasItem("DISPATCH"));
    }

    @Test
    void anImmediateItemIsApprovedAtAcceptance() {
        String applicant = Cases.enterprise();
        String id = Cases.submitted(applicant, IMMEDIATE_ITEM).getString("id");
        JsonPath approved = move(window(), id, "ACCEPT", Map.of("approveNow", true));
        assertEquals("APPROVED", approved.getString("state"));
        assertEquals(approved.getString("acceptedAt"), approved.getString("decidedAt"));
        // the applicant hears that it was approved, not that it is under review
        as(applicant).when().get("/api/me/notifications").then()
                .body("items.event", hasItem("ACCEPT_AND_APPROVE")).body("items.event", not(hasItem("ACCEPT")))
                .body("items.find { it.event == 'ACCEPT_AND_APPROVE' }.body", containsString("当场准予"));
    }

    @Test
    void theQueueIsFilteredCountedAndChecked() {
        String applicant = Cases.enterprise();
        JsonPath submitted = Cases.submitted(applicant, ZERO_VISIT_ITEM);
        String number = submitted.getString("number");
        as(window()).when().get("/api/workbench/applications?q=" + number).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].number", equalTo(number))
                .body("items[0].state", equalTo("SUBMITTED")).body("counts.SUBMITTED", notNullValue());
        as(window()).when().get("/api/workbench/applications?state=SUBMITTED&item=" + ZERO_VISIT_ITEM + "&size=100")
                .then().statusCode(200).body("items.number", hasItem(number));
        as(window()).when().get("/api/workbench/applications?state=UNDER_REVIEW&size=100").then().statusCode(200)
                .body("items.number", not(hasItem(number)));
        as(window()).when().get("/api/workbench/applications?state=BAD&due=LATE&page=x&size=0").then().statusCode(400)
                .body("errors.field", hasItems("state", "due", "page", "size"));
        // drafts still being written online are the applicant's own
        String draft = Cases.create(applicant, ZERO_VISIT_ITEM).getString("id");
        as(window()).when().get("/api/workbench/applications/" + draft).then().statusCode(404);
        as(window()).when().get("/api/workbench/applications?state=DRAFT&size=100").then().body("items.id", not(hasItem(draft)));
    }

    @Test
    void searchTakesWildcardCharactersLiterally() {
        String prefix = "T" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Api.Enterprise e = Api.registerEnterprise(prefix + "_%!\\化工有限公司");
        String number = Cases.submitted(Api.accessToken(e.creditCode(), e.password()), ZERO_VISIT_ITEM).getString("number");
        for (String q : List.of(prefix + "_", prefix + "_%", prefix + "_%!", prefix + "_%!\\化工")) {
            as(window()).queryParam("q", q).when().get("/api/workbench/applications").then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].number", equalTo(number));
        }
        // unescaped, _ and % would match these too
        for (String q : List.of(prefix + "X", prefix + "X%", prefix + "_X", prefix + "%化工")) {
            as(window()).queryParam("q", q).when().get("/api/workbench/applications").then().statusCode(200)
                    .body("total", equalTo(0));
        }
    }

    @Test
    void staffSeeTheMaterialsOfCasesTheyHandle() {
        String applicant = Cases.enterprise();
        JsonPath submitted = Cases.submitted(applicant, ZERO_VISIT_ITEM);
        String id = submitted.getString("id");
        String materialId = submitted.getString("materials[0].id");
        as(reviewer()).when().get("/api/workbench/applications/" + id + "/materials/" + materialId).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"));
        as(reviewer()).when().get("/api/workbench/applications/" + id + "/materials/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404);
        assertEquals(null, submitted.getString("deadline.dueDate"));
        as(window()).when().get("/api/workbench/applications/" + id).then().body("deadline.urgency", nullValue());
    }
}
