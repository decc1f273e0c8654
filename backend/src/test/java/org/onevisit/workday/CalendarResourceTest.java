package org.onevisit.workday;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.Api;
import org.onevisit.identity.Role;
import org.onevisit.identity.TokenService;

/**
 * The public calendar and its editing by the system administrator. Edits only touch days in December
 * 2099 (RoleMatrixTest uses 2099-12-31), and every test first clears the days it uses, so that runs on
 * the persistent test database do not depend on one another.
 */
@QuarkusTest
class CalendarResourceTest {

    static final String WEDNESDAY = "2099-12-30";
    static final String TUESDAY = "2099-12-29";
    static final String MONDAY = "2099-12-28";
    static final String SUNDAY = "2099-12-27";
    static final String SATURDAY = "2099-12-26";

    @Inject
    TokenService tokens;

    @Inject
    Pool pool;

    String admin() {
        return Api.staffToken(tokens, "admin", Role.ADMIN);
    }

    Response put(String token, String date, Object body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.when().put("/api/admin/calendar/days/" + date);
    }

    Response delete(String token, String date) {
        var request = given();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.when().delete("/api/admin/calendar/days/" + date);
    }

    void clear(String... dates) {
        for (String date : dates) {
            delete(admin(), date).then().statusCode(oneOf(204, 404));
        }
    }

    int workingDays2099() {
        return given().when().get("/api/calendar/2099").then().statusCode(200).extract().path("workingDays");
    }

    @Test
    void the2026CalendarListsTheSpringFestivalAndItsMakeUpDays() {
        given().when().get("/api/calendar/2026")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("year", equalTo(2026))
                .body("workingDays", equalTo(248))
                .body("days.find { it.date == '2026-02-17' }.kind", equalTo("HOLIDAY"))
                .body("days.find { it.date == '2026-02-17' }.name", equalTo("春节"))
                .body("days.find { it.date == '2026-02-17' }.provisional", equalTo(false))
                .body("days.find { it.date == '2026-02-28' }.kind", equalTo("WORKDAY"))
                .body("days.findAll { it.kind == 'WORKDAY' }.date", hasItems("2026-01-04", "2026-02-14", "2026-02-28",
                        "2026-05-09", "2026-09-20", "2026-10-10"))
                .body("days.date", not(hasItem("2026-02-21"))); // a Saturday in the holiday: a day off anyway
    }

    @Test
    void the2027CalendarIsProvisional() {
        given().when().get("/api/calendar/2027")
                .then().statusCode(200)
                .body("days.provisional", everyItem(equalTo(true)))
                .body("days.find { it.date == '2027-02-05' }.name", equalTo("春节"));
    }

    @Test
    void aYearWithoutDataIsPlainMondayToFriday() {
        given().when().get("/api/calendar/2035")
                .then().statusCode(200).body("year", equalTo(2035)).body("days.size()", equalTo(0))
                .body("workingDays", equalTo(261));
    }

    @Test
    void aBadYearIsNamed() {
        for (String year : new String[] {"1999", "2101", "abc", "2026.5"}) {
            given().when().get("/api/calendar/" + year)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("year"));
        }
    }

    @Test
    void theAdministratorAddsAHolidayThatThePublicSeesThenRemovesIt() {
        clear(WEDNESDAY);
        int before = workingDays2099();
        put(admin(), WEDNESDAY, Map.of("kind", "HOLIDAY", "name", "测试假日"))
                .then().statusCode(200)
                .body("date", equalTo(WEDNESDAY)).body("kind", equalTo("HOLIDAY"))
                .body("name", equalTo("测试假日")).body("provisional", equalTo(false));
        given().when().get("/api/calendar/2099")
                .then().statusCode(200)
                .body("days.find { it.date == '" + WEDNESDAY + "' }.name", equalTo("测试假日"))
                .body("workingDays", equalTo(before - 1));
        // a second PUT replaces the day
        put(admin(), WEDNESDAY, Map.of("kind", "HOLIDAY", "name", "  改名后的测试假日 "))
                .then().statusCode(200).body("name", equalTo("改名后的测试假日"));
        given().when().get("/api/calendar/2099")
                .then().body("days.findAll { it.date == '" + WEDNESDAY + "' }.name", equalTo(List.of("改名后的测试假日")));
        // the edits are in the audit trail, by the administrator
        given().auth().oauth2(Api.staffToken(tokens, "auditor", Role.AUDITOR))
                .when().get("/api/audit?action=CALENDAR_EDIT&size=5")
                .then().statusCode(200)
                .body("events[0].target", equalTo(WEDNESDAY))
                .body("events[0].actor", equalTo("STAFF:ADMIN"))
                .body("events[0].result", equalTo("SUCCESS"));

        delete(admin(), WEDNESDAY).then().statusCode(204);
        delete(admin(), WEDNESDAY).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/calendar/2099")
                .then().body("days.date", not(hasItem(WEDNESDAY))).body("workingDays", equalTo(before));
    }

    @Test
    void aWeekendDayCanBeMadeAWorkingDay() {
        clear(SUNDAY);
        int before = workingDays2099();
        put(admin(), SUNDAY, Map.of("kind", "WORKDAY", "name", "测试调休上班"))
                .then().statusCode(200).body("kind", equalTo("WORKDAY"));
        assertEquals(before + 1, workingDays2099());
        delete(admin(), SUNDAY).then().statusCode(204);
    }

    @Test
    void anEditConfirmsAProvisionalDay() {
        clear(MONDAY);
        pool.query("insert into calendar_day (day, kind, name, provisional, updated_by) values ('" + MONDAY
                + "', 'HOLIDAY', '估计的假日', true, 'TEST')").execute().await().indefinitely();
        put(admin(), MONDAY, Map.of("kind", "HOLIDAY", "name", "确认的假日"))
                .then().statusCode(200).body("provisional", equalTo(false));
        given().when().get("/api/calendar/2099")
                .then().body("days.find { it.date == '" + MONDAY + "' }.provisional", equalTo(false));
        delete(admin(), MONDAY).then().statusCode(204);
    }

    @Test
    void anEditThatWouldChangeNothingIs422() {
        clear(SATURDAY, TUESDAY);
        put(admin(), SATURDAY, Map.of("kind", "HOLIDAY", "name", "周末假日"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("kind")));
        put(admin(), TUESDAY, Map.of("kind", "WORKDAY", "name", "平日上班"))
                .then().statusCode(422).body("errors.field", equalTo(List.of("kind")));
        given().when().get("/api/calendar/2099").then().body("days.date", not(hasItems(SATURDAY)))
                .body("days.date", not(hasItem(TUESDAY)));
    }

    @Test
    void badDatesKindsAndNamesAreNamed() {
        for (String date : new String[] {"2099-02-30", "tomorrow", "20991230", "1999-12-30", "2101-01-01"}) {
            put(admin(), date, Map.of("kind", "HOLIDAY", "name", "x"))
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("date"));
            delete(admin(), date).then().statusCode(400).body("errors.field", hasItem("date"));
        }
        put(admin(), WEDNESDAY, Map.of("kind", "HOLIDAY")).then().statusCode(400)
                .body("errors.field", equalTo(List.of("name")));
        put(admin(), WEDNESDAY, Map.of("kind", "HOLIDAY", "name", "   ")).then().statusCode(400)
                .body("errors.field", hasItem("name"));
        put(admin(), WEDNESDAY, Map.of("kind", "HOLIDAY", "name", "长".repeat(65))).then().statusCode(400)
                .body("errors.field", hasItem("name"));
        put(admin(), WEDNESDAY, Map.of("kind", "SOMETIMES", "name", "x")).then().statusCode(400)
                .body("errors.field", equalTo(List.of("kind")));
        put(admin(), "not-a-date", "{}").then().statusCode(400)
                .body("errors.field", hasItems("date", "kind", "name"));
        put(admin(), WEDNESDAY, "{\"kind\": ").then().statusCode(400);
        given().when().get("/api/calendar/2099").then().body("days.date", not(hasItem(WEDNESDAY)));
    }

    @Test
    void onlyTheSystemAdministratorEdits() {
        clear(WEDNESDAY);
        Map<String, String> body = Map.of("kind", "HOLIDAY", "name", "越权假日");
        put(null, WEDNESDAY, body).then().statusCode(401);
        delete(null, WEDNESDAY).then().statusCode(401);
        for (Role role : new Role[] {Role.WINDOW, Role.SECURITY_ADMIN, Role.AUDITOR, Role.ENTERPRISE}) {
            String token = Api.staffToken(tokens, role.name().toLowerCase(), role);
            put(token, WEDNESDAY, body).then().statusCode(403);
            delete(token, WEDNESDAY).then().statusCode(403);
        }
        given().when().get("/api/calendar/2099").then().body("days.date", not(hasItem(WEDNESDAY)));
    }
}
