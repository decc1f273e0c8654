package org.onevisit.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the OpenAPI document with no token and with a token for every role, and
 * checks who gets through (anything but 401/403) and who is turned away (401 without a token, 403
 * with the wrong role). An operation missing from {@link #RULES} fails the build: every new endpoint
 * must say who may call it.
 */
@QuarkusTest
class RoleMatrixTest {

    static final Set<String> PUBLIC = Set.of("PUBLIC");
    static final Set<String> ANY_LOGGED_IN = Set.of("AUTHENTICATED");
    static final Set<String> APPLICANTS = Set.of("ENTERPRISE", "CITIZEN");
    static final Set<String> HANDLERS = Set.of("WINDOW", "REVIEWER", "APPROVER");
    static final Set<String> STAFF = Set.of("WINDOW", "REVIEWER", "APPROVER", "INSPECTOR", "ADMIN", "SECURITY_ADMIN", "AUDITOR");

    /** Who may call each operation: PUBLIC, AUTHENTICATED, or the roles. */
    static final Map<String, Set<String>> RULES = new LinkedHashMap<>();

    static {
        RULES.put("GET /api/items", PUBLIC);
        RULES.put("GET /api/items/{code}", PUBLIC);
        RULES.put("GET /api/items/{code}/guide", PUBLIC);
        RULES.put("GET /api/items/{code}/documents/result-sample.pdf", PUBLIC);
        RULES.put("GET /api/items/{code}/documents/application-form.pdf", PUBLIC);
        RULES.put("GET /api/items/{code}/documents/filled-sample.pdf", PUBLIC);
        RULES.put("GET /api/stats/catalogue", PUBLIC);
        RULES.put("POST /api/auth/register", PUBLIC);
        RULES.put("POST /api/auth/login", PUBLIC);
        RULES.put("POST /api/auth/refresh", PUBLIC);
        RULES.put("POST /api/auth/logout", ANY_LOGGED_IN);
        RULES.put("GET /api/me", ANY_LOGGED_IN);
        RULES.put("POST /api/me/password", ANY_LOGGED_IN);
        // any staff account (an administrator enrols before holding the administrator role in a session)
        RULES.put("POST /api/me/totp", STAFF);
        RULES.put("POST /api/me/totp/activation", STAFF);
        RULES.put("GET /api/staff", Set.of("SECURITY_ADMIN"));
        RULES.put("POST /api/staff", Set.of("SECURITY_ADMIN"));
        RULES.put("PUT /api/staff/{id}/roles", Set.of("SECURITY_ADMIN"));
        RULES.put("DELETE /api/staff/{id}/totp", Set.of("SECURITY_ADMIN"));
        RULES.put("GET /api/audit", Set.of("AUDITOR"));
        RULES.put("GET /api/audit/verify", Set.of("AUDITOR"));
        RULES.put("PUT /api/admin/items/{code}", Set.of("ADMIN"));
        RULES.put("GET /api/calendar/{year}", PUBLIC);
        RULES.put("PUT /api/admin/calendar/days/{date}", Set.of("ADMIN"));
        RULES.put("DELETE /api/admin/calendar/days/{date}", Set.of("ADMIN"));
        RULES.put("GET /api/locations", PUBLIC);
        RULES.put("GET /api/site", PUBLIC);
        for (String op : List.of("POST /api/applications", "GET /api/applications", "GET /api/applications/{id}",
                "PUT /api/applications/{id}", "POST /api/applications/{id}/materials",
                "GET /api/applications/{id}/materials/{materialId}", "DELETE /api/applications/{id}/materials/{materialId}",
                "POST /api/applications/{id}/submit", "POST /api/applications/{id}/resubmit",
                "POST /api/applications/{id}/withdraw", "GET /api/applications/{id}/notices/{kind}")) {
            RULES.put(op, APPLICANTS);
        }
        for (String op : List.of("GET /api/workbench/applications", "GET /api/workbench/applications/{id}",
                "POST /api/workbench/applications/{id}/actions", "GET /api/workbench/applications/{id}/materials/{materialId}",
                "GET /api/workbench/applications/{id}/notices/{kind}")) {
            RULES.put(op, HANDLERS);
        }
        for (String op : List.of("POST /api/workbench/applications", "PUT /api/workbench/applications/{id}", "POST /api/workbench/applications/{id}/visits",
                "POST /api/workbench/applications/{id}/materials")) {
            RULES.put(op, Set.of("WINDOW"));
        }
        // the window waives a visit, the reviewer a special procedure (the body's kind says which)
        RULES.put("POST /api/workbench/applications/{id}/waivers", Set.of("WINDOW", "REVIEWER"));
        // data instead of documents: the applicant authorises a retrieval from a register, and withdraws it
        RULES.put("POST /api/applications/{id}/materials/{code}/retrieval", APPLICANTS);
        RULES.put("DELETE /api/applications/{id}/materials/{code}/retrieval", APPLICANTS);
        RULES.put("GET /api/applications/prefill", APPLICANTS);
        RULES.put("GET /api/evaluation/scale", PUBLIC);
        RULES.put("GET /api/stats/service", PUBLIC);
        RULES.put("GET /api/certificates/{number}/verify", PUBLIC);
        RULES.put("GET /api/me/certificates", APPLICANTS);
        RULES.put("GET /api/me/certificates/{number}/pdf", APPLICANTS);
        RULES.put("GET /api/me/certificates/{number}/html", APPLICANTS);
        RULES.put("GET /api/workbench/certificates", HANDLERS);
        RULES.put("GET /api/workbench/certificates/{number}/pdf", HANDLERS);
        RULES.put("GET /api/workbench/certificates/{number}/html", HANDLERS);
        RULES.put("POST /api/workbench/certificates/{number}/revoke", Set.of("APPROVER"));
        RULES.put("GET /api/stats/service.csv", PUBLIC);
        // home page: case lookup (number and check code), most-used items, notices; notices are written by ADMIN
        RULES.put("GET /api/cases/lookup", PUBLIC);
        RULES.put("GET /api/stats/popular-items", PUBLIC);
        RULES.put("GET /api/notices", PUBLIC);
        RULES.put("GET /api/notices/{id}", PUBLIC);
        for (String op : List.of("GET /api/admin/notices", "POST /api/admin/notices", "GET /api/admin/notices/{id}",
                "PUT /api/admin/notices/{id}", "POST /api/admin/notices/{id}/publish", "POST /api/admin/notices/{id}/unpublish")) {
            RULES.put(op, Set.of("ADMIN"));
        }
        for (String op : List.of("POST /api/applications/{id}/evaluation", "GET /api/applications/{id}/evaluation",
                "POST /api/applications/{id}/evaluation/appeal")) {
            RULES.put(op, APPLICANTS);
        }
        RULES.put("POST /api/workbench/applications/{id}/evaluation", Set.of("WINDOW"));
        // the staff dashboard: case work, so the handlers only (not inspectors nor administrators, 三员分立)
        RULES.put("GET /api/workbench/stats", HANDLERS);
        RULES.put("GET /api/workbench/stats.csv", HANDLERS);
        for (String op : List.of("GET /api/workbench/rectifications", "POST /api/workbench/rectifications/{id}/callback",
                "POST /api/workbench/rectifications/{id}/response")) {
            RULES.put(op, HANDLERS);
        }
        for (String op : List.of("GET /api/me/notifications", "GET /api/me/notifications/unread-count",
                "POST /api/me/notifications/{id}/read", "POST /api/me/notifications/read-all")) {
            RULES.put(op, ANY_LOGGED_IN);
        }
    }

    @Inject
    TokenService tokens;

    /** A fresh session per call: the matrix's own logout call ends the session of the token it used. */
    String token(Role role) {
        String staffNumber = switch (role) {
            // demo applicants: a token's session must belong to an existing account
            case ENTERPRISE -> DemoAccounts.ENTERPRISE_CREDIT_CODE;
            case CITIZEN -> DemoAccounts.CITIZEN_ID_NUMBER;
            case SECURITY_ADMIN -> "security";
            default -> role.name().toLowerCase();
        };
        return Api.staffToken(tokens, staffNumber, role);
    }

    static List<String> operations() {
        JsonPath doc = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<String> ops = new ArrayList<>();
        paths.forEach((path, methods) -> methods.keySet().forEach(m -> ops.add(m.toUpperCase() + " " + path)));
        return ops;
    }

    @Test
    void everyOperationHasARule() {
        List<String> missing = operations().stream().filter(op -> !RULES.containsKey(op)).toList();
        assertEquals(List.of(), missing, "operations without an access rule in RoleMatrixTest.RULES");
    }

    @Test
    void everyOperationLetsInExactlyWhoItShould() {
        List<String> wrong = new ArrayList<>();
        for (String op : operations()) {
            Set<String> rule = RULES.getOrDefault(op, Set.of());
            int anonymous = call(op, null);
            boolean anonymousAllowed = rule.equals(PUBLIC);
            if (anonymousAllowed ? (anonymous == 401 || anonymous == 403) : anonymous != 401) {
                wrong.add(op + " without a token answered " + anonymous);
            }
            for (Role role : Role.values()) {
                boolean allowed = rule.equals(PUBLIC) || rule.equals(ANY_LOGGED_IN) || rule.contains(role.name());
                int status = call(op, token(role));
                if (allowed ? (status == 401 || status == 403) : status != 403) {
                    wrong.add(op + " as " + role + " answered " + status);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** Calls an operation with an empty body and placeholder path values: only the access decision matters. */
    static int call(String op, String token) {
        String[] parts = op.split(" ", 2);
        String path = parts[1].replace("{code}", "010019600100").replace("{id}", "00000000-0000-0000-0000-000000000000")
                .replace("{materialId}", "00000000-0000-0000-0000-000000000000").replace("{kind}", "acceptance")
                .replace("{number}", "NO-SUCH-CERTIFICATE")
                // a day far in the future, so that the matrix's calendar edits never touch the real calendar
                .replace("{year}", "2026").replace("{date}", "2099-12-31");
        boolean upload = parts[0].equals("POST") && parts[1].endsWith("/materials");
        RequestSpecification request = upload ? given().multiPart("materialCode", "X") : given().contentType(ContentType.JSON);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (!parts[0].equals("GET") && !upload) {
            request = request.body("{}");
        }
        return request.when().request(parts[0], path).then().extract().statusCode();
    }
}
