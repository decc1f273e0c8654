package org.onevisit.notice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onevisit.application.Cases;
import org.onevisit.identity.Api;
import org.onevisit.identity.Role;
import org.onevisit.identity.TokenService;

/** 通知公告: the system administrator writes, publishes and withdraws notices (audited); the public reads published ones. */
@QuarkusTest
class NoticeResourceTest {

    @Inject
    TokenService tokens;

    RequestSpecification admin() {
        return given().auth().oauth2(Api.staffToken(tokens, "admin", Role.ADMIN)).contentType(ContentType.JSON);
    }

    JsonPath draft(String title, String body) {
        return admin().body(Map.of("title", title, "body", body)).when().post("/api/admin/notices").then().statusCode(201)
                .body("published", equalTo(false)).body("publishedAt", nullValue()).extract().jsonPath();
    }

    @Test
    void aDraftIsPublicOnlyOncePublishedAndGoesAwayWhenWithdrawn() {
        String title = "停电检修通知 " + UUID.randomUUID();
        String id = draft(title, "第一段。\r\n\r\n第二段，\n同一段的第二行。\n\n\n  第三段  ").getString("id");
        given().when().get("/api/notices/" + id).then().statusCode(404).contentType("application/problem+json");
        given().queryParam("size", 50).when().get("/api/notices").then().statusCode(200).body("notices.title", not(hasItem(title)));

        admin().when().post("/api/admin/notices/" + id + "/publish").then().statusCode(200).body("published", equalTo(true))
                .body("publishedAt", notNullValue());
        given().when().get("/api/notices/" + id).then().statusCode(200).body("title", equalTo(title))
                .body("paragraphs", equalTo(List.of("第一段。", "第二段，\n同一段的第二行。", "第三段")))
                .body("publishedAt", notNullValue());
        JsonPath list = given().when().get("/api/notices").then().statusCode(200).extract().jsonPath();
        assertEquals(title, list.getString("notices[0].title"), "the newest comes first");
        assertEquals("第一段。", list.getString("notices[0].excerpt"));
        assertTrue(list.getLong("total") >= 1);

        admin().when().post("/api/admin/notices/" + id + "/unpublish").then().statusCode(200).body("published", equalTo(false));
        given().when().get("/api/notices/" + id).then().statusCode(404);
        given().queryParam("size", 50).when().get("/api/notices").then().body("notices.title", not(hasItem(title)));
        admin().when().get("/api/admin/notices/" + id).then().statusCode(200).body("title", equalTo(title));
        admin().queryParam("size", 100).when().get("/api/admin/notices").then().statusCode(200).body("notices.id", hasItem(id));

        // every change is in the audit trail
        List<String> actions = given().auth().oauth2(Api.staffToken(tokens, "auditor", Role.AUDITOR))
                .queryParam("size", 100).when().get("/api/audit").then().statusCode(200)
                .extract().path("events.findAll { it.target == 'notice " + id + "' }.action");
        assertTrue(actions.containsAll(List.of("NOTICE_CREATE", "NOTICE_PUBLISH", "NOTICE_UNPUBLISH")), actions.toString());
    }

    @Test
    void anEditChecksTheVersionAndAPublishedNoticeShowsTheNewText() {
        JsonPath created = draft("原标题", "原文");
        String id = created.getString("id");
        long version = created.getLong("version");
        admin().when().post("/api/admin/notices/" + id + "/publish").then().statusCode(200);
        long published = admin().when().get("/api/admin/notices/" + id).then().extract().jsonPath().getLong("version");
        admin().body(Map.of("title", "新标题", "body", "新文", "version", version)).when().put("/api/admin/notices/" + id)
                .then().statusCode(409).body("type", org.hamcrest.Matchers.containsString("stale-notice"));
        assertTrue(published > version, "publishing is a change");
        admin().body(Map.of("title", "新标题", "body", "新文", "version", published)).when().put("/api/admin/notices/" + id)
                .then().statusCode(200).body("title", equalTo("新标题")).body("published", equalTo(true));
        given().when().get("/api/notices/" + id).then().statusCode(200).body("title", equalTo("新标题"))
                .body("paragraphs", equalTo(List.of("新文")));
        admin().body(Map.of("title", "无版本也可", "body", "正文")).when().put("/api/admin/notices/" + id).then().statusCode(200);
    }

    @Test
    void markupStaysTextAndBadTextIsRefused() {
        String script = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        String id = draft("<b>标题</b>", script).getString("id");
        admin().when().post("/api/admin/notices/" + id + "/publish").then().statusCode(200);
        given().when().get("/api/notices/" + id).then().statusCode(200).contentType("application/json")
                .body("title", equalTo("<b>标题</b>")).body("paragraphs", equalTo(List.of(script)));

        admin().body(Map.of()).when().post("/api/admin/notices").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItems("title", "body"));
        admin().body(Map.of("title", "   ", "body", "\n\n")).when().post("/api/admin/notices").then().statusCode(422)
                .body("errors.field", hasItems("title", "body"));
        admin().body(Map.of("title", "x".repeat(121), "body", "y".repeat(10_001))).when().post("/api/admin/notices").then()
                .statusCode(422).body("errors.field", hasItems("title", "body"));
        admin().body(Map.of("title", "两行\n标题", "body", "含\u0007控制字符\u202e")).when().post("/api/admin/notices").then()
                .statusCode(422).body("errors.field", hasItems("title", "body"));
        // NUL never gets this far: the JSON reader refuses it for every endpoint (400)
        admin().body(Map.of("title", "标题", "body", "含\u0000")).when().post("/api/admin/notices").then().statusCode(400);
        admin().body("{\"title\": ").when().post("/api/admin/notices").then().statusCode(400);
        admin().body(Map.of("title", "x", "body", "")).when().put("/api/admin/notices/" + id).then().statusCode(422);
        // the longest allowed passes
        draft("x".repeat(120), "y".repeat(10_000));
    }

    @Test
    void onlyTheSystemAdministratorWritesAndUnknownNoticesAre404() {
        String id = draft("仅管理员", "正文").getString("id");
        Map<String, String> body = Map.of("title", "t", "body", "b");
        given().contentType(ContentType.JSON).body(body).when().post("/api/admin/notices").then().statusCode(401);
        given().when().get("/api/admin/notices").then().statusCode(401);
        for (String token : List.of(Cases.enterprise(), Api.staffToken(tokens, "window", Role.WINDOW),
                Api.staffToken(tokens, "security", Role.SECURITY_ADMIN), Api.staffToken(tokens, "auditor", Role.AUDITOR))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/admin/notices").then().statusCode(403);
            given().auth().oauth2(token).when().post("/api/admin/notices/" + id + "/publish").then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().put("/api/admin/notices/" + id).then().statusCode(403);
            given().auth().oauth2(token).when().get("/api/admin/notices").then().statusCode(403);
        }
        for (String unknown : List.of(UUID.randomUUID().toString(), "not-an-id")) {
            given().when().get("/api/notices/" + unknown).then().statusCode(404);
            admin().when().get("/api/admin/notices/" + unknown).then().statusCode(404);
            admin().when().post("/api/admin/notices/" + unknown + "/publish").then().statusCode(404);
            admin().body(body).when().put("/api/admin/notices/" + unknown).then().statusCode(404);
        }
        for (String bad : List.of("-1", "x", "51")) {
            given().queryParam("size", bad).when().get("/api/notices").then().statusCode(400);
        }
        given().queryParam("page", "-1").when().get("/api/notices").then().statusCode(400);
    }

    @Test
    void theDemoHasPublishedNotices() {
        given().when().get("/api/notices").then().statusCode(200)
                .body("notices.title", hasItem("关于网上办事大厅试运行的通知"));
    }
}
