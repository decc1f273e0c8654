package org.onevisit.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.application.Cases;
import org.onevisit.identity.Api;
import org.onevisit.identity.Role;
import org.onevisit.identity.TokenService;

/**
 * The staff dashboard's figures per office and per officer, checked against cases of May 2018 written by the
 * test itself: two offices (the bureau's window and 周巷镇), two window officers, a reviewer and an approver.
 */
@QuarkusTest
class StaffStatsTest {

    static final String ENTERPRISE = UUID.nameUUIDFromBytes("demo:91330282MA2CX1A7U1".getBytes()).toString();
    static final String WINDOW = staffId("WINDOW");
    static final String WINDOW2 = staffId("WINDOW2");
    static final String REVIEWER = staffId("REVIEWER");
    static final String APPROVER = staffId("APPROVER");
    static final String PERIOD = "from=2018-05-01&to=2018-05-31";
    static final String FILING = "100010100000";   // promises 1 working day
    static final String LICENCE = "010019600100";  // promises 7 working days

    @Inject
    Pool pool;

    @Inject
    TokenService tokens;

    @BeforeEach
    void may2018() {
        String ours = "(select id from application where number like 'AJ-2018%')";
        for (String table : new String[] {"rectification", "evaluation", "application_visit", "application_waiver", "application_pause",
                "application_event", "notification", "application_material"}) {
            sql("delete from " + table + " where application_id in " + ours);
        }
        sql("delete from application where number like 'AJ-2018%'");
        // the bureau's window, accepted by WINDOW: on time with no visit, 1 working day used
        app("b1", "AJ-20180507-9101", FILING, "COMPLETED", "ONLINE", "CX-CENTRE", "2018-05-07", "2018-05-07", "2018-05-08",
                "2018-05-08", "2018-05-09", 0);
        event("b1", "2018-05-07 10:00", WINDOW, "ACCEPT", null);
        event("b1", "2018-05-08 09:00", REVIEWER, "RECOMMEND", null);
        event("b1", "2018-05-08 16:00", APPROVER, "APPROVE", null);
        // a walk-in with two correction notices; paused two working days: 9 - 2 = 7 used, overdue; a second visit
        app("b2", "AJ-20180507-9102", LICENCE, "COMPLETED", "WINDOW", "CX-CENTRE", "2018-05-07", "2018-05-07", "2018-05-16",
                "2018-05-18", "2018-05-21", 2);
        event("b2", "2018-05-07 09:00", WINDOW, "WALK_IN", null);
        event("b2", "2018-05-07 09:05", WINDOW, "VISIT", null);
        event("b2", "2018-05-07 10:00", WINDOW, "REQUEST_CORRECTION", null);
        event("b2", "2018-05-07 11:00", WINDOW, "REQUEST_CORRECTION", "{\"secondCorrection\": true}");
        event("b2", "2018-05-07 15:00", WINDOW, "ACCEPT", null);
        event("b2", "2018-05-17 09:00", REVIEWER, "RECOMMEND", null);
        event("b2", "2018-05-18 16:00", APPROVER, "APPROVE", null);
        event("b2", "2018-05-21 10:00", WINDOW, "VISIT", null);
        sql("insert into application_pause (application_id, kind, reason, from_date, to_date) values (" + id("b2")
                + ", 'SPECIAL', '专家评审', '2018-05-09', '2018-05-11')");
        visit("b2", "2018-05-07 09:05", "WALK_IN", false);
        visit("b2", "2018-05-21 10:00", "PICKUP", true);
        // 周巷镇, accepted by WINDOW2: denied in time, 3 working days used
        app("b3", "AJ-20180514-9103", LICENCE, "DENIED", "ONLINE", "ZHOUXIANG", "2018-05-14", "2018-05-14", "2018-05-23",
                "2018-05-17", null, 0);
        event("b3", "2018-05-14 10:00", WINDOW2, "ACCEPT", null);
        event("b3", "2018-05-16 09:00", REVIEWER, "RECOMMEND", null);
        event("b3", "2018-05-17 16:00", APPROVER, "DENY", null);
        // submitted online, no window has handled it yet: no office, no officer (the applicant's step is not counted)
        app("b4", "AJ-20180515-9104", FILING, "SUBMITTED", "ONLINE", null, "2018-05-15", null, null, null, null, 0);
        sql("insert into application_event (application_id, occurred_at, actor_id, actor_name, actor_role, action, to_state) "
                + "values (" + id("b4") + ", '2018-05-15 09:00+08', '" + ENTERPRISE + "', '申请人', 'APPLICANT', 'SUBMIT', 'SUBMITTED')");
        // refused at 周巷镇: the office's, but no officer's (nobody accepted it)
        app("b5", "AJ-20180516-9105", FILING, "NOT_ACCEPTED", "ONLINE", "ZHOUXIANG", "2018-05-16", null, null, "2018-05-16",
                null, 0);
        event("b5", "2018-05-16 16:00", WINDOW2, "NOT_ACCEPT", null);
        // accepted in April by WINDOW2, decided in May in time: 4 working days used (no calendar data for 2018)
        app("b7", "AJ-20180427-9107", LICENCE, "APPROVED", "ONLINE", "ZHOUXIANG", "2018-04-27", "2018-04-27", "2018-05-08",
                "2018-05-03", null, 0);
        event("b7", "2018-04-27 10:00", WINDOW2, "ACCEPT", null);
        event("b7", "2018-05-02 09:00", REVIEWER, "RECOMMEND", null);
        event("b7", "2018-05-03 16:00", APPROVER, "APPROVE", null);
        // accepted and decided in April by WINDOW2, delivered in May without a visit: the window waived the one visit
        // (originals checked against the licence register), so it is a completion of May, but not a zero-visit one
        app("b8", "AJ-20180420-9108", "010019600200", "COMPLETED", "ONLINE", "ZHOUXIANG", "2018-04-20", "2018-04-20",
                "2018-04-27", "2018-04-26", "2018-05-10", 0);
        event("b8", "2018-04-20 10:00", WINDOW2, "ACCEPT", null);
        sql("insert into application_waiver (application_id, kind, reason, staff_id, staff_name, staff_role, occurred_at) "
                + "values (" + id("b8") + ", 'VISIT', '已通过电子证照库核验原件', '" + WINDOW2 + "', '周巷镇窗口受理员', 'WINDOW', "
                + "'2018-05-10 09:00+08')");
        // outside the period
        app("b6", "AJ-20180601-9106", FILING, "COMPLETED", "ONLINE", "CX-CENTRE", "2018-06-01", "2018-06-01", "2018-06-04",
                "2018-06-04", "2018-06-05", 0);
        event("b6", "2018-06-01 10:00", WINDOW, "ACCEPT", null);
        rating("e1", "b1", 5, "2018-05-10", null);
        rating("e2", "b2", 2, "2018-05-22", true);
        rating("e3", "b3", 1, "2018-05-18", false);
    }

    @Test
    void everyOfficeHasTheFiguresOfTheCasesItHandled() {
        JsonPath s = staffGet("/api/workbench/stats?" + PERIOD, Role.WINDOW).extract().jsonPath();
        assertEquals("2018-05-01", s.getString("from"));
        assertEquals("2018-05-31", s.getString("to"));
        assertEquals(java.util.Arrays.asList("CX-CENTRE", "GUANHAIWEI", "HUSHAN", "LONGSHAN", "ZHOUXIANG", null),
                s.getList("offices.code"), "every location, the bureau's window first, then the cases no window has handled");

        Map<String, Object> centre = office(s, "CX-CENTRE");
        assertEquals("慈溪市行政服务中心 安监窗口", centre.get("name"));
        Map<String, Object> f = figures(centre);
        assertEquals(2, f.get("submitted"));
        assertEquals(Map.of("COMPLETED", 2), f.get("byState"));
        assertEquals(Map.of("ONLINE", 1, "WINDOW", 1), f.get("byChannel"));
        assertEquals(Map.of("decided", 2, "onTime", 1, "overdue", 1, "onTimeRate", 0.5f), f.get("timeliness"));
        assertEquals(4.0f, f.get("averageWorkingDays"));
        assertEquals(4.0f, f.get("averagePromisedDays"));
        assertEquals(Map.of("count", 1, "of", 2, "rate", 0.5f), f.get("zeroVisitCompletions"));
        assertEquals(0, f.get("visitsWaived"));
        assertEquals(1, f.get("visitBreaches"));
        assertEquals(Map.of("requests", 2, "secondRequests", 1), f.get("corrections"));
        Map<String, Object> satisfaction = map(f.get("satisfaction"));
        assertEquals(2, satisfaction.get("ratings"));
        assertEquals(Map.of("5", 1, "4", 0, "3", 0, "2", 1, "1", 0), satisfaction.get("byGrade"));
        assertEquals(Map.of("count", 1, "of", 2, "rate", 0.5f), satisfaction.get("satisfied"));
        assertEquals(1, satisfaction.get("badReviews"));
        assertEquals(Map.of("count", 1, "of", 1, "rate", 1.0f), satisfaction.get("rectifiedOnTime"));

        Map<String, Object> town = office(s, "ZHOUXIANG");
        assertEquals("周巷镇便民服务中心", town.get("name"));
        f = figures(town);
        assertEquals(2, f.get("submitted"));
        assertEquals(Map.of("DENIED", 1, "NOT_ACCEPTED", 1), f.get("byState"));
        assertEquals(Map.of("ONLINE", 2), f.get("byChannel"));
        assertEquals(Map.of("decided", 2, "onTime", 2, "overdue", 0, "onTimeRate", 1.0f), f.get("timeliness"));
        assertEquals(3.5f, f.get("averageWorkingDays"));
        assertEquals(7.0f, f.get("averagePromisedDays"));
        assertEquals(Map.of("count", 0, "of", 1, "rate", 0.0f), f.get("zeroVisitCompletions"), "b8's visit was waived");
        assertEquals(1, f.get("visitsWaived"));
        assertEquals(0, f.get("visitBreaches"));
        assertEquals(Map.of("requests", 0, "secondRequests", 0), f.get("corrections"));
        satisfaction = map(f.get("satisfaction"));
        assertEquals(1, satisfaction.get("ratings"));
        assertEquals(Map.of("count", 0, "of", 1, "rate", 0.0f), satisfaction.get("satisfied"));
        assertEquals(1, satisfaction.get("badReviews"));
        assertEquals(Map.of("count", 0, "of", 1, "rate", 0.0f), satisfaction.get("rectifiedOnTime"));

        f = figures(office(s, "HUSHAN"));
        assertEquals(0, f.get("submitted"));
        assertEquals(Map.of(), f.get("byState"));
        assertEquals(0, map(f.get("timeliness")).get("decided"));
        assertNull(f.get("averageWorkingDays"));
        assertNull(f.get("averagePromisedDays"));

        Map<String, Object> unhandled = office(s, null);
        assertNull(unhandled.get("name"));
        f = figures(unhandled);
        assertEquals(1, f.get("submitted"));
        assertEquals(Map.of("SUBMITTED", 1), f.get("byState"));
        assertEquals(0, map(f.get("timeliness")).get("decided"));
    }

    @Test
    void everyOfficerHasTheCasesTheyAcceptedAndTheStepsTheyTook() {
        JsonPath s = staffGet("/api/workbench/stats?" + PERIOD, Role.REVIEWER).extract().jsonPath();
        assertEquals(List.of(WINDOW, WINDOW2), s.getList("officers.id").subList(0, 2), "by office, the bureau's window first");
        assertEquals(4, s.getList("officers").size(), "the applicant is no officer, and nobody else acted in May 2018");

        Map<String, Object> window = officer(s, WINDOW);
        assertEquals("窗口受理员", window.get("name"));
        assertEquals("CX-CENTRE", window.get("officeCode"));
        assertEquals("慈溪市行政服务中心 安监窗口", window.get("officeName"));
        assertEquals(figures(office(s, "CX-CENTRE")), figures(window), "every case of the bureau's window was accepted by WINDOW");
        assertEquals(Map.of("WALK_IN", 1, "VISIT", 2, "REQUEST_CORRECTION", 2, "ACCEPT", 2), window.get("actions"));

        Map<String, Object> town = officer(s, WINDOW2);
        assertEquals("周巷镇窗口受理员", town.get("name"));
        assertEquals("ZHOUXIANG", town.get("officeCode"));
        Map<String, Object> f = figures(town);
        assertEquals(1, f.get("submitted"), "the case refused at 周巷镇 counts for the office, not for the officer");
        assertEquals(Map.of("DENIED", 1), f.get("byState"));
        assertEquals(Map.of("ONLINE", 1), f.get("byChannel"));
        assertEquals(Map.of("decided", 2, "onTime", 2, "overdue", 0, "onTimeRate", 1.0f), f.get("timeliness"),
                "the case accepted in April and decided in May counts for the officer who accepted it");
        assertEquals(3.5f, f.get("averageWorkingDays"));
        assertEquals(7.0f, f.get("averagePromisedDays"));
        assertEquals(Map.of("count", 0, "of", 1, "rate", 0.0f), f.get("zeroVisitCompletions"), "b8's visit was waived");
        assertEquals(1, f.get("visitsWaived"));
        assertEquals(0, f.get("visitBreaches"));
        assertEquals(Map.of("requests", 0, "secondRequests", 0), f.get("corrections"));
        Map<String, Object> satisfaction = map(f.get("satisfaction"));
        assertEquals(1, satisfaction.get("ratings"));
        assertEquals(1, satisfaction.get("badReviews"));
        assertEquals(Map.of("count", 0, "of", 1, "rate", 0.0f), satisfaction.get("rectifiedOnTime"));
        assertEquals(Map.of("ACCEPT", 1, "NOT_ACCEPT", 1), town.get("actions"), "the April acceptance is outside the period");

        Map<String, Object> reviewer = officer(s, REVIEWER);
        assertEquals("审查员", reviewer.get("name"));
        assertNull(reviewer.get("officeCode"));
        assertEquals(0, figures(reviewer).get("submitted"));
        assertEquals(0, map(figures(reviewer).get("timeliness")).get("decided"));
        assertEquals(Map.of("RECOMMEND", 4), reviewer.get("actions"));

        Map<String, Object> approver = officer(s, APPROVER);
        assertEquals("审批负责人", approver.get("name"));
        assertEquals(0, figures(approver).get("submitted"));
        assertEquals(Map.of("APPROVE", 3, "DENY", 1), approver.get("actions"));
    }

    @Test
    void theOfficesAddUpToThePublicFigures() {
        JsonPath staff = staffGet("/api/workbench/stats?" + PERIOD, Role.APPROVER).extract().jsonPath();
        JsonPath pub = given().when().get("/api/stats/service?" + PERIOD).then().statusCode(200).extract().jsonPath();
        assertEquals(5, pub.getInt("submitted"));
        assertEquals(4, pub.getInt("timeliness.decided"));
        for (String figure : List.of("submitted", "timeliness.decided", "timeliness.onTime", "timeliness.overdue",
                "zeroVisitCompletions.count", "zeroVisitCompletions.of", "visitsWaived", "visitBreaches", "corrections.requests",
                "corrections.secondRequests", "satisfaction.ratings", "satisfaction.satisfied.count",
                "satisfaction.badReviews", "satisfaction.rectifiedOnTime.count", "satisfaction.rectifiedOnTime.of")) {
            assertEquals(pub.getInt(figure), staff.getInt("offices.collect { it.figures." + figure + " }.sum()"), figure);
        }
        for (String map : List.of("byState", "byChannel", "satisfaction.byGrade")) {
            Map<String, Integer> total = pub.getMap(map);
            total.forEach((key, n) -> assertEquals(n, staff.getInt("offices.collect { it.figures." + map + "['" + key
                    + "'] ?: 0 }.sum()"), map + "." + key));
        }
    }

    @Test
    void noApplicantDataIsShown() {
        String body = staffGet("/api/workbench/stats?" + PERIOD, Role.WINDOW).extract().asString();
        for (String personal : new String[] {"示范化工", "91330282MA2CX1A7U1", "AJ-2018", "申请人", ENTERPRISE}) {
            assertFalse(body.contains(personal), "applicant data in the staff figures: " + personal);
        }
    }

    @Test
    void theCsvCarriesTheSameFigures() {
        staffGet("/api/workbench/stats.csv?" + PERIOD, Role.WINDOW)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("staff-stats-2018-05-01-2018-05-31.csv"))
                .body(startsWith("\uFEFF"))
                // code, name, submitted, the states COMPLETED DENIED NOT_ACCEPTED SUBMITTED, the channels ONLINE WINDOW,
                // decided, on time, overdue, rate, average days, promised, completed, zero-visit, share, waived, breaches,
                // corrections, second ones, ratings, satisfied, bad reviews, rectified on time
                .body(containsString("\r\nCX-CENTRE,慈溪市行政服务中心 安监窗口,2,2,0,0,0,1,1,2,1,1,0.5,4.0,4.0,2,1,0.5,0,1,2,1,2,0.5,1,1.0\r\n"))
                .body(containsString("\r\n,尚未由窗口处理 not yet handled at a window,1,0,0,0,1,1,0,0,0,0,0.0,,,0,0,0.0,0,0,0,0,0,0.0,0,0.0\r\n"))
                // then the actions ACCEPT NOT_ACCEPT RECOMMEND APPROVE … in name order
                .body(containsString("操作 action ACCEPT,操作 action APPROVE,操作 action DENY,操作 action NOT_ACCEPT,"
                        + "操作 action RECOMMEND,操作 action REQUEST_CORRECTION,操作 action VISIT,操作 action WALK_IN\r\n"))
                .body(containsString("\r\n审查员,,0,0,0,0,0,0,0,0,0,0,0.0,,,0,0,0.0,0,0,0,0,0,0.0,0,0.0,0,0,0,0,4,0,0,0\r\n"));
    }

    @Test
    void onlyTheRolesThatHandleCasesMayRead() {
        for (String path : List.of("/api/workbench/stats?" + PERIOD, "/api/workbench/stats.csv?" + PERIOD)) {
            given().when().get(path).then().statusCode(401);
            Cases.as(Cases.enterprise()).when().get(path).then().statusCode(403);
            for (Role role : List.of(Role.INSPECTOR, Role.ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR)) {
                given().auth().oauth2(token(role)).when().get(path).then().statusCode(403);
            }
            for (Role role : List.of(Role.WINDOW, Role.REVIEWER, Role.APPROVER)) {
                given().auth().oauth2(token(role)).when().get(path).then().statusCode(200);
            }
        }
    }

    @Test
    void badPeriodsAreNamedInTheCallersLanguage() {
        given().auth().oauth2(token(Role.WINDOW)).when().get("/api/workbench/stats?from=2018-02-30&to=yesterday")
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors.field", hasItems("from", "to"))
                .body("errors[0].message", equalTo("日期格式应为 YYYY-MM-DD，且须是真实存在的日期"));
        given().auth().oauth2(token(Role.WINDOW)).header("Accept-Language", "en")
                .when().get("/api/workbench/stats?from=2018-06-01&to=2018-05-01")
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].message", equalTo("The start cannot be after the end, and a period is at most 5 years"));
        given().auth().oauth2(token(Role.WINDOW)).when().get("/api/workbench/stats?from=2010-01-01&to=2018-05-01")
                .then().statusCode(400).body("errors[0].message", equalTo("开始日期不能晚于结束日期，且统计期间不超过 5 年"));
        given().auth().oauth2(token(Role.WINDOW)).when().get("/api/workbench/stats.csv?from=2018-06-01&to=2018-05-01")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private io.restassured.response.ValidatableResponse staffGet(String path, Role role) {
        return given().auth().oauth2(token(role)).when().get(path).then().statusCode(200);
    }

    private String token(Role role) {
        String staffNumber = role == Role.SECURITY_ADMIN ? "security" : role.name().toLowerCase();
        return Api.staffToken(tokens, staffNumber, role);
    }

    private static Map<String, Object> office(JsonPath s, String code) {
        List<Map<String, Object>> offices = s.getList("offices");
        return offices.stream().filter(o -> java.util.Objects.equals(o.get("code"), code)).findFirst().orElseThrow();
    }

    private static Map<String, Object> officer(JsonPath s, String id) {
        List<Map<String, Object>> officers = s.getList("officers");
        return officers.stream().filter(o -> id.equals(o.get("id"))).findFirst().orElseThrow();
    }

    private static Map<String, Object> figures(Map<String, Object> group) {
        return map(group.get("figures"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static String staffId(String staffNumber) {
        return UUID.nameUUIDFromBytes(("demo:" + staffNumber).getBytes()).toString();
    }

    private void app(String key, String number, String item, String state, String channel, String location, String created,
                     String clockStart, String due, String decided, String completed, int visits) {
        sql(String.format("""
                insert into application (id, number, applicant_id, applicant_name, applicant_identifier, item_code, item_version,
                  item_name, state, channel, location_code, created_by, created_at, updated_at, submitted_at, clock_start,
                  due_date, decided_at, completed_at, visits, visit_breaches, accepted_at, check_code)
                values (%s, '%s', '%s', '慈溪市示范化工贸易有限公司', '91330282MA2CX1A7U1', '%s', 1, '测试事项', '%s', '%s', %s, '%s',
                  '%s 09:00+08', '%s 09:00+08', '%s 09:00+08', %s, %s, %s, %s, %d, %d, %s, 'TEST23')""",
                id(key), number, ENTERPRISE, item, state, channel, quoted(location), ENTERPRISE, created, created, created,
                quoted(clockStart), quoted(due), at(decided), at(completed), visits, visits > 1 ? 1 : 0, at(clockStart)));
    }

    private void event(String app, String at, String actor, String action, String detail) {
        sql("insert into application_event (application_id, occurred_at, actor_id, actor_name, actor_role, action, "
                + "to_state, detail) values (" + id(app) + ", '" + at + "+08', '" + actor + "', '工作人员', 'WINDOW', '"
                + action + "', 'SUBMITTED', " + (detail == null ? "null" : "'" + detail + "'") + ")");
    }

    private void visit(String app, String at, String purpose, boolean breach) {
        sql("insert into application_visit (application_id, occurred_at, location_code, purpose, reason, breach, staff_id) "
                + "values (" + id(app) + ", '" + at + "+08', 'CX-CENTRE', '" + purpose + "', "
                + (breach ? "'领取纸质证书'" : "null") + ", " + breach + ", '" + WINDOW + "')");
    }

    private void rating(String key, String app, int grade, String day, Boolean rectifiedOnTime) {
        sql("insert into evaluation (id, application_id, applicant_id, grade, channel, created_at) values (" + id(key) + ", "
                + id(app) + ", '" + ENTERPRISE + "', " + grade + ", 'ONLINE', '" + day + " 12:00+08')");
        if (rectifiedOnTime != null) {
            sql("insert into rectification (id, evaluation_id, application_id, state, due_date, on_time, created_at) values ("
                    + id("r" + key) + ", " + id(key) + ", " + id(app) + ", 'RESPONDED', '" + day + "', " + rectifiedOnTime
                    + ", '" + day + " 12:00+08')");
        }
    }

    private static String id(String key) {
        return "'" + UUID.nameUUIDFromBytes(("staff-stats-test:" + key).getBytes()) + "'";
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }

    private static String at(String day) {
        return day == null ? "null" : "'" + day + " 16:00+08'";
    }

    private void sql(String statement) {
        pool.query(statement).execute().await().indefinitely();
    }
}
