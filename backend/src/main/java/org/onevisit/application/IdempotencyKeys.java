package org.onevisit.application;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.Violation;

/**
 * Idempotency keys of applicants' requests (header {@code Idempotency-Key}). Within the request's
 * transaction a key is claimed by inserting it; a concurrent request with the same key waits on the
 * insert until the first commits, then finds the stored answer and returns it. Keys are kept for a
 * configured time ({@link IdempotencyCleanup}), long enough for any client's retries.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** Rejects a malformed key (400) before any work is done. */
    public static void check(String key) {
        if (key != null && !KEY.matcher(key).matches()) {
            throw ProblemException.badRequest(List.of(Violation.of(HEADER, "idempotency.key")));
        }
    }

    /**
     * Claims the key for {@code operation}: empty if this request is the first, else the stored answer.
     * A key reused for another operation is refused (422).
     */
    public Uni<Optional<IdempotencyRecord>> claim(UUID account, String key, String operation) {
        if (key == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into idempotency_record (account_id, idem_key, operation, created_at)
                        values (:account, :key, :operation, now()) on conflict do nothing""")
                .setParameter("account", account).setParameter("key", key).setParameter("operation", operation)
                .executeUpdate()
                .chain(inserted -> inserted == 1 ? Uni.createFrom().item(Optional.<IdempotencyRecord>empty())
                        : s.createNativeQuery("select operation, status, body from idempotency_record "
                                        + "where account_id = :account and idem_key = :key", Object[].class)
                                .setParameter("account", account).setParameter("key", key).getSingleResult()
                                .map(row -> {
                                    if (!operation.equals(row[0]) || row[1] == null) {
                                        throw ProblemException.unprocessable("idempotency-key-reused",
                                                List.of(Violation.of(HEADER, "idempotency.reused")));
                                    }
                                    return Optional.of(new IdempotencyRecord(((Number) row[1]).intValue(), (String) row[2]));
                                })));
    }

    /** Forgets the keys claimed before {@code before}; answers how many. */
    public Uni<Integer> forgetBefore(OffsetDateTime before) {
        return Panache.getSession().chain(s -> s.createNativeQuery("delete from idempotency_record where created_at < :before")
                .setParameter("before", before).executeUpdate());
    }

    /** Stores the answer under a claimed key, in the same transaction as the work. */
    public Uni<Void> complete(UUID account, String key, int status, String body) {
        if (key == null) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "update idempotency_record set status = :status, body = :body where account_id = :account and idem_key = :key")
                .setParameter("status", status).setParameter("body", body)
                .setParameter("account", account).setParameter("key", key).executeUpdate()).replaceWithVoid();
    }
}
