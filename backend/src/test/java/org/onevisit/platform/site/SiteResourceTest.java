package org.onevisit.platform.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.Api;
import org.onevisit.identity.Role;
import org.onevisit.identity.TokenService;

/** The footer's site identity: public, from configuration (the demo values of application.properties). */
@QuarkusTest
class SiteResourceTest {

    @Inject
    TokenService tokens;

    @Test
    void anyoneReadsTheConfiguredIdentity() {
        given().when().get("/api/site").then().statusCode(200)
                .contentType(containsString("application/json"))
                .header("Cache-Control", containsString("max-age=3600"))
                .body("governmentWebsiteId", equalTo("3302820000"))
                .body("icpNumber", equalTo("浙ICP备00000000号-1"))
                .body("icpUrl", equalTo("https://beian.miit.gov.cn/"))
                .body("publicSecurityNumber", equalTo("浙公网安备 33028202000000号"))
                .body("publicSecurityUrl", equalTo("https://beian.mps.gov.cn/#/query/webSearch?code=33028202000000"))
                .body("organiser", equalTo("慈溪市安全生产监督管理局"))
                .body("contact.address", equalTo("慈溪市新城大道北路318号 慈溪市行政服务中心三楼"))
                .body("contact.phone", equalTo("0574-63929612"))
                .body("contact.email", equalTo("ajj@cixi.example.gov.cn"))
                .body("siteMapUrl", equalTo("/sitemap"))
                // no 承办单位 is configured: the field is left out rather than sent empty
                .body("$", not(hasKey("host")));
    }

    @Test
    void aLoggedInPersonReadsTheSame() {
        given().auth().oauth2(Api.staffToken(tokens, "window", Role.WINDOW))
                .when().get("/api/site").then().statusCode(200)
                .body("organiser", equalTo("慈溪市安全生产监督管理局"));
    }

    @Test
    void itCannotBeChangedOverTheApi() {
        given().contentType("application/json").body("{}").when().put("/api/site").then().statusCode(405);
        given().contentType("application/json").body("{}").when().post("/api/site").then().statusCode(405);
    }
}
