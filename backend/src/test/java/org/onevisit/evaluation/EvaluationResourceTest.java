package org.onevisit.evaluation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onevisit.application.Cases.as;
import static org.onevisit.application.Cases.move;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevisit.application.Cases;
import org.onevisit.identity.Api;
import org.onevisit.identity.Role;
import org.onevisit.identity.TokenService;

/** 好差评: one rating per case by its applicant; a bad one is called back, answered in time, appealed once. */
@QuarkusTest
class EvaluationResourceTest {

    @Inject
    TokenService tokens;

    String staff(String name, Role role) {
        return Api.staffToken(tokens, name, role);
    }

    /** A completed zero-visit case of a new enterprise: [applicant token, case id]. */
    String[] completedCase() {
        String applicant = Cases.enterprise();
        String id = Cases.submitted(applicant, Cases.ZERO_VISIT_ITEM).getString("id");
        move(staff("window", Role.WINDOW), id, "ACCEPT", Map.of());
        move(staff("reviewer", Role.REVIEWER), id, "RECOMMEND", Map.of());
        move(staff("approver", Role.APPROVER), id, "APPROVE", Map.of());
        move(staff("window", Role.WINDOW), id, "DELIVER", Map.of("delivery", Map.of("method", "ELECTRONIC")));
        return new String[] {applicant, id};
    }

    @Test
    void theScaleIsPublicWithTheNationalLabels() {
        RestAssured.given().when().get("/api/evaluation/scale").then().statusCode(200)
                .body("grades.label", equalTo(java.util.List.of("非常满意", "满意", "基本满意", "不满意", "非常不满意")))
                .body("grades.find { it.grade == 2 }.bad", equalTo(true))
                .body("rectificationDays", equalTo(5));
    }

    @Test
    void aCaseIsRatedOnceByItsApplicantOnlyAfterItEnded() {
        String applicant = Cases.enterprise();
        String open = Cases.submitted(applicant, Cases.ZERO_VISIT_ITEM).getString("id");
        as(applicant).body(Map.of("grade", 5)).when().post("/api/applications/" + open + "/evaluation").then().statusCode(409)
                .body("type", containsString("not-rateable"));
        String[] done = completedCase();
        as(Cases.enterprise()).body(Map.of("grade", 5)).when().post("/api/applications/" + done[1] + "/evaluation")
                .then().statusCode(404);
        as(done[0]).body(Map.of("grade", 9, "dimensions", Map.of("speed", 3, "attitude", 0))).when()
                .post("/api/applications/" + done[1] + "/evaluation").then().statusCode(422)
                .body("errors.field", hasItems("grade", "dimensions.speed", "dimensions.attitude"));
        as(done[0]).body(Map.of("grade", 5, "comment", "全程网办，很方便", "dimensions", Map.of("efficiency", 5, "convenience", 5)))
                .when().post("/api/applications/" + done[1] + "/evaluation").then().statusCode(201)
                .body("label", equalTo("非常满意")).body("dimensions.efficiency", equalTo(5));
        as(done[0]).body(Map.of("grade", 1)).when().post("/api/applications/" + done[1] + "/evaluation").then().statusCode(409)
                .body("type", containsString("already-rated"));
        as(done[0]).when().get("/api/applications/" + done[1] + "/evaluation").then().statusCode(200)
                .body("grade", equalTo(5)).body("rectification", org.hamcrest.Matchers.nullValue());
        as(done[0]).when().get("/api/applications/" + done[1]).then().body("timeline.action", hasItem("EVALUATE"));
    }

    @Test
    void anUnratedCaseAnswers200WithNothingAndSomeoneElsesCaseStays404() {
        String applicant = Cases.enterprise();
        String open = Cases.submitted(applicant, Cases.ZERO_VISIT_ITEM).getString("id");
        assertEquals("null", as(applicant).when().get("/api/applications/" + open + "/evaluation").then().statusCode(200)
                .contentType("application/json").extract().asString().strip());
        String[] done = completedCase();
        assertEquals("null", as(done[0]).when().get("/api/applications/" + done[1] + "/evaluation").then().statusCode(200)
                .extract().asString().strip());
        as(Cases.enterprise()).when().get("/api/applications/" + done[1] + "/evaluation").then().statusCode(404)
                .contentType("application/problem+json");
        as(done[0]).when().get("/api/applications/" + java.util.UUID.randomUUID() + "/evaluation").then().statusCode(404);
        RestAssured.given().when().get("/api/applications/" + done[1] + "/evaluation").then().statusCode(401);
    }

    @Test
    void aBadRatingIsCalledBackAnsweredAndMayBeAppealedOnce() {
        String[] done = completedCase();
        JsonPath rated = as(done[0]).body(Map.of("grade", 2, "comment", "审查意见不清楚")).when()
                .post("/api/applications/" + done[1] + "/evaluation").then().statusCode(201).extract().jsonPath();
        assertEquals("OPEN", rated.getString("rectification.state"));
        String taskId = rated.getString("rectification.id");
        String window = staff("window", Role.WINDOW);
        as(window).when().get("/api/workbench/rectifications?state=OPEN&size=100").then().statusCode(200)
                .body("items.id", hasItem(taskId)).body("overdue", notNullValue());
        as(done[0]).body(Map.of("reason", "x")).when().post("/api/applications/" + done[1] + "/evaluation/appeal")
                .then().statusCode(409);
        as(window).body(Map.of("note", "已电话回访，申请人希望说明审查依据")).when()
                .post("/api/workbench/rectifications/" + taskId + "/callback").then().statusCode(200)
                .body("callbackNote", containsString("回访"));
        long version = as(window).when().get("/api/workbench/rectifications?size=100").then().extract().jsonPath()
                .getLong("items.find { it.id == '" + taskId + "' }.version");
        as(window).body(Map.of("outcome", "EXPLAINED", "version", version)).when()
                .post("/api/workbench/rectifications/" + taskId + "/response").then().statusCode(422)
                .body("errors.field", hasItem("response"));
        as(window).body(Map.of("outcome", "EXPLAINED", "response", "已书面说明审查依据", "version", version)).when()
                .post("/api/workbench/rectifications/" + taskId + "/response").then().statusCode(200)
                .body("state", equalTo("RESPONDED")).body("onTime", equalTo(true));
        as(window).body(Map.of("outcome", "EXPLAINED", "response", "again", "version", version)).when()
                .post("/api/workbench/rectifications/" + taskId + "/response").then().statusCode(409);
        as(Cases.enterprise()).body(Map.of("reason", "不认可")).when()
                .post("/api/applications/" + done[1] + "/evaluation/appeal").then().statusCode(404);
        as(done[0]).body(Map.of("reason", "说明仍不清楚")).when().post("/api/applications/" + done[1] + "/evaluation/appeal")
                .then().statusCode(200).body("rectification.state", equalTo("APPEALED"))
                .body("rectification.response", equalTo("已书面说明审查依据"));
        as(done[0]).body(Map.of("reason", "再次申诉")).when().post("/api/applications/" + done[1] + "/evaluation/appeal")
                .then().statusCode(409);
        as(Api.staffToken(tokens, "inspector", Role.INSPECTOR)).when().get("/api/workbench/rectifications").then().statusCode(403);
    }

    @Test
    void aWindowOfficerRecordsAWalkInsRatingButNotAnOnlineOne() {
        String[] online = completedCase();
        as(staff("window", Role.WINDOW)).body(Map.of("grade", 4)).when()
                .post("/api/workbench/applications/" + online[1] + "/evaluation").then().statusCode(404);
    }
}
