package org.onevisit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onevisit.application.Cases.as;
import static org.onevisit.application.Cases.move;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.onevisit.identity.Api;
import org.onevisit.identity.Role;
import org.onevisit.identity.TokenService;

/**
 * The workbench search finds a case in EVERY state staff may see, by its number, its applicant's name and its
 * applicant's credit code, under 全部 (no state) and under its own state; an online draft stays the applicant's.
 */
@QuarkusTest
class WorkbenchSearchTest {

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

    /** A case of a new enterprise with a name of its own, brought to the state: [case number, name, credit code]. */
    String[] caseIn(ApplicationState state) {
        String name = "慈溪市检索" + UUID.randomUUID().toString().substring(0, 8) + "有限公司";
        Api.Enterprise e = Api.registerEnterprise(name);
        String applicant = Api.accessToken(e.creditCode(), e.password());
        String item = Cases.ZERO_VISIT_ITEM;
        if (state == ApplicationState.DRAFT) { // a walk-in draft is the window's; an online one is not staff's to see
            JsonPath walkIn = as(window()).body(Map.of("itemCode", WorkbenchResourceTest.CITY_WIDE_ITEM, "applicant", e.creditCode()))
                    .when().post("/api/workbench/applications").then().statusCode(201).extract().jsonPath();
            return new String[] {walkIn.getString("number"), name, e.creditCode()};
        }
        JsonPath submitted = Cases.submitted(applicant, item);
        String id = submitted.getString("id");
        switch (state) {
            case CORRECTION_REQUIRED -> move(window(), id, "REQUEST_CORRECTION", Map.of("comment", "请补正", "correctionItems",
                    List.of(Map.of("kind", "FIELD", "code", "planName", "note", "与预案封面不一致"))));
            case NOT_ACCEPTED -> move(window(), id, "NOT_ACCEPT", Map.of("comment", "不属于本机关职权范围"));
            case WITHDRAWN -> as(applicant).body(Map.of("comment", "不再需要")).when().post("/api/applications/" + id + "/withdraw")
                    .then().statusCode(200);
            case UNDER_REVIEW, PENDING_DECISION, APPROVED, COMPLETED, DENIED -> {
                move(window(), id, "ACCEPT", Map.of());
                if (state != ApplicationState.UNDER_REVIEW) {
                    move(reviewer(), id, "RECOMMEND", Map.of());
                }
                if (state == ApplicationState.DENIED) {
                    move(approver(), id, "DENY", Map.of("comment", "预案内容不符合要求"));
                } else if (state == ApplicationState.APPROVED || state == ApplicationState.COMPLETED) {
                    move(approver(), id, "APPROVE", Map.of());
                }
                if (state == ApplicationState.COMPLETED) {
                    move(window(), id, "DELIVER", Map.of("delivery", Map.of("method", "ELECTRONIC")));
                }
            }
            default -> { }
        }
        assertEquals(state.name(), Cases.staffView(window(), id).getString("state"));
        return new String[] {submitted.getString("number"), name, e.creditCode()};
    }

    static JsonPath search(String token, String q, ApplicationState state) {
        return as(token).queryParam("q", q).queryParams(state == null ? Map.of() : Map.of("state", state.name()))
                .when().get("/api/workbench/applications").then().statusCode(200).extract().jsonPath();
    }

    @ParameterizedTest
    @EnumSource(ApplicationState.class)
    void findsACaseInEveryStateByNumberNameAndCreditCode(ApplicationState state) {
        String[] c = caseIn(state);
        for (String token : List.of(window(), reviewer(), approver())) {
            for (String q : List.of(c[0], c[0].toLowerCase(), c[1], c[1].substring(0, 9), c[2], c[2].toLowerCase())) {
                for (ApplicationState filter : new ApplicationState[] {null, state}) {
                    JsonPath page = search(token, q, filter);
                    List<String> numbers = page.getList("items.number");
                    assertTrue(numbers.contains(c[0]), state + " by '" + q + "' under " + (filter == null ? "全部" : filter) + ": " + numbers);
                    assertEquals(1, page.getLong("total"), "only this case matches " + q);
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void anOnlineDraftIsNotFoundAndTheDefaultQueueStillHoldsOnlyOpenCases() {
        String name = "慈溪市草稿" + UUID.randomUUID().toString().substring(0, 8) + "有限公司";
        Api.Enterprise e = Api.registerEnterprise(name);
        String applicant = Api.accessToken(e.creditCode(), e.password());
        String draft = Cases.create(applicant, Cases.ZERO_VISIT_ITEM).getString("number");
        assertEquals(0, search(window(), name, null).getLong("total"));
        assertEquals(0, search(window(), e.creditCode(), null).getLong("total"));
        if (draft != null) {
            assertEquals(0, search(window(), draft, null).getLong("total"));
        }
        String[] done = caseIn(ApplicationState.COMPLETED);
        List<String> states = as(window()).queryParam("size", 100).when().get("/api/workbench/applications").then().statusCode(200)
                .extract().jsonPath().getList("items.state");
        assertTrue(states.stream().noneMatch(s -> ApplicationState.FINAL.contains(ApplicationState.valueOf(s))), states.toString());
        assertEquals(1, search(window(), done[0], null).getLong("total"));
    }
}
