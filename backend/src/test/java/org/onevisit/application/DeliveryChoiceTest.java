package org.onevisit.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.onevisit.application.Cases.BY_POST;
import static org.onevisit.application.Cases.ELECTRONIC;
import static org.onevisit.application.Cases.POST_ADDRESS;
import static org.onevisit.application.Cases.ZERO_VISIT_ITEM;
import static org.onevisit.application.Cases.act;
import static org.onevisit.application.Cases.as;
import static org.onevisit.application.Cases.move;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.Api;
import org.onevisit.identity.Role;
import org.onevisit.identity.TokenService;

/** The applicant chooses how the result comes; the window delivers so, or otherwise only with a reason. */
@QuarkusTest
class DeliveryChoiceTest {

    /** Offers ELECTRONIC and WINDOW, not POST. */
    static final String NO_POST_ITEM = "100010900000";
    /** Offers all three; one visit. */
    static final String LICENCE_ITEM = "010019600100";

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

    static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }

    @Test
    void theChoiceIsSetWithTheDraftAndShownToTheApplicantAndTheStaff() {
        String applicant = Cases.enterprise();
        JsonPath draft = as(applicant).body(Map.of("itemCode", LICENCE_ITEM, "delivery", BY_POST))
                .when().post("/api/applications").then().statusCode(201).extract().jsonPath();
        assertEquals("POST", draft.getString("delivery.method"));
        assertEquals(POST_ADDRESS, draft.getString("delivery.address"));
        assertEquals("赵六", draft.getString("delivery.recipient"));
        assertEquals("13805740002", draft.getString("delivery.mobile"));
        assertEquals("315300", draft.getString("delivery.postcode"));
        String id = draft.getString("id");
        // a save without a delivery keeps it; one with a delivery replaces it (a window pickup keeps no address)
        JsonPath kept = as(applicant).body(Map.of("formData", Cases.completeForm(LICENCE_ITEM))).when()
                .put("/api/applications/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("POST", kept.getString("delivery.method"));
        JsonPath pickup = as(applicant).body(Map.of("formData", Cases.completeForm(LICENCE_ITEM), "delivery",
                Map.of("method", "WINDOW", "address", "ignored"))).when().put("/api/applications/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("WINDOW", pickup.getString("delivery.method"));
        assertNull(pickup.getString("delivery.address"));
        as(applicant).body(Map.of("formData", Cases.completeForm(LICENCE_ITEM), "delivery", BY_POST))
                .when().put("/api/applications/" + id).then().statusCode(200);
        for (String code : Cases.requiredMaterials(LICENCE_ITEM)) {
            Cases.upload(applicant, id, code, code + ".pdf", "application/pdf", Cases.PDF).then().statusCode(201);
        }
        as(applicant).body("{}").when().post("/api/applications/" + id + "/submit").then().statusCode(200);
        // the window, who posts the result, sees the mobile; the reviewer and the approver see it masked
        assertEquals("13805740002", Cases.staffView(window(), id).getString("delivery.mobile"));
        assertEquals("138****0002", Cases.staffView(reviewer(), id).getString("delivery.mobile"));
        assertEquals("138****0002", Cases.staffView(approver(), id).getString("delivery.mobile"));
        assertEquals(POST_ADDRESS, Cases.staffView(reviewer(), id).getString("delivery.address"));
        // lists never carry it
        as(window()).when().get("/api/workbench/applications?q=" + draft.getString("number")).then().statusCode(200)
                .body(not(containsString("13805740002")));
        as(applicant).when().get("/api/applications").then().statusCode(200).body(not(containsString("13805740002")));
    }

    @Test
    void aChoiceIsCheckedFieldByField() {
        String applicant = Cases.enterprise();
        String id = Cases.create(applicant, LICENCE_ITEM).getString("id");
        String path = "/api/applications/" + id;
        Map<Map<String, Object>, String> bad = new LinkedHashMap<>();
        bad.put(Map.of("address", POST_ADDRESS), "delivery.method");
        bad.put(Map.of("method", "FAX"), "delivery"); // not a method at all: a malformed body
        bad.put(with(BY_POST, "address", null), "delivery.address");
        bad.put(with(BY_POST, "address", " "), "delivery.address");
        bad.put(with(BY_POST, "address", "路".repeat(201)), "delivery.address");
        bad.put(with(BY_POST, "recipient", null), "delivery.recipient");
        bad.put(with(BY_POST, "recipient", "张".repeat(51)), "delivery.recipient");
        bad.put(with(BY_POST, "mobile", null), "delivery.mobile");
        bad.put(with(BY_POST, "mobile", "12345"), "delivery.mobile");
        bad.put(with(BY_POST, "mobile", "1380574000212"), "delivery.mobile");
        bad.put(with(BY_POST, "postcode", "31530"), "delivery.postcode");
        bad.put(Map.of("method", "ELECTRONIC", "address", "路".repeat(201)), "delivery.address");
        bad.forEach((delivery, field) -> {
            var answer = as(applicant).body(Map.of("formData", Map.of(), "delivery", delivery)).when().put(path).then();
            if (field.equals("delivery")) {
                answer.statusCode(400);
            } else {
                answer.statusCode(422).body("errors.field", hasItem(field));
            }
        });
        // a post choice missing everything names every field at once
        as(applicant).body(Map.of("delivery", Map.of("method", "POST"))).when().put(path).then().statusCode(422)
                .body("errors.field", hasItems("delivery.address", "delivery.recipient", "delivery.mobile"));
        // a method the guide does not offer, with the draft or later
        as(applicant).body(Map.of("itemCode", NO_POST_ITEM, "delivery", BY_POST)).when().post("/api/applications")
                .then().statusCode(422).body("errors.field", hasItem("delivery.method"))
                .body("errors.message", hasItem(containsString("不提供")));
        String noPost = Cases.create(applicant, NO_POST_ITEM).getString("id");
        as(applicant).body(Map.of("delivery", BY_POST)).when().put("/api/applications/" + noPost).then().statusCode(422)
                .body("errors.field", hasItem("delivery.method"));
        // window pickup is a visit: a zero-visit item never offers it
        as(applicant).body(Map.of("itemCode", ZERO_VISIT_ITEM, "delivery", Map.of("method", "WINDOW")))
                .when().post("/api/applications").then().statusCode(422).body("errors.field", hasItem("delivery.method"));
        // nothing was stored by the refusals
        assertNull(as(applicant).when().get(path).then().extract().jsonPath().get("delivery"));
    }

    @Test
    void theChoiceIsTheApplicantsOwnAndFollowsTheCase() {
        String applicant = Cases.enterprise();
        JsonPath draft = Cases.create(applicant, LICENCE_ITEM);
        String path = "/api/applications/" + draft.getString("id");
        Map<String, Object> body = Map.of("delivery", ELECTRONIC, "version", draft.getLong("version"));
        given().contentType("application/json").body(body).when().put(path).then().statusCode(401);
        as(window()).body(body).when().put(path).then().statusCode(403);
        as(Cases.enterprise()).body(body).when().put(path).then().statusCode(404);
        as(applicant).body(body).when().put(path).then().statusCode(200);
        as(applicant).body(body).when().put(path).then().statusCode(409).body("type", containsString("stale-version"));
        // once submitted it is fixed for the applicant
        String submitted = Cases.submitted(applicant, ZERO_VISIT_ITEM).getString("id");
        as(applicant).body(Map.of("delivery", BY_POST)).when().put("/api/applications/" + submitted).then().statusCode(409);
    }

    @Test
    void submissionAsksForTheChoiceWithEverythingElseMissing() {
        String applicant = Cases.enterprise();
        String id = Cases.create(applicant, ZERO_VISIT_ITEM).getString("id");
        as(applicant).body("{}").when().post("/api/applications/" + id + "/submit").then().statusCode(422)
                .body("type", containsString("incomplete-application"))
                .body("errors.field", hasItems("delivery.method", "materials.FILING_FORM", "formData.planName"));
        // with everything but the delivery, the delivery alone is missing
        String ready = Cases.create(applicant, ZERO_VISIT_ITEM).getString("id");
        as(applicant).body(Map.of("formData", Cases.completeForm(ZERO_VISIT_ITEM))).when().put("/api/applications/" + ready)
                .then().statusCode(200);
        for (String code : Cases.requiredMaterials(ZERO_VISIT_ITEM)) {
            Cases.upload(applicant, ready, code, code + ".pdf", "application/pdf", Cases.PDF).then().statusCode(201);
        }
        as(applicant).body("{}").when().post("/api/applications/" + ready + "/submit").then().statusCode(422)
                .body("errors.field", equalTo(List.of("delivery.method")));
        // choosing alone keeps the form as it was
        as(applicant).body(Map.of("delivery", ELECTRONIC)).when().put("/api/applications/" + ready).then().statusCode(200)
                .body("formData.planName", equalTo(Cases.completeForm(ZERO_VISIT_ITEM).get("planName")));
        as(applicant).body("{}").when().post("/api/applications/" + ready + "/submit").then().statusCode(200)
                .body("state", equalTo("SUBMITTED"));
    }

    /** A submitted zero-visit case of the given choice, accepted, reviewed and approved. */
    String approved(String applicant, String item, Map<String, Object> delivery) {
        String id = Cases.submitted(applicant, item, delivery).getString("id");
        move(window(), id, "ACCEPT", Map.of());
        move(reviewer(), id, "RECOMMEND", Map.of());
        move(approver(), id, "APPROVE", Map.of());
        return id;
    }

    @Test
    void deliverWithoutABodyDeliversElectronicallyAsChosen() {
        String id = approved(Cases.enterprise(), ZERO_VISIT_ITEM, ELECTRONIC);
        JsonPath done = move(window(), id, "DELIVER", Map.of());
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals("ELECTRONIC", done.getString("delivery.method"));
        assertEquals(0, done.getInt("visits"));
        assertNull(done.getString("delivery.changeReason"));
    }

    @Test
    void dispatchAndDeliverWithoutAMethodPostToTheChosenAddress() {
        String id = approved(Cases.enterprise(), ZERO_VISIT_ITEM, BY_POST);
        long version = Cases.staffView(window(), id).getLong("version");
        // the waybill is the window's to give
        act(window(), id, Map.of("action", "DELIVER", "version", version)).then().statusCode(422)
                .body("errors.field", equalTo(List.of("delivery.waybillNumber")));
        act(window(), id, Map.of("action", "DISPATCH", "version", version)).then().statusCode(422)
                .body("errors.field", equalTo(List.of("delivery.waybillNumber")));
        JsonPath dispatched = move(window(), id, "DISPATCH", Map.of("delivery", Map.of("waybillNumber", "EMS1234567890CN")));
        assertEquals(POST_ADDRESS, dispatched.getString("delivery.address"));
        assertEquals("赵六", dispatched.getString("delivery.recipient"));
        assertNotNull(dispatched.getString("delivery.dispatchedAt"));
        JsonPath done = move(window(), id, "DELIVER", Map.of());
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals("EMS1234567890CN", done.getString("delivery.waybillNumber"));
        assertNotNull(done.getString("delivery.signedForAt"));
    }

    @Test
    void deliverWithoutABodyHandsTheResultOverAtTheWindowAsChosenAndCountsTheVisit() {
        String applicant = Cases.enterprise();
        String id = Cases.submitted(applicant, LICENCE_ITEM, Map.of("method", "WINDOW")).getString("id");
        move(window(), id, "ACCEPT", Map.of());
        // the site check this licence's rules require was done in another case's inspection: marked not needed
        VisitPromiseTest.waive(reviewer(), id, Map.of("kind", "SPECIAL_PROCEDURE", "procedure", "现场核查",
                "reason", "经营场所已于本月双随机检查中现场核查")).then().statusCode(200);
        move(reviewer(), id, "RECOMMEND", Map.of());
        move(approver(), id, "APPROVE", Map.of());
        JsonPath done = move(window(), id, "DELIVER", Map.of());
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals("WINDOW", done.getString("delivery.method"));
        assertEquals(1, done.getInt("visits"));
        assertEquals("PICKUP", done.getString("visitLog[0].purpose"));
    }

    @Test
    void theWindowDeliversOtherwiseOnlyWithARecordedReason() {
        String applicant = Cases.enterprise();
        String id = approved(applicant, ZERO_VISIT_ITEM, ELECTRONIC);
        long version = Cases.staffView(window(), id).getLong("version");
        Map<String, Object> byPost = Map.of("method", "POST", "waybillNumber", "EMS1234567890CN", "address", "慈溪市周巷镇兴业北路 8 号");
        act(window(), id, Map.of("action", "DELIVER", "version", version, "delivery", byPost)).then().statusCode(422)
                .body("errors.field", equalTo(List.of("delivery.changeReason")));
        act(window(), id, Map.of("action", "DELIVER", "version", version, "delivery", with(byPost, "changeReason", "理".repeat(501))))
                .then().statusCode(422).body("errors.field", hasItem("delivery.changeReason"));
        JsonPath done = move(window(), id, "DELIVER", Map.of("delivery", with(byPost, "changeReason", "申请人来电要求改为邮寄纸质证书")));
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals("POST", done.getString("delivery.method"));
        assertEquals("慈溪市周巷镇兴业北路 8 号", done.getString("delivery.address"));
        assertEquals("申请人来电要求改为邮寄纸质证书", done.getString("delivery.changeReason"));
        List<String> actions = done.getList("timeline.action");
        assertEquals(List.of("CHANGE_DELIVERY", "DELIVER"), actions.subList(actions.size() - 2, actions.size()));
        assertEquals("申请人来电要求改为邮寄纸质证书", done.getString("timeline[-2].comment"));
        assertEquals("ELECTRONIC", done.getString("timeline[-2].detail.from"));
        // the applicant sees it too, and the audit trail keeps it
        as(applicant).when().get("/api/applications/" + id).then().statusCode(200)
                .body("delivery.changeReason", equalTo("申请人来电要求改为邮寄纸质证书"));
        as(Api.staffToken(tokens, "auditor", Role.AUDITOR)).when().get("/api/audit?action=CASE_CHANGE_DELIVERY").then().statusCode(200)
                .body("events.target", hasItem(containsString(done.getString("number"))));
    }

    @Test
    void aPostalAddressOtherThanTheApplicantsNeedsAReasonTooAndADispatchElseFails() {
        String id = approved(Cases.enterprise(), ZERO_VISIT_ITEM, BY_POST);
        long version = Cases.staffView(window(), id).getLong("version");
        act(window(), id, Map.of("action", "DISPATCH", "version", version, "delivery",
                Map.of("waybillNumber", "EMS1234567890CN", "address", "慈溪市龙山镇龙山大道 1 号"))).then().statusCode(422)
                .body("errors.field", equalTo(List.of("delivery.changeReason")));
        act(window(), id, Map.of("action", "DISPATCH", "version", version, "delivery",
                Map.of("method", "ELECTRONIC", "changeReason", "改为电子证照"))).then().statusCode(422)
                .body("errors.field", hasItem("delivery.method"));
        JsonPath dispatched = move(window(), id, "DISPATCH", Map.of("delivery", Map.of("waybillNumber", "EMS1234567890CN",
                "address", "慈溪市龙山镇龙山大道 1 号", "changeReason", "申请人地址已变更")));
        assertEquals("慈溪市龙山镇龙山大道 1 号", dispatched.getString("delivery.address"));
        assertEquals("CHANGE_DELIVERY", dispatched.getString("timeline[-2].action"));
        // a stale version loses
        act(window(), id, Map.of("action", "DELIVER", "version", version)).then().statusCode(409);
    }
}
