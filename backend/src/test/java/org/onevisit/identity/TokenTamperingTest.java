package org.onevisit.identity;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onevisit.platform.OneVisitConfig;

/** Any token the server did not issue, or no longer accepts, is a 401. */
@QuarkusTest
class TokenTamperingTest {

    @Inject
    TokenService tokens;

    @Inject
    OneVisitConfig config;

    static final String SUBJECT = UUID.nameUUIDFromBytes("demo:WINDOW".getBytes()).toString();

    PrivateKey realKey() throws Exception {
        String pem = java.nio.file.Files.readString(java.nio.file.Path.of(config.dataDir(), "keys", "demo-jwt-private.pem"));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        return java.security.KeyFactory.getInstance("RSA").generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(der));
    }

    String claims(String issuer, String audience, long expiresAt, PrivateKey key) {
        return claims(issuer, audience, expiresAt, key, Api.session(UUID.fromString(SUBJECT)));
    }

    String claims(String issuer, String audience, long expiresAt, PrivateKey key, UUID session) {
        return Jwt.issuer(issuer).audience(audience).subject(SUBJECT).upn("WINDOW").groups(Set.of("WINDOW"))
                .claim("jti", UUID.randomUUID().toString()).claim("sid", session.toString())
                .expiresAt(expiresAt).sign(key);
    }

    void rejected(String token) {
        given().auth().oauth2(token).when().get("/api/me").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aGenuineTokenIsAccepted() throws Exception {
        String token = claims(config.jwt().issuer(), config.jwt().audience(), Instant.now().getEpochSecond() + 300, realKey());
        given().auth().oauth2(token).when().get("/api/me").then().statusCode(200);
    }

    @Test
    void aGenuineTokenNamingNoSessionIsRejected() throws Exception {
        rejected(claims(config.jwt().issuer(), config.jwt().audience(), Instant.now().getEpochSecond() + 300, realKey(),
                UUID.randomUUID()));
    }

    @Test
    void algNoneIsRejected() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String body = b64.encodeToString(("{\"iss\":\"" + config.jwt().issuer() + "\",\"aud\":\"onevisit\",\"sub\":\"" + SUBJECT
                + "\",\"upn\":\"WINDOW\",\"groups\":[\"WINDOW\"],\"exp\":" + (Instant.now().getEpochSecond() + 300) + "}")
                .getBytes(StandardCharsets.UTF_8));
        rejected(header + "." + body + ".");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRejected() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        rejected(claims(config.jwt().issuer(), config.jwt().audience(), Instant.now().getEpochSecond() + 300,
                generator.generateKeyPair().getPrivate()));
    }

    @Test
    void anExpiredTokenIsRejected() throws Exception {
        rejected(claims(config.jwt().issuer(), config.jwt().audience(), Instant.now().getEpochSecond() - 120, realKey()));
    }

    @Test
    void aWrongIssuerOrAudienceIsRejected() throws Exception {
        long exp = Instant.now().getEpochSecond() + 300;
        rejected(claims("https://evil.example.org", config.jwt().audience(), exp, realKey()));
        rejected(claims(config.jwt().issuer(), "another-app", exp, realKey()));
    }

    @Test
    void aTokenWithoutASessionIsRejected() throws Exception {
        String token = Jwt.issuer(config.jwt().issuer()).audience(config.jwt().audience()).subject(SUBJECT).upn("WINDOW")
                .groups(Set.of("WINDOW")).expiresAt(Instant.now().getEpochSecond() + 300).sign(realKey());
        rejected(token);
    }

    @Test
    void aTamperedPayloadIsRejected() {
        String token = Api.staffToken(tokens, "window", Role.WINDOW);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"WINDOW\"]", "\"SECURITY_ADMIN\"]");
        rejected(parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2]);
        rejected("not-a-token");
    }
}
