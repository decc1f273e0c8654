package org.onevisit.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every public figure, checked against a small set of cases written in March 2019 by the test itself. */
@QuarkusTest
class ServiceStatsTest {

    static final String DEMO_ENTERPRISE = UUID.nameUUIDFromBytes("demo:91330282MA2CX1A7U1".getBytes()).toString();
    static final String PERIOD = "from=2019-03-01&to=2019-03-31";

    @Inject
    Pool pool;

    @BeforeEach
    void march2019() {
        String ours = "(select id from application where number like 'AJ-2019%')";
        for (String table : new String[] {"rectification", "evaluation", "application_visit", "application_waiver", "application_pause",
                "application_event", "notification", "application_material"}) {
            sql("delete from " + table + " where application_id in " + ours);
        }
        sql("delete from application where number like 'AJ-2019%'");
        // on time, zero visits; 1 working day used
        app("a1", "AJ-20190304-9001", "100010100000", "COMPLETED", "ONLINE", "2019-03-04", "2019-03-04", "2019-03-05",
                "2019-03-05", "2019-03-06", 0);
        // overdue, two visits (one a breach), paused for two working days: 12 - 2 = 10 working days used
        app("a2", "AJ-20190304-9002", "010019600100", "COMPLETED", "WINDOW", "2019-03-04", "2019-03-04", "2019-03-13",
                "2019-03-20", "2019-03-21", 2);
        // denied in time: 4 working days used
        app("a3", "AJ-20190311-9003", "010019600100", "DENIED", "ONLINE", "2019-03-11", "2019-03-11", "2019-03-20",
                "2019-03-15", null, 0);
        app("a4", "AJ-20190312-9004", "100010100000", "SUBMITTED", "POST", "2019-03-12", null, null, null, null, 0);
        // outside the period
        app("a5", "AJ-20190402-9005", "100010100000", "COMPLETED", "ONLINE", "2019-04-02", "2019-04-02", "2019-04-03",
                "2019-04-03", "2019-04-04", 0);
        // submitted and decided in February, delivered in March: a one-visit item whose visit the window waived is a
        // completion of the period, but never a zero-visit one (visits = 0 is not enough)
        app("a6", "AJ-20190220-9006", "010019600200", "COMPLETED", "ONLINE", "2019-02-20", "2019-02-20", "2019-02-27",
                "2019-02-26", "2019-03-04", 0);
        sql("insert into application_waiver (application_id, kind, reason, staff_id, staff_name, staff_role, occurred_at) "
                + "values (" + id("a6") + ", 'VISIT', '已通过电子证照库核验原件', '" + DEMO_ENTERPRISE + "', '窗口', 'WINDOW', "
                + "'2019-03-04 09:00+08')");
        sql("insert into application_pause (application_id, kind, reason, from_date, to_date) values (" + id("a2")
                + ", 'SPECIAL', '专家评审', '2019-03-06', '2019-03-08')");
        sql("insert into application_visit (application_id, occurred_at, purpose, reason, breach, staff_id) values ("
                + id("a2") + ", '2019-03-04 10:00+08', 'WALK_IN', null, false, " + id("a2") + "), (" + id("a2")
                + ", '2019-03-21 10:00+08', 'PICKUP', '领取纸质证书', true, " + id("a2") + ")");
        event("a2", "2019-03-05 09:00+08", null);
        event("a2", "2019-03-07 09:00+08", "{\"secondCorrection\": true}");
        rating("e1", "a1", 5, "2019-03-07", null);
        rating("e2", "a2", 2, "2019-03-22", true);
        rating("e3", "a3", 1, "2019-03-16", false);
    }

    @Test
    void theFiguresAreComputedFromTheCasesOfThePeriod() {
        JsonPath s = given().when().get("/api/stats/service?" + PERIOD).then().statusCode(200).extract().jsonPath();
        assertEquals(4, s.getInt("submitted"));
        assertEquals(2, s.getInt("byState.COMPLETED"));
        assertEquals(1, s.getInt("byState.DENIED"));
        assertEquals(1, s.getInt("byState.SUBMITTED"));
        assertEquals(2, s.getInt("byChannel.ONLINE"));
        assertEquals(1, s.getInt("byChannel.WINDOW"));
        assertEquals(1, s.getInt("byChannel.POST"));
        assertEquals(3, s.getInt("timeliness.decided"));
        assertEquals(2, s.getInt("timeliness.onTime"));
        assertEquals(1, s.getInt("timeliness.overdue"));
        assertEquals(0.6667, s.getDouble("timeliness.onTimeRate"), 1e-9);
        // a1 only: a2 had visits, a6's visit was waived
        assertEquals(1, s.getInt("zeroVisitCompletions.count"));
        assertEquals(3, s.getInt("zeroVisitCompletions.of"));
        assertEquals(0.3333, s.getDouble("zeroVisitCompletions.rate"), 1e-9);
        assertEquals(1, s.getInt("visitsWaived"));
        assertEquals(1, s.getInt("visitBreaches"));
        assertEquals(2, s.getInt("corrections.requests"));
        assertEquals(1, s.getInt("corrections.secondRequests"));
        assertEquals(3, s.getInt("satisfaction.ratings"));
        assertEquals(1, s.getInt("satisfaction.byGrade.5"));
        assertEquals(0, s.getInt("satisfaction.byGrade.3"));
        assertEquals(0.3333, s.getDouble("satisfaction.satisfied.rate"), 1e-9);
        assertEquals(2, s.getInt("satisfaction.badReviews"));
        assertEquals(0.5, s.getDouble("satisfaction.rectifiedOnTime.rate"), 1e-9);
        assertEquals(2, s.getInt("byItem.find { it.itemCode == '010019600100' }.submitted"));
        assertEquals(1, s.getInt("byItem.find { it.itemCode == '010019600100' }.overdue"));
        assertEquals(7.0, s.getDouble("byItem.find { it.itemCode == '010019600100' }.averageWorkingDays"), 1e-9);
        assertEquals(1.0, s.getDouble("byItem.find { it.itemCode == '100010100000' }.averageWorkingDays"), 1e-9);
        assertEquals(7, s.getInt("byItem.find { it.itemCode == '010019600100' }.promisedDays"));
        assertEquals("2019-03", s.getString("byMonth[0].month"));
        assertEquals(4, s.getInt("byMonth[0].submitted"));
        assertEquals(3, s.getInt("byMonth[0].completed"));
        String body = given().when().get("/api/stats/service?" + PERIOD).then().extract().asString();
        for (String personal : new String[] {"示范化工", "91330282MA2CX1A7U1", "AJ-2019"}) {
            org.junit.jupiter.api.Assertions.assertFalse(body.contains(personal), "personal data in public figures: " + personal);
        }
    }

    @Test
    void theCsvCarriesTheSameFigures() {
        given().when().get("/api/stats/service.csv?" + PERIOD).then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("service-stats-2019-03-01-2019-03-31.csv"))
                .body(startsWith("\uFEFF")).body(containsString("申请件数 submitted,4"))
                .body(containsString("按时办结率 on-time rate,0.6667")).body(containsString("2019-03,4,3"))
                .body(containsString("零跑腿办结 zero-visit completions,1")).body(containsString("免于到场办结 visits waived,1"));
    }

    @Test
    void badPeriodsAreNamed() {
        given().when().get("/api/stats/service?from=2019-02-30&to=yesterday").then().statusCode(400)
                .body("errors.field", hasItems("from", "to"));
        given().when().get("/api/stats/service?from=2019-04-01&to=2019-03-01").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().when().get("/api/stats/service?from=2000-01-01&to=2019-03-01").then().statusCode(400);
    }

    private void app(String key, String number, String item, String state, String channel, String created, String clockStart,
                     String due, String decided, String completed, int visits) {
        sql(String.format("""
                insert into application (id, number, applicant_id, applicant_name, applicant_identifier, item_code, item_version,
                  item_name, state, channel, created_by, created_at, updated_at, submitted_at, clock_start, due_date, decided_at,
                  completed_at, visits, visit_breaches, accepted_at, check_code)
                values (%s, '%s', '%s', '慈溪市示范化工贸易有限公司', '91330282MA2CX1A7U1', '%s', 1, '测试事项', '%s', '%s', '%s',
                  '%s 09:00+08', '%s 09:00+08', '%s 09:00+08', %s, %s, %s, %s, %d, %d, %s, 'TEST23')""",
                id(key), number, DEMO_ENTERPRISE, item, state, channel, DEMO_ENTERPRISE, created, created, created,
                quoted(clockStart), quoted(due), at(decided), at(completed), visits, visits > 1 ? 1 : 0, at(clockStart)));
    }

    private void event(String app, String at, String detail) {
        sql("insert into application_event (application_id, occurred_at, actor_id, actor_name, actor_role, action, "
                + "from_state, to_state, detail) values (" + id(app) + ", '" + at + "', '" + DEMO_ENTERPRISE
                + "', '窗口', 'WINDOW', 'REQUEST_CORRECTION', 'SUBMITTED', 'CORRECTION_REQUIRED', "
                + (detail == null ? "null" : "'" + detail + "'") + ")");
    }

    private void rating(String key, String app, int grade, String day, Boolean rectifiedOnTime) {
        sql("insert into evaluation (id, application_id, applicant_id, grade, channel, created_at) values (" + id(key) + ", "
                + id(app) + ", '" + DEMO_ENTERPRISE + "', " + grade + ", 'ONLINE', '" + day + " 12:00+08')");
        if (rectifiedOnTime != null) {
            sql("insert into rectification (id, evaluation_id, application_id, state, due_date, on_time, created_at) values ("
                    + id("r" + key) + ", " + id(key) + ", " + id(app) + ", 'RESPONDED', '" + day + "', " + rectifiedOnTime
                    + ", '" + day + " 12:00+08')");
        }
    }

    private static String id(String key) {
        return "'" + UUID.nameUUIDFromBytes(("stats-test:" + key).getBytes()) + "'";
    }

    private static String quoted(String day) {
        return day == null ? "null" : "'" + day + "'";
    }

    private static String at(String day) {
        return day == null ? "null" : "'" + day + " 16:00+08'";
    }

    private void sql(String statement) {
        pool.query(statement).execute().await().indefinitely();
    }
}
