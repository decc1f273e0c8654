package org.onevisit.identity;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * An access token stops working as soon as its session ends (logout, password change, a spent
 * refresh token presented again), not only when it expires: each authenticated request checks that
 * the token's session ({@code sid}) exists and has not been revoked. A correctly signed token naming a
 * session that never existed is refused as well. One indexed lookup, shared by all instances.
 */
@ApplicationScoped
public class RevokedSessionCheck implements SecurityIdentityAugmentor {

    private final Pool pool;

    public RevokedSessionCheck(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        UUID session;
        try {
            session = UUID.fromString(jwt.getClaim(TokenService.SESSION_CLAIM).toString());
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(new AuthenticationFailedException("token without a session"));
        }
        return pool.preparedQuery("select bool_or(revoked_at is not null) as revoked from refresh_token where family = $1")
                .execute(Tuple.of(session))
                .map(rows -> {
                    Boolean revoked = rows.iterator().next().getBoolean("revoked");
                    if (revoked == null) {
                        throw new AuthenticationFailedException("no such session");
                    }
                    if (revoked) {
                        throw new AuthenticationFailedException("session ended");
                    }
                    return identity;
                });
    }
}
