package org.onevisit.identity;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Test helpers: sign-up, login, and tokens for the demo staff minted with the real signing key. */
public final class Api {

    private Api() {
    }

    public record Enterprise(String creditCode, String mobile, String password) {}

    public static Enterprise registerEnterprise() {
        return registerEnterprise("慈溪市测试化工有限公司");
    }

    public static Enterprise registerEnterprise(String name) {
        Enterprise e = new Enterprise(TestData.creditCode(), TestData.mobile(), TestData.PASSWORD);
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "ENTERPRISE", "creditCode", e.creditCode(), "name", name,
                        "legalRepresentative", "王五", "contactName", "赵六", "mobile", e.mobile(), "password", e.password()))
                .when().post("/api/auth/register").then().statusCode(201);
        return e;
    }

    public static Response login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .when().post("/api/auth/login");
    }

    public static String accessToken(String username, String password) {
        return login(username, password).then().statusCode(200).extract().path("accessToken");
    }

    /** A token for a demo staff account (second factor counted), signed like a real login's. */
    public static String staffToken(TokenService tokens, String staffNumber, Role... roles) {
        Account account = new Account();
        account.id = UUID.nameUUIDFromBytes(("demo:" + staffNumber.toUpperCase()).getBytes());
        account.username = staffNumber.toUpperCase();
        account.kind = Account.Kind.STAFF;
        account.orgUnit = "慈溪市安全生产监督管理局";
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        account.roleSet(set);
        return tokens.accessToken(account, set, session(account.id), true);
    }

    /**
     * A login session of the account, as a login makes one (a refresh-token row): access tokens whose
     * {@code sid} names no session are refused.
     */
    public static UUID session(UUID accountId) {
        UUID family = UUID.randomUUID();
        Arc.container().instance(Pool.class).get()
                // (a token for an account that exists nowhere gets its session under the demo administrator's)
                .preparedQuery("insert into refresh_token (id, family, account_id, token_hash, issued_at, expires_at, mfa)"
                        + " select $1, $2, coalesce((select id from account where id = $3),"
                        + " (select id from account where username = 'ADMIN')), $4, now(), now() + interval '1 day', true")
                .execute(Tuple.of(UUID.randomUUID(), family, accountId, TokenService.sha256(family.toString())))
                .await().indefinitely();
        return family;
    }
}
