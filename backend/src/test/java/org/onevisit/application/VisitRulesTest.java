package org.onevisit.application;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onevisit.application.Cases.PDF;
import static org.onevisit.application.Cases.ZERO_VISIT_ITEM;
import static org.onevisit.application.Cases.act;
import static org.onevisit.application.Cases.as;
import static org.onevisit.application.Cases.move;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.Api;
import org.onevisit.identity.Role;
import org.onevisit.identity.TokenService;

/** What the reform promises, enforced: zero visits, at most one visit, city-wide acceptance, walk-ins. */
@QuarkusTest
class VisitRulesTest {

    @Inject
    TokenService tokens;

    String window() {
        return Api.staffToken(tokens, "window", Role.WINDOW);
    }

    /** A window officer at a town centre (周巷镇便民服务中心), not the bureau's own window. */
    String townWindow() {
        return Api.staffToken(tokens, "window2", Role.WINDOW);
    }

    @Test
    void aZeroVisitItemNeverCallsTheApplicantToAWindow() {
        String id = Cases.submitted(Cases.enterprise(), ZERO_VISIT_ITEM, Cases.BY_POST).getString("id");
        move(window(), id, "ACCEPT", Map.of());
        as(window()).body(Map.of("purpose", "ORIGINALS")).when().post("/api/workbench/applications/" + id + "/visits")
                .then().statusCode(422).body("type", containsString("zero-visit-item"));
        move(Api.staffToken(tokens, "reviewer", Role.REVIEWER), id, "RECOMMEND", Map.of());
        move(Api.staffToken(tokens, "approver", Role.APPROVER), id, "APPROVE", Map.of());
        long version = Cases.staffView(window(), id).getLong("version");
        act(window(), id, Map.of("action", "DELIVER", "version", version, "delivery", Map.of("method", "WINDOW")))
                .then().statusCode(422);
        act(window(), id, Map.of("action", "DELIVER", "version", version, "delivery", Map.of("method", "POST")))
                .then().statusCode(422).body("errors.field", hasItem("delivery.waybillNumber"));
        JsonPath done = move(window(), id, "DELIVER", Map.of("delivery", Map.of("method", "POST", "waybillNumber", "EMS1234567890CN")));
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals("EMS1234567890CN", done.getString("delivery.waybillNumber"));
        assertEquals(0, done.getInt("visits"));
    }

    @Test
    void aWalkInCountsAsTheVisitAndASecondVisitNeedsAReasonAndIsABreach() {
        Api.Enterprise e = Api.registerEnterprise();
        String applicant = Api.accessToken(e.creditCode(), e.password());
        JsonPath walkIn = as(window()).body(Map.of("itemCode", WorkbenchResourceTest.CITY_WIDE_ITEM, "applicant", e.creditCode()))
                .when().post("/api/workbench/applications").then().statusCode(201).extract().jsonPath();
        String id = walkIn.getString("id");
        assertEquals("WINDOW", walkIn.getString("channel"));
        assertEquals(1, walkIn.getInt("visits"));
        assertEquals("DRAFT", walkIn.getString("state"));
        // the officer completes it with the applicant and submits it
        as(applicant).when().get("/api/applications/" + id).then().statusCode(200).body("channel", equalTo("WINDOW"));
        Cases.as(applicant).body(Map.of("formData", Cases.completeForm(WorkbenchResourceTest.CITY_WIDE_ITEM)))
                .when().put("/api/applications/" + id).then().statusCode(200);
        for (String code : Cases.requiredMaterials(WorkbenchResourceTest.CITY_WIDE_ITEM)) {
            io.restassured.RestAssured.given().auth().oauth2(window()).multiPart("materialCode", code)
                    .multiPart("file", code + ".pdf", PDF, "application/pdf")
                    .when().post("/api/workbench/applications/" + id + "/materials").then().statusCode(201);
        }
        assertEquals("SUBMITTED", move(window(), id, "SUBMIT", Map.of()).getString("state"));
        as(window()).body(Map.of("purpose", "ORIGINALS")).when().post("/api/workbench/applications/" + id + "/visits")
                .then().statusCode(422).body("errors.field", hasItem("reason"));
        JsonPath second = as(window()).body(Map.of("purpose", "ORIGINALS", "reason", "原件核验"))
                .when().post("/api/workbench/applications/" + id + "/visits").then().statusCode(200).extract().jsonPath();
        assertEquals(2, second.getInt("visits"));
        assertEquals(1, second.getInt("visitBreaches"));
        assertEquals(true, second.getBoolean("visitLog[1].breach"));
        // an online case is not the window's to upload for
        String online = Cases.create(applicant, ZERO_VISIT_ITEM).getString("id");
        io.restassured.RestAssured.given().auth().oauth2(window()).multiPart("materialCode", "FILING_FORM")
                .multiPart("file", "a.pdf", PDF, "application/pdf")
                .when().post("/api/workbench/applications/" + online + "/materials").then().statusCode(404);
    }

    @Test
    void theWindowCorrectsTheFormOfAWalkInUntilItIsSubmitted() {
        Api.Enterprise e = Api.registerEnterprise();
        String applicant = Api.accessToken(e.creditCode(), e.password());
        JsonPath walkIn = as(window()).body(Map.of("itemCode", WorkbenchResourceTest.CITY_WIDE_ITEM, "applicant", e.creditCode()))
                .when().post("/api/workbench/applications").then().statusCode(201).extract().jsonPath();
        String id = walkIn.getString("id");
        String path = "/api/workbench/applications/" + id;
        Map<String, Object> form = Cases.completeForm(WorkbenchResourceTest.CITY_WIDE_ITEM);
        JsonPath saved = as(window()).body(Map.of("formData", form, "version", walkIn.getLong("version")))
                .when().put(path).then().statusCode(200).extract().jsonPath();
        assertEquals(form.keySet(), saved.getMap("formData").keySet());
        assertEquals("EDIT_FORM", saved.getString("timeline[-1].action"));
        assertEquals("WINDOW", saved.getString("timeline[-1].actorRole"));
        // the version the officer saw, a well-formed form, and the window role are required
        as(window()).body(Map.of("formData", form, "version", walkIn.getLong("version"))).when().put(path)
                .then().statusCode(409).body("type", containsString("stale-version"));
        as(window()).body(Map.of("formData", Map.of("contactMobile", "12345"))).when().put(path)
                .then().statusCode(422).body("errors.field", hasItem("formData.contactMobile"));
        as(window()).body(Map.of("formData", Map.of("noSuchField", "x"))).when().put(path).then().statusCode(422);
        as(Api.staffToken(tokens, "reviewer", Role.REVIEWER)).body(Map.of("formData", form)).when().put(path).then().statusCode(403);
        as(applicant).body(Map.of("formData", form)).when().put(path).then().statusCode(403);
        // an online case is the applicant's, even a submitted one
        String online = Cases.submitted(applicant, ZERO_VISIT_ITEM).getString("id");
        as(window()).body(Map.of("formData", Map.of())).when().put("/api/workbench/applications/" + online).then().statusCode(404);
        as(window()).body(Map.of("formData", Map.of())).when().put("/api/workbench/applications/" + java.util.UUID.randomUUID())
                .then().statusCode(404);
        // once submitted, the form is fixed
        for (String code : Cases.requiredMaterials(WorkbenchResourceTest.CITY_WIDE_ITEM)) {
            io.restassured.RestAssured.given().auth().oauth2(window()).multiPart("materialCode", code)
                    .multiPart("file", code + ".pdf", PDF, "application/pdf").when().post(path + "/materials").then().statusCode(201);
        }
        move(window(), id, "SUBMIT", Map.of());
        as(window()).body(Map.of("formData", form)).when().put(path).then().statusCode(409).body("type", containsString("not-editable"));
    }

    @Test
    void aWalkInNeedsARegisteredApplicantOfTheRightKind() {
        as(window()).body(Map.of("itemCode", ZERO_VISIT_ITEM, "applicant", "91330282MA2CX1A7U9"))
                .when().post("/api/workbench/applications").then().statusCode(422).body("errors.field", hasItem("applicant"));
        as(window()).body(Map.of("itemCode", ZERO_VISIT_ITEM, "applicant", "330282199001011231"))
                .when().post("/api/workbench/applications").then().statusCode(422).body("errors.field", hasItem("itemCode"));
        as(window()).body(Map.of("itemCode", ZERO_VISIT_ITEM, "applicant", "window"))
                .when().post("/api/workbench/applications").then().statusCode(422);
        as(window()).body("{}").when().post("/api/workbench/applications").then().statusCode(422);
        as(Api.staffToken(tokens, "reviewer", Role.REVIEWER)).body(Map.of("itemCode", ZERO_VISIT_ITEM, "applicant", "x"))
                .when().post("/api/workbench/applications").then().statusCode(403);
    }

    @Test
    void aTownWindowAcceptsCityWideItemsOnly() {
        String applicant = Cases.enterprise();
        String cityWide = Cases.submitted(applicant, WorkbenchResourceTest.CITY_WIDE_ITEM).getString("id");
        JsonPath accepted = move(townWindow(), cityWide, "ACCEPT", Map.of());
        assertEquals("ZHOUXIANG", accepted.getString("locationCode"));
        String bureauOnly = Cases.submitted(applicant, WorkbenchResourceTest.BUREAU_ONLY_ITEM).getString("id");
        long version = Cases.staffView(townWindow(), bureauOnly).getLong("version");
        act(townWindow(), bureauOnly, Map.of("action", "ACCEPT", "version", version)).then().statusCode(403)
                .body("type", containsString("not-city-wide"));
        assertEquals("CX-CENTRE", move(window(), bureauOnly, "ACCEPT", Map.of()).getString("locationCode"));
    }
}
