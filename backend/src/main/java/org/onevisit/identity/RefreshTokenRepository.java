package org.onevisit.identity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;

@ApplicationScoped
public class RefreshTokenRepository implements PanacheRepositoryBase<RefreshToken, UUID> {

    public Uni<RefreshToken> findByHash(String hash) {
        return find("tokenHash", hash).firstResult();
    }

    /** Marks the token spent if nobody has yet; false if it was already spent or revoked. */
    public Uni<Boolean> markUsed(UUID id, OffsetDateTime at) {
        return update("usedAt = ?1 where id = ?2 and usedAt is null and revokedAt is null", at, id).map(n -> n == 1);
    }

    public Uni<Integer> revokeFamily(UUID family, OffsetDateTime at) {
        return update("revokedAt = ?1 where family = ?2 and revokedAt is null", at, family);
    }

    public Uni<Integer> revokeAccount(UUID accountId, OffsetDateTime at) {
        return update("revokedAt = ?1 where accountId = ?2 and revokedAt is null", at, accountId);
    }
}
