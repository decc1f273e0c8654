package org.onevisit.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * What an orchestrator must act on: liveness is DOWN only when the embedded database could not be
 * brought back (restart the application); readiness is DOWN while it is being restarted (send no
 * traffic). With an external database nothing is supervised and both stay UP here.
 */
@ApplicationScoped
public class EmbeddedDatabaseHealth {

    private static final String NAME = "Embedded PostgreSQL supervisor";

    private final String key;

    public EmbeddedDatabaseHealth(OneVisitConfig config) {
        this.key = config.db().url().isPresent() ? null : EmbeddedDatabase.supervisionKey(Path.of(config.dataDir()));
    }

    @Produces
    @Liveness
    HealthCheck live() {
        return () -> respond(state -> state != DatabaseSupervisor.State.FAILED);
    }

    @Produces
    @Readiness
    HealthCheck ready() {
        return () -> respond(state -> state == DatabaseSupervisor.State.UP);
    }

    private HealthCheckResponse respond(java.util.function.Predicate<DatabaseSupervisor.State> up) {
        Optional<DatabaseSupervisor.State> state = key == null ? Optional.empty() : DatabaseSupervisor.state(key);
        if (state.isEmpty()) {
            return HealthCheckResponse.named(NAME).up().withData("supervised", false).build();
        }
        return HealthCheckResponse.named(NAME).status(up.test(state.get()))
                .withData("supervised", true)
                .withData("state", state.get().name())
                .withData("restarts", DatabaseSupervisor.restarts(key))
                .build();
    }
}
