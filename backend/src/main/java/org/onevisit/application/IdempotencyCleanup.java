package org.onevisit.application;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;
import org.onevisit.platform.OneVisitConfig;

/**
 * Deletes stored idempotency answers older than the retention (default a day), every hour, so the table
 * holds about a day of submissions rather than every request ever made. Each instance may run it: the
 * delete is idempotent.
 */
@ApplicationScoped
public class IdempotencyCleanup {

    private static final Logger LOG = Logger.getLogger(IdempotencyCleanup.class);
    private static final long HOUR_MS = 3_600_000L;

    private final IdempotencyKeys keys;
    private final OneVisitConfig config;
    private final Vertx vertx;

    public IdempotencyCleanup(IdempotencyKeys keys, OneVisitConfig config, Vertx vertx) {
        this.keys = keys;
        this.config = config;
        this.vertx = vertx;
    }

    void schedule(@Observes StartupEvent event) {
        // the timer fires on an event loop, where VertxContextSupport may not be used: start from a worker
        vertx.setPeriodic(90_000L, HOUR_MS, id -> Infrastructure.getDefaultWorkerPool().execute(() -> runNow().subscribe().with(
                n -> LOG.debugf("Forgot %d idempotency keys", n),
                e -> LOG.error("Idempotency key clean-up failed", e))));
    }

    /** Forgets the keys older than the retention, on a Vert.x context of its own; answers how many. */
    public Uni<Integer> runNow() {
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minus(config.applications().idempotencyRetention());
        return Uni.createFrom().emitter(emitter -> VertxContextSupport.subscribe(
                () -> Panache.withTransaction(() -> keys.forgetBefore(before)).toMulti(),
                subscribe -> subscribe.with(emitter::complete, emitter::fail)));
    }
}
