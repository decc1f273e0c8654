package org.onevisit.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onevisit.application.Cases.act;
import static org.onevisit.application.Cases.as;
import static org.onevisit.application.Cases.move;
import static org.onevisit.application.Cases.staffView;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.onevisit.identity.Api;
import org.onevisit.identity.Role;
import org.onevisit.identity.TestData;
import org.onevisit.identity.TokenService;

/**
 * The one-visit promise kept honestly, for every item of the catalogue: a case of a one-visit item completes only
 * once its visit was recorded (at the moment the guide names) or waived with a reason; the reviewer recommends only
 * once every mandatory special procedure was done or marked not needed; waivers are checked like every other step.
 */
@QuarkusTest
class VisitPromiseTest {

    /** The 13 one-visit items, each with the moment of its visit and its mandatory special procedure (or null). */
    static Stream<Arguments> visitItems() {
        return Stream.of(
                Arguments.of("010019600100", "ACCEPTANCE", "现场核查", false),
                Arguments.of("010019600200", "PICKUP", null, false),
                Arguments.of("010019600300", "PICKUP", null, false),
                Arguments.of("010019700000", "SITE_CHECK", "现场核查", false),
                Arguments.of("010019800000", "MEETING", "专家评审", false),
                Arguments.of("010019900000", "MEETING", "专家评审", false),
                Arguments.of("010020000000", "MEETING", "专家评审", false),
                Arguments.of("010020100000", "MEETING", "专家评审", false),
                Arguments.of("010020200000", "ACCEPTANCE", null, true),
                Arguments.of("200001100000", "ACCEPTANCE", "现场核查", false),
                Arguments.of("100010800000", "EXAM", null, true),
                Arguments.of("100010900000", "PICKUP", null, false),
                Arguments.of("100011000000", "PICKUP", null, true));
    }

    /** How the window records the visit each moment names. */
    static final Map<String, String> PURPOSE = Map.of("ACCEPTANCE", "ORIGINALS", "SITE_CHECK", "SITE_CHECK",
            "MEETING", "MEETING", "EXAM", "EXAM");

    static final Map<String, String> MOMENT_ZH = Map.of("ACCEPTANCE", "受理时到窗口核验原件", "PICKUP", "领取（换领）结果时到窗口",
            "SITE_CHECK", "现场核查时申请人在场", "MEETING", "参加专家评审会", "EXAM", "参加考试");

    static final Map<String, String> MOMENT_EN = Map.of("ACCEPTANCE", "originals checked at the window",
            "PICKUP", "collecting (exchanging) the result", "SITE_CHECK", "present at the site inspection",
            "MEETING", "expert review meeting", "EXAM", "sitting the examination");

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

    static String applicant(boolean citizen) {
        if (!citizen) {
            return Cases.enterprise();
        }
        String id = TestData.idNumber();
        given().contentType(ContentType.JSON).body(Map.of("kind", "CITIZEN", "idNumber", id, "name", "陈晓燕",
                "mobile", TestData.mobile(), "password", TestData.PASSWORD)).when().post("/api/auth/register")
                .then().statusCode(201);
        return Api.accessToken(id, TestData.PASSWORD);
    }

    /** A case of the item taken to APPROVED, its mandatory procedure done (or, with {@code waiveProcedure}, waived). */
    String approved(String applicant, String item, String procedure, boolean waiveProcedure) {
        if (item.equals("010019600200") || item.equals("010019600300")) {
            // a renewal or a change carries over the licence the applicant holds: issue that one first
            approved(applicant, "010019600100", "现场核查", true);
        }
        String id = Cases.submitted(applicant, item).getString("id");
        move(window(), id, "ACCEPT", Map.of());
        if (procedure != null) {
            long version = staffView(reviewer(), id).getLong("version");
            act(reviewer(), id, Map.of("action", "RECOMMEND", "version", version)).then().statusCode(409)
                    .body("type", containsString("procedure-missing")).body("detail", containsString(procedure))
                    .body("errors.field", hasItem("specialProcedure"));
            if (waiveProcedure) {
                waive(reviewer(), id, Map.of("kind", "SPECIAL_PROCEDURE", "procedure", procedure, "reason", "已有有效的现场核查记录"))
                        .then().statusCode(200).body("visitPromise.mandatoryProcedures[0].status", equalTo("WAIVED"));
            } else {
                move(reviewer(), id, "START_SPECIAL_PROCEDURE", Map.of("specialProcedure", procedure, "comment", "两名工作人员"));
                assertEquals("RUNNING", staffView(reviewer(), id).getString("visitPromise.mandatoryProcedures[0].status"));
                move(reviewer(), id, "END_SPECIAL_PROCEDURE", Map.of());
                assertEquals("DONE", staffView(reviewer(), id).getString("visitPromise.mandatoryProcedures[0].status"));
            }
        }
        move(reviewer(), id, "RECOMMEND", Map.of());
        move(approver(), id, "APPROVE", Map.of());
        return id;
    }

    static io.restassured.response.Response waive(String token, String id, Map<String, Object> body) {
        Map<String, Object> b = new LinkedHashMap<>(body);
        b.putIfAbsent("version", staffView(token, id).getLong("version"));
        return as(token).body(b).when().post("/api/workbench/applications/" + id + "/waivers");
    }

    static Map<String, Object> electronically() {
        return Map.of("delivery", Map.of("method", "ELECTRONIC"));
    }

    @ParameterizedTest
    @MethodSource("visitItems")
    void aOneVisitCaseCompletesOnlyAfterTheVisitTheGuideNames(String item, String moment, String procedure, boolean citizen) {
        String applicant = applicant(citizen);
        String id = approved(applicant, item, procedure, false);
        JsonPath before = staffView(window(), id);
        assertEquals(moment, before.getString("visitPromise.moment"));
        assertEquals("PENDING", before.getString("visitPromise.status"));
        assertEquals(1, before.getInt("visitPromise.promisedVisits"));
        assertTrue(!before.getList("visitPromise.originals").isEmpty());
        // the applicant was told at acceptance when the visit happens and what to bring
        String accepted = as(applicant).when().get("/api/me/notifications?size=50").then().statusCode(200).extract()
                .jsonPath().getString("items.find { it.event == 'ACCEPT' }.body");
        assertTrue(accepted.contains(MOMENT_ZH.get(moment)) && accepted.contains("请携带原件"), accepted);
        // without the visit the case cannot complete; the answer names the visit, in either language
        long version = before.getLong("version");
        act(window(), id, Map.of("action", "DELIVER", "version", version, "delivery", Map.of("method", "ELECTRONIC")))
                .then().statusCode(409).body("type", containsString("visit-missing"))
                .body("detail", containsString(MOMENT_ZH.get(moment))).body("errors.field", hasItem("visit"));
        as(window()).header("Accept-Language", "en").body(Map.of("action", "DELIVER", "version", version,
                        "delivery", Map.of("method", "ELECTRONIC")))
                .when().post("/api/workbench/applications/" + id + "/actions")
                .then().statusCode(409).body("detail", containsString(MOMENT_EN.get(moment)));
        assertEquals("APPROVED", staffView(window(), id).getString("state"));
        // with it, the case completes with the one visit counted
        JsonPath done;
        if (moment.equals("PICKUP")) {
            // the applicant chose electronic delivery; the paper licence is exchanged at the window instead
            done = move(window(), id, "DELIVER", Map.of("delivery", Map.of("method", "WINDOW",
                    "changeReason", "申请人到窗口交回原证并换领新证")));
            assertEquals("PICKUP", done.getString("visitLog[0].purpose"));
        } else {
            as(window()).body(Map.of("purpose", PURPOSE.get(moment))).when().post("/api/workbench/applications/" + id + "/visits")
                    .then().statusCode(200).body("visitPromise.status", equalTo("RECORDED"));
            done = move(window(), id, "DELIVER", electronically());
            assertEquals(PURPOSE.get(moment), done.getString("visitLog[0].purpose"));
        }
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals(1, done.getInt("visits"));
        assertEquals(0, done.getInt("visitBreaches"));
        assertEquals("RECORDED", done.getString("visitPromise.status"));
    }

    @ParameterizedTest
    @MethodSource("visitItems")
    void aOneVisitCaseCompletesWithoutTheVisitOnlyWhenTheWindowWaivedIt(String item, String moment, String procedure,
                                                                      boolean citizen) {
        String id = approved(applicant(citizen), item, procedure, true);
        long version = staffView(window(), id).getLong("version");
        act(window(), id, Map.of("action", "DELIVER", "version", version, "delivery", Map.of("method", "ELECTRONIC")))
                .then().statusCode(409).body("type", containsString("visit-missing"));
        JsonPath waived = waive(window(), id, Map.of("kind", "VISIT", "reason", "已通过电子证照库核验原件")).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("WAIVED", waived.getString("visitPromise.status"));
        assertEquals("VISIT", waived.getString("waivers.find { it.kind == 'VISIT' }.kind"));
        assertEquals("已通过电子证照库核验原件", waived.getString("waivers.find { it.kind == 'VISIT' }.reason"));
        assertEquals("WINDOW", waived.getString("waivers.find { it.kind == 'VISIT' }.role"));
        assertEquals("WAIVE_VISIT", waived.getString("timeline[-1].action"));
        assertEquals("已通过电子证照库核验原件", waived.getString("timeline[-1].comment"));
        assertTrue(waived.getLong("version") > version, "a waiver makes a new version");
        JsonPath done = move(window(), id, "DELIVER", electronically());
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals(0, done.getInt("visits"));
        assertEquals("WAIVED", done.getString("visitPromise.status"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"100010100000", "100010200000", "100010300000", "100010400000", "100010500000",
            "100010600000", "100010700000"})
    void aZeroVisitCaseCompletesWithNoVisitAndNothingToWaive(String item) {
        String id = Cases.submitted(Cases.enterprise(), item).getString("id");
        if (item.equals(WorkbenchResourceTest.IMMEDIATE_ITEM)) {
            move(window(), id, "ACCEPT", Map.of("approveNow", true));
        } else {
            move(window(), id, "ACCEPT", Map.of());
            move(reviewer(), id, "RECOMMEND", Map.of());
            move(approver(), id, "APPROVE", Map.of());
        }
        waive(window(), id, Map.of("kind", "VISIT", "reason", "无")).then().statusCode(409)
                .body("type", containsString("nothing-to-waive"));
        JsonPath done = move(window(), id, "DELIVER", electronically());
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals(0, done.getInt("visits"));
        assertEquals("NONE", done.getString("visitPromise.status"));
        assertEquals(List.of(), done.getList("visitPromise.originals"));
        assertEquals(List.of(), done.getList("waivers"));
    }

    @Test
    void aWalkInIsTheVisitAndTheApplicantIsToldNoFurtherVisitIsNeeded() {
        Api.Enterprise e = Api.registerEnterprise();
        String applicant = Api.accessToken(e.creditCode(), e.password());
        String item = WorkbenchResourceTest.CITY_WIDE_ITEM;
        String id = as(window()).body(Map.of("itemCode", item, "applicant", e.creditCode(), "formData", Cases.completeForm(item)))
                .when().post("/api/workbench/applications").then().statusCode(201).extract().path("id");
        for (String code : Cases.requiredMaterials(item)) {
            given().auth().oauth2(window()).multiPart("materialCode", code).multiPart("file", code + ".pdf", Cases.PDF,
                    "application/pdf").when().post("/api/workbench/applications/" + id + "/materials").then().statusCode(201);
        }
        move(window(), id, "SUBMIT", Map.of());
        JsonPath accepted = move(window(), id, "ACCEPT", Map.of());
        assertEquals("RECORDED", accepted.getString("visitPromise.status"));
        assertTrue(accepted.getString("timeline[-1].detail.visitNotice").contains("无需再次到现场"));
        // a visit made cannot be waived
        waive(window(), id, Map.of("kind", "VISIT", "reason", "x")).then().statusCode(409)
                .body("type", containsString("visit-recorded"));
        String body = as(applicant).when().get("/api/me/notifications?size=50").then().extract().jsonPath()
                .getString("items.find { it.event == 'ACCEPT' }.body");
        assertTrue(body.contains("无需再次到现场"), body);
    }

    @Test
    void theAcceptanceNoticeSaysWhenTheVisitHappensAndWhatToBring() {
        String applicant = Cases.enterprise();
        String id = Cases.submitted(applicant, "010019700000").getString("id");
        move(window(), id, "ACCEPT", Map.of());
        String html = as(applicant).when().get("/api/applications/" + id + "/notices/acceptance").then().statusCode(200)
                .extract().asString();
        assertTrue(html.contains("需到现场一次") && html.contains("现场核查时申请人在场"), html);
        assertTrue(html.contains("烟花爆竹经营（零售）许可证申请书") && html.contains("原件 1 份"), html);
        // a zero-visit item's notice says nothing of a visit
        String zero = Cases.submitted(applicant, Cases.ZERO_VISIT_ITEM).getString("id");
        move(window(), zero, "ACCEPT", Map.of());
        String none = as(applicant).when().get("/api/applications/" + zero + "/notices/acceptance").then().statusCode(200)
                .extract().asString();
        assertTrue(!none.contains("需到现场一次"), none);
    }

    @Test
    void aWaiverIsCheckedLikeEveryOtherStep() {
        String applicant = Cases.enterprise();
        String item = "010019700000";
        String id = Cases.submitted(applicant, item).getString("id");
        String path = "/api/workbench/applications/" + id + "/waivers";
        long version = staffView(window(), id).getLong("version");
        // malformed or missing
        as(window()).body("{").when().post(path).then().statusCode(400);
        as(window()).body(Map.of("reason", "x", "version", version)).when().post(path).then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        as(window()).body(Map.of("kind", "VISIT", "reason", "x")).when().post(path).then().statusCode(400)
                .body("errors.field", hasItem("version"));
        as(window()).body(Map.of("kind", "NEITHER", "reason", "x", "version", version)).when().post(path).then().statusCode(400);
        as(window()).body(Map.of("kind", "VISIT", "reason", " ", "version", version)).when().post(path).then().statusCode(422)
                .body("errors.field", hasItem("reason"));
        as(window()).body(Map.of("kind", "VISIT", "reason", "长".repeat(501), "version", version)).when().post(path)
                .then().statusCode(422).body("errors.field", hasItem("reason"));
        as(reviewer()).body(Map.of("kind", "SPECIAL_PROCEDURE", "reason", "x", "version", version)).when().post(path)
                .then().statusCode(422).body("errors.field", hasItem("procedure"));
        // who
        given().contentType(ContentType.JSON).body(Map.of("kind", "VISIT", "reason", "x", "version", version)).when().post(path)
                .then().statusCode(401);
        as(applicant).body(Map.of("kind", "VISIT", "reason", "x", "version", version)).when().post(path).then().statusCode(403);
        as(approver()).body(Map.of("kind", "VISIT", "reason", "x", "version", version)).when().post(path).then().statusCode(403);
        as(reviewer()).body(Map.of("kind", "VISIT", "reason", "x", "version", version)).when().post(path).then().statusCode(403)
                .body("type", containsString("wrong-role"));
        as(window()).body(Map.of("kind", "SPECIAL_PROCEDURE", "procedure", "现场核查", "reason", "x", "version", version))
                .when().post(path).then().statusCode(403);
        // which case
        as(window()).body(Map.of("kind", "VISIT", "reason", "x", "version", 0)).when()
                .post("/api/workbench/applications/" + UUID.randomUUID() + "/waivers").then().statusCode(404);
        as(window()).body(Map.of("kind", "VISIT", "reason", "x", "version", 0)).when()
                .post("/api/workbench/applications/not-a-uuid/waivers").then().statusCode(404);
        String draft = Cases.create(applicant, item).getString("id");
        as(window()).body(Map.of("kind", "VISIT", "reason", "x", "version", 0)).when()
                .post("/api/workbench/applications/" + draft + "/waivers").then().statusCode(404);
        // when
        as(window()).body(Map.of("kind", "VISIT", "reason", "x", "version", version + 7)).when().post(path).then().statusCode(409)
                .body("type", containsString("stale-version"));
        as(reviewer()).body(Map.of("kind", "SPECIAL_PROCEDURE", "procedure", "现场核查", "reason", "x", "version", version))
                .when().post(path).then().statusCode(409).body("type", containsString("waiver-state"));
        move(window(), id, "ACCEPT", Map.of());
        waive(reviewer(), id, Map.of("kind", "SPECIAL_PROCEDURE", "procedure", "听证", "reason", "x")).then().statusCode(422)
                .body("errors.field", hasItem("procedure"));
        move(reviewer(), id, "START_SPECIAL_PROCEDURE", Map.of("specialProcedure", "现场核查"));
        waive(reviewer(), id, Map.of("kind", "SPECIAL_PROCEDURE", "procedure", "现场核查", "reason", "x")).then().statusCode(409)
                .body("type", containsString("procedure-started"));
        move(reviewer(), id, "END_SPECIAL_PROCEDURE", Map.of());
        // the visit is waived once, with the window's reason on the timeline and in the audit trail
        waive(window(), id, Map.of("kind", "VISIT", "reason", "核查时已核验原件")).then().statusCode(200);
        waive(window(), id, Map.of("kind", "VISIT", "reason", "again")).then().statusCode(409)
                .body("type", containsString("already-waived"));
        String number = staffView(window(), id).getString("number");
        given().auth().oauth2(Api.staffToken(tokens, "auditor", Role.AUDITOR)).when().get("/api/audit?action=CASE_WAIVE_VISIT&size=100")
                .then().statusCode(200).body("events.target", hasItem(containsString(number)));
        String told = as(applicant).when().get("/api/me/notifications?size=50").then().extract().jsonPath()
                .getString("items.find { it.event == 'WAIVE_VISIT' }.body");
        assertTrue(told != null && told.contains("无需您再到现场"), told);
        // a closed case takes no waiver
        move(reviewer(), id, "RECOMMEND", Map.of());
        move(approver(), id, "APPROVE", Map.of());
        move(window(), id, "DELIVER", electronically());
        waive(reviewer(), id, Map.of("kind", "SPECIAL_PROCEDURE", "procedure", "现场核查", "reason", "x")).then().statusCode(409)
                .body("type", containsString("case-closed"));
    }

    @Test
    void theGuideSaysWhenTheVisitHappensAndWhatToBring() {
        JsonPath g = Cases.guide("010019600200");
        assertEquals("PICKUP", g.getString("visitMoment"));
        assertEquals(List.of("ORIGINAL_LICENCE", "EXTENSION_APPLICATION", "CHANGE_STATEMENT"), g.getList("visitOriginals.code"));
        assertEquals(Boolean.TRUE, Cases.guide("010019700000").getBoolean("specialProcedures[0].mandatory"));
        assertEquals(Boolean.FALSE, Cases.guide("100010900000").getBoolean("specialProcedures[0].mandatory"));
        JsonPath zero = Cases.guide(Cases.ZERO_VISIT_ITEM);
        assertTrue(zero.get("visitMoment") == null);
        assertEquals(List.of(), zero.getList("visitOriginals"));
    }
}
