package org.onevisit.notification;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    public Uni<List<Notification>> page(UUID accountId, boolean unreadOnly, int page, int size) {
        String where = unreadOnly ? "accountId = ?1 and readAt is null" : "accountId = ?1";
        return find(where + " order by createdAt desc", accountId).page(page, size).list();
    }

    public Uni<Long> countOf(UUID accountId, boolean unreadOnly) {
        return count(unreadOnly ? "accountId = ?1 and readAt is null" : "accountId = ?1", accountId);
    }

    public Uni<Integer> markAllRead(UUID accountId, OffsetDateTime at) {
        return update("readAt = ?1 where accountId = ?2 and readAt is null", at, accountId);
    }
}
