package org.onevisit.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onevisit.application.Cases.as;
import static org.onevisit.application.Cases.move;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.onevisit.application.Cases;
import org.onevisit.identity.Api;
import org.onevisit.identity.Role;
import org.onevisit.identity.TokenService;

/** An approved case gets its signed result; holders download it; anyone verifies it; staff revoke it. */
@QuarkusTest
class CertificateIssueTest {

    /** 第三类非药品类易制毒化学品经营备案: immediate, zero-visit, a 3-year filing certificate. */
    static final String IMMEDIATE_ITEM = "100010300000";

    @Inject
    TokenService tokens;

    @Inject
    Pool pool;

    @Inject
    ExpiryReminders reminders;

    String window() {
        return Api.staffToken(tokens, "window", Role.WINDOW);
    }

    /** An approved immediate case: [applicant token, case id, certificate number]. */
    String[] approved() {
        String applicant = Cases.enterprise();
        String id = Cases.submitted(applicant, IMMEDIATE_ITEM).getString("id");
        move(window(), id, "ACCEPT", Map.of("approveNow", true));
        List<Map<String, Object>> mine = as(applicant).when().get("/api/me/certificates").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertEquals(1, mine.size());
        return new String[] {applicant, id, (String) mine.get(0).get("number")};
    }

    /** A number as a path segment: REST Assured percent-encodes it (the issuing body's style has （）〔〕 and Chinese). */
    static String path(String number) {
        return number;
    }

    @Test
    void approvalIssuesASignedCertificateWithItsValidityAndVerificationLink() {
        String[] c = approved();
        JsonPath mine = as(c[0]).when().get("/api/me/certificates").then().extract().jsonPath();
        assertEquals("FILING_RECEIPT", mine.getString("[0].type"));
        assertEquals("第三类非药品类易制毒化学品经营备案证明", mine.getString("[0].title"));
        assertEquals(LocalDate.parse(mine.getString("[0].issuedAt")).plusYears(3).minusDays(1).toString(), mine.getString("[0].validTo"));
        assertEquals("VALID", mine.getString("[0].status"));
        assertTrue(mine.getString("[0].verificationUrl").contains("/verify/"));
        // the style of certificate/types.json for this item: （浙）3J + county code + year + a 4-digit sequence
        assertTrue(mine.getString("[0].number").matches("（浙）3J330282\\d{4}\\d{4}"), mine.getString("[0].number"));
        as(window()).when().get("/api/workbench/certificates?application=" + c[1]).then().statusCode(200)
                .body("[0].number", equalTo(c[2]));
    }

    @Test
    void theHoldersPdfCarriesTheChineseTextAndOnlyTheHolderGetsIt() throws Exception {
        String[] c = approved();
        byte[] pdf = as(c[0]).when().get("/api/me/certificates/" + path(c[2]) + "/pdf").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", ""); // a long title wraps
            assertTrue(text.contains("第三类非药品类易制毒化学品经营备案证明"), text);
            assertTrue(text.contains("慈溪市测试化工有限公司"), text);
            assertTrue(text.contains(c[2]), text);
        }
        as(Cases.enterprise()).when().get("/api/me/certificates/" + path(c[2]) + "/pdf").then().statusCode(404);
        as(Api.staffToken(tokens, "reviewer", Role.REVIEWER)).when().get("/api/workbench/certificates/" + path(c[2]) + "/pdf")
                .then().statusCode(200);
    }

    @Test
    void theHolderReadsTheCertificateAsAWebPageThatRunsNoScript() {
        String[] c = approved();
        String html = as(c[0]).when().get("/api/me/certificates/" + path(c[2]) + "/html").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", allOf(containsString("default-src 'none'"), not(containsString("script"))))
                .header("Cache-Control", containsString("no-store"))
                .extract().asString();
        assertTrue(html.contains("第三类非药品类易制毒化学品经营备案证明") && html.contains(c[2]), html);
        assertTrue(html.contains("慈溪市测试化工有限公司") && html.contains("data:image/png;base64,"), "holder and QR code");
        as(Cases.enterprise()).when().get("/api/me/certificates/" + path(c[2]) + "/html").then().statusCode(404);
        given().when().get("/api/me/certificates/" + path(c[2]) + "/html").then().statusCode(401);
        as(Api.staffToken(tokens, "approver", Role.APPROVER)).when().get("/api/workbench/certificates/" + path(c[2]) + "/html")
                .then().statusCode(200);
        as(Api.staffToken(tokens, "inspector", Role.INSPECTOR)).when().get("/api/workbench/certificates/" + path(c[2]) + "/html")
                .then().statusCode(403);
        as(c[0]).when().get("/api/me/certificates/NO-SUCH/html").then().statusCode(404)
                .contentType(containsString("problem+json"));
    }

    @Test
    void anyoneVerifiesANumberAndAForgedOrAlteredCertificateIsDetected() {
        String[] c = approved();
        String url = as(c[0]).when().get("/api/me/certificates").then().extract().jsonPath().getString("[0].verificationUrl");
        String code = url.substring(url.indexOf("?s=") + 3);
        given().when().get("/api/certificates/" + path(c[2]) + "/verify?s=" + code).then().statusCode(200)
                .body("status", equalTo("VALID")).body("signatureValid", equalTo(true)).body("documentMatches", equalTo(true))
                .body("holderName", equalTo("慈溪市测试化工有限公司")).body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("holderIdentifier")));
        given().when().get("/api/certificates/" + path(c[2]) + "/verify?s=AAAAAAAAAAAAAAAA").then().statusCode(200)
                .body("documentMatches", equalTo(false));
        given().when().get("/api/certificates/NO-SUCH-NUMBER/verify").then().statusCode(404);
        // someone edits the register behind the application's back
        pool.query("update certificate set holder_name = '伪造贸易公司' where number = '" + c[2] + "'").execute().await().indefinitely();
        given().when().get("/api/certificates/" + path(c[2]) + "/verify").then().statusCode(200)
                .body("status", equalTo("INVALID")).body("signatureValid", equalTo(false));
    }

    @Test
    void anApproverRevokesWithAReasonAndTheVerificationSaysSo() {
        String[] c = approved();
        String approver = Api.staffToken(tokens, "approver", Role.APPROVER);
        as(Api.staffToken(tokens, "reviewer", Role.REVIEWER)).body(Map.of("reason", "x")).when()
                .post("/api/workbench/certificates/" + path(c[2]) + "/revoke").then().statusCode(403);
        as(approver).body("{}").when().post("/api/workbench/certificates/" + path(c[2]) + "/revoke").then().statusCode(422);
        as(approver).body(Map.of("reason", "以欺骗手段取得备案")).when().post("/api/workbench/certificates/" + path(c[2]) + "/revoke")
                .then().statusCode(200).body("status", equalTo("REVOKED"));
        as(approver).body(Map.of("reason", "again")).when().post("/api/workbench/certificates/" + path(c[2]) + "/revoke")
                .then().statusCode(409);
        given().when().get("/api/certificates/" + path(c[2]) + "/verify").then().body("status", equalTo("REVOKED"));
    }

    @Test
    void holdersAreRemindedOnceAsTheEndApproaches() {
        String[] c = approved();
        pool.query("update certificate set valid_to = current_date + 20, reminded_days = null where number = '" + c[2] + "'")
                .execute().await().indefinitely();
        reminders.runNow().await().indefinitely();
        reminders.runNow().await().indefinitely();
        List<String> events = as(c[0]).when().get("/api/me/notifications?size=100").then().extract().jsonPath().getList("items.event");
        assertEquals(1, events.stream().filter("CERTIFICATE_EXPIRING"::equals).count(), events.toString());
    }

    @Test
    void expiryIsTheDayAfterTheLastValidDay() {
        IssuedCertificate c = new IssuedCertificate();
        c.status = IssuedCertificate.Status.VALID;
        c.validTo = LocalDate.parse("2029-11-27");
        assertEquals("VALID", CertificateService.status(c, true, LocalDate.parse("2029-11-27")));
        assertEquals("EXPIRED", CertificateService.status(c, true, LocalDate.parse("2029-11-28")));
        c.status = IssuedCertificate.Status.REVOKED;
        assertEquals("REVOKED", CertificateService.status(c, true, LocalDate.parse("2029-11-27")));
        assertEquals("INVALID", CertificateService.status(c, false, LocalDate.parse("2029-11-27")));
    }
}
