package org.onevisit.identity;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onevisit.platform.OneVisitConfig;

/** Issues short-lived signed access tokens and opaque refresh tokens (kept only as hashes). */
@ApplicationScoped
public class TokenService {

    /** Claim naming the login session (the refresh-token family), so logout can end it. */
    public static final String SESSION_CLAIM = "sid";
    public static final String MFA_CLAIM = "mfa";
    public static final String KIND_CLAIM = "kind";
    public static final String ORG_CLAIM = "org";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OneVisitConfig config;

    public TokenService(OneVisitConfig config) {
        this.config = config;
    }

    public String accessToken(Account account, Set<Role> roles, UUID session, boolean mfa) {
        var builder = Jwt.issuer(config.jwt().issuer())
                .audience(config.jwt().audience())
                .subject(account.id.toString())
                .upn(account.username)
                .groups(roles.stream().map(Role::name).collect(Collectors.toSet()))
                .claim("jti", UUID.randomUUID().toString())
                .claim(SESSION_CLAIM, session.toString())
                .claim(KIND_CLAIM, account.kind.name())
                .claim(MFA_CLAIM, mfa)
                .expiresIn(config.auth().accessTokenLifespan());
        if (account.orgUnit != null) {
            builder.claim(ORG_CLAIM, account.orgUnit);
        }
        return builder.jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256).sign();
    }

    public long accessTokenSeconds() {
        return config.auth().accessTokenLifespan().toSeconds();
    }

    /** A new refresh token: its value (to hand out once) and its row (holding only the hash). */
    public IssuedRefresh refreshToken(UUID accountId, UUID family, boolean mfa, OffsetDateTime now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        RefreshToken row = new RefreshToken();
        row.id = UUID.randomUUID();
        row.family = family;
        row.accountId = accountId;
        row.tokenHash = sha256(value);
        row.issuedAt = now;
        row.expiresAt = now.plus(config.auth().refreshTokenLifespan());
        row.mfa = mfa;
        return new IssuedRefresh(value, row);
    }

    public static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record IssuedRefresh(String value, RefreshToken row) {}
}
