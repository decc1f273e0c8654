package org.onevisit.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Appends to the audit trail. Each row's hash covers its content and the previous row's hash; an
 * advisory lock serialises appends so the chain has no forks, also across application instances.
 */
@ApplicationScoped
public class AuditService {

    static final String GENESIS = "0".repeat(64);
    /** Arbitrary constant naming the audit chain's advisory lock. */
    private static final long CHAIN_LOCK = 0x0A0D17L;
    private static final int VERIFY_BATCH = 2_000;

    private final AuditRepository repository;

    public AuditService(AuditRepository repository) {
        this.repository = repository;
    }

    /** Appends within the caller's transaction, or a new one if there is none. */
    public Uni<Void> record(AuditEntry entry) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery("select pg_advisory_xact_lock(" + CHAIN_LOCK + ")").getSingleResult())
                .chain(() -> repository.lastHash())
                .chain(prev -> {
                    AuditEvent event = new AuditEvent();
                    event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
                    event.actorId = entry.actorId();
                    event.actor = Objects.requireNonNullElse(entry.actor(), "anonymous");
                    event.action = entry.action();
                    event.target = entry.target();
                    event.clientIp = entry.clientIp();
                    event.result = entry.result().name();
                    event.detail = entry.detail();
                    event.prevHash = prev == null ? GENESIS : prev;
                    event.hash = hash(event);
                    return repository.persist(event);
                })
                .replaceWithVoid());
    }

    public Uni<AuditPage> page(int page, int size, String action) {
        return repository.page(page, size, action).chain(events -> repository.countEvents(action)
                .map(total -> new AuditPage(events.stream().map(AuditView::of).toList(), total, page, size)));
    }

    /** Walks the whole chain in batches: the first row whose hash or link does not match, if any. */
    public Uni<ChainCheck> verify() {
        return verifyFrom(0L, GENESIS, 0L);
    }

    private Uni<ChainCheck> verifyFrom(long afterId, String prev, long checked) {
        return repository.batchAfter(afterId, VERIFY_BATCH).chain(events -> {
            String link = prev;
            for (AuditEvent e : events) {
                if (!e.prevHash.equals(link) || !e.hash.equals(hash(e))) {
                    return Uni.createFrom().item(new ChainCheck(false, checked, e.id));
                }
                link = e.hash;
            }
            long total = checked + events.size();
            if (events.size() < VERIFY_BATCH) {
                return Uni.createFrom().item(new ChainCheck(true, total, null));
            }
            return verifyFrom(events.get(events.size() - 1).id, link, total);
        });
    }

    static String hash(AuditEvent e) {
        String content = String.join("\u001f", e.prevHash, e.occurredAt.toInstant().toString(),
                String.valueOf(e.actorId), e.actor, e.action, String.valueOf(e.target), String.valueOf(e.clientIp),
                e.result, String.valueOf(e.detail));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException(e1);
        }
    }

    public record AuditPage(List<AuditView> events, long total, int page, int size) {}

    public record ChainCheck(boolean intact, long events, Long firstBrokenId) {}
}
