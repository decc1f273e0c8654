package org.onevisit.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.Api;
import org.onevisit.identity.Role;
import org.onevisit.identity.TokenService;
import org.onevisit.platform.LogCapture;

/**
 * 办件查询: anyone holding a case's number and check code follows its progress without logging in; the applicant
 * (only) sees the code, in the case, the submission message and SMS, and the acceptance notice. Nothing personal
 * is told, and an unknown number answers like a wrong code.
 */
@QuarkusTest
class CaseLookupTest {

    /** Everything the lookup may tell: no applicant, no form, no materials. */
    static final Set<String> PUBLIC_FIELDS = Set.of("number", "itemCode", "itemName", "state", "channel", "submittedAt",
            "acceptedAt", "dueDate", "decidedAt", "completedAt", "certificateNumber", "id");

    @Inject
    TokenService tokens;

    String staff(String name, Role role) {
        return Api.staffToken(tokens, name, role);
    }

    static io.restassured.response.Response lookup(String number, String code) {
        var request = given().accept("application/json");
        if (number != null) {
            request = request.queryParam("number", number);
        }
        if (code != null) {
            request = request.queryParam("code", code);
        }
        return request.when().get("/api/cases/lookup");
    }

    @Test
    void theApplicantSeesTheCheckCodeAndAnyoneWithItFollowsTheCase() {
        String applicant = Cases.enterprise();
        JsonPath submitted = Cases.submitted(applicant, Cases.ZERO_VISIT_ITEM);
        String id = submitted.getString("id");
        String number = submitted.getString("number");
        String code = submitted.getString("checkCode");
        assertTrue(code.matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}"), code);
        // staff never see it
        assertEquals(null, Cases.staffView(staff("window", Role.WINDOW), id).getString("checkCode"));
        Cases.as(staff("window", Role.WINDOW)).when().get("/api/workbench/applications?q=" + number).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString(code)));

        JsonPath progress = lookup(number, code).then().statusCode(200).header("Cache-Control", containsString("no-cache"))
                .body("number", equalTo(number)).body("state", equalTo("SUBMITTED")).body("channel", equalTo("ONLINE"))
                .body("itemCode", equalTo(Cases.ZERO_VISIT_ITEM)).body("itemName", notNullValue())
                .body("submittedAt", notNullValue()).body("acceptedAt", nullValue()).body("id", nullValue())
                .extract().jsonPath();
        assertTrue(PUBLIC_FIELDS.containsAll(progress.getMap("").keySet()), progress.getMap("").keySet().toString());
        // the code is read in any case and with blanks around it
        lookup(" " + number + " ", " " + code.toLowerCase(Locale.ROOT) + " ").then().statusCode(200).body("number", equalTo(number));

        // through to the result: the dates and the certificate number appear, still nothing personal
        Cases.move(staff("window", Role.WINDOW), id, "ACCEPT", Map.of());
        Cases.move(staff("reviewer", Role.REVIEWER), id, "RECOMMEND", Map.of());
        Cases.move(staff("approver", Role.APPROVER), id, "APPROVE", Map.of());
        Cases.move(staff("window", Role.WINDOW), id, "DELIVER", Map.of("delivery", Map.of("method", "ELECTRONIC")));
        String body = lookup(number, code).then().statusCode(200).body("state", equalTo("COMPLETED"))
                .body("acceptedAt", notNullValue()).body("decidedAt", notNullValue()).body("completedAt", notNullValue())
                .body("dueDate", notNullValue()).body("certificateNumber", matchesPattern(".*\\d{4}.*\\d+.*"))
                .extract().asString();
        String holder = Cases.as(applicant).when().get("/api/applications/" + id).then().extract().path("applicant.name");
        assertTrue(!body.contains(holder), "the applicant's name was told: " + body);
        assertTrue(!body.contains("91330282") && !body.contains("formData"), body);
    }

    @Test
    void anUnknownNumberAndAWrongCodeAnswerAlike() {
        String applicant = Cases.enterprise();
        JsonPath submitted = Cases.submitted(applicant, Cases.ZERO_VISIT_ITEM);
        String number = submitted.getString("number");
        String code = submitted.getString("checkCode");
        String wrong = code.charAt(0) == 'A' ? "B" + code.substring(1) : "A" + code.substring(1);
        JsonPath wrongCode = lookup(number, wrong).then().statusCode(404).contentType("application/problem+json")
                .extract().jsonPath();
        JsonPath unknown = lookup("AJ-20000101-9999", code).then().statusCode(404).contentType("application/problem+json")
                .extract().jsonPath();
        assertEquals(wrongCode.getString("type"), unknown.getString("type"));
        assertEquals(wrongCode.getString("detail"), unknown.getString("detail"));
        assertEquals(wrongCode.getString("title"), unknown.getString("title"));
        // another case's code does not open this one
        String other = Cases.submitted(Cases.enterprise(), Cases.ZERO_VISIT_ITEM).getString("checkCode");
        if (!other.equals(code)) {
            lookup(number, other).then().statusCode(404);
        }
    }

    @Test
    void malformedMissingAndOversizedParametersAre400() {
        lookup(null, "ABCDEF").then().statusCode(400).body("errors.field", hasItem("number"));
        lookup("AJ-20261206-0001", null).then().statusCode(400).body("errors.field", hasItem("code"));
        lookup(null, null).then().statusCode(400).body("errors.field", hasItem("number")).body("errors.field", hasItem("code"));
        for (String number : List.of("", "20261206-0001", "AJ-2026120-0001", "AJ-20261206-1", "aj-20261206-0001'--",
                "AJ-20261206-0001" + "0".repeat(200), "<script>")) {
            lookup(number, "ABCDEF").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("number"));
        }
        for (String code : List.of("ABCDE", "ABCDEFG", "ABC-EF", "中文中文中文", "A".repeat(500))) {
            lookup("AJ-20261206-0001", code).then().statusCode(400).body("errors.field", hasItem("code"));
        }
    }

    @Test
    void theLoggedInApplicantGoesStraightToTheirOwnCaseOthersDoNot() {
        String applicant = Cases.enterprise();
        JsonPath submitted = Cases.submitted(applicant, Cases.ZERO_VISIT_ITEM);
        String number = submitted.getString("number");
        given().auth().oauth2(applicant).queryParam("number", number).when().get("/api/cases/lookup").then().statusCode(200)
                .body("id", equalTo(submitted.getString("id"))).body("number", equalTo(number));
        // another applicant, logged in, without the code: the same 404 as a stranger's wrong code
        given().auth().oauth2(Cases.enterprise()).queryParam("number", number).when().get("/api/cases/lookup").then()
                .statusCode(404);
        // with the code, anyone logged in sees the progress but not the id
        given().auth().oauth2(Cases.enterprise()).queryParam("number", number).queryParam("code", submitted.getString("checkCode"))
                .when().get("/api/cases/lookup").then().statusCode(200).body("id", nullValue());
        // staff have no case of their own: the code is needed
        given().auth().oauth2(staff("window", Role.WINDOW)).queryParam("number", number).when().get("/api/cases/lookup")
                .then().statusCode(400).body("errors.field", hasItem("code"));
        // a bad token is refused, not treated as a visitor
        given().auth().oauth2("not-a-token").queryParam("number", number).queryParam("code", "ABCDEF")
                .when().get("/api/cases/lookup").then().statusCode(401);
    }

    @Test
    void theCodeIsToldInTheMessageTheSmsAndTheAcceptanceNotice() {
        Api.Enterprise e = Api.registerEnterprise();
        String applicant = Api.accessToken(e.creditCode(), e.password());
        String id = Cases.readyDraft(applicant, Cases.ZERO_VISIT_ITEM);
        List<String> lines;
        String code;
        try (LogCapture capture = new LogCapture()) {
            code = Cases.as(applicant).body("{}").when().post("/api/applications/" + id + "/submit").then().statusCode(200)
                    .extract().path("checkCode");
            lines = capture.lines();
        }
        String theCode = code;
        assertTrue(lines.stream().anyMatch(l -> l.contains("SMS to") && l.contains("查询码：" + theCode)), lines.toString());
        Cases.as(applicant).when().get("/api/me/notifications").then().statusCode(200)
                .body("items.find { it.event == 'SUBMIT' }.body", containsString("查询码：" + code));

        Cases.move(staff("window", Role.WINDOW), id, "ACCEPT", Map.of());
        String number = Cases.as(applicant).when().get("/api/applications/" + id).then().extract().path("number");
        given().auth().oauth2(applicant).accept("text/html").when().get("/api/applications/" + id + "/notices/acceptance")
                .then().statusCode(200).body(containsString(code));
        // the printable notices open under their real name: <case number>-<title>.html
        given().auth().oauth2(applicant).accept("text/html").when().get("/api/applications/" + id + "/notices/acceptance")
                .then().header("Content-Disposition", startsWithInline(number))
                .header("Content-Disposition", containsString("filename*=UTF-8''" + number + "-%E5%8F%97%E7%90%86%E9%80%9A%E7%9F%A5%E4%B9%A6.html"))
                .header("Cache-Control", containsString("no-store"));
        given().auth().oauth2(staff("window", Role.WINDOW)).accept("text/html").when()
                .get("/api/workbench/applications/" + id + "/notices/acceptance").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Disposition", containsString("filename*=UTF-8''" + number + "-%E5%8F%97%E7%90%86%E9%80%9A%E7%9F%A5%E4%B9%A6.html"));
    }

    private static org.hamcrest.Matcher<String> startsWithInline(String number) {
        return org.hamcrest.Matchers.startsWith("inline; filename=\"" + number);
    }
}
