package org.onevisit.audit;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEvent> {

    public Uni<String> lastHash() {
        return find("select e.hash from AuditEvent e order by e.id desc").project(String.class).firstResult();
    }

    @WithSession
    public Uni<List<AuditEvent>> page(int page, int size, String action) {
        return action == null
                ? find("order by id desc").page(page, size).list()
                : find("action = :action order by id desc", Parameters.with("action", action)).page(page, size).list();
    }

    @WithSession
    public Uni<Long> countEvents(String action) {
        return action == null ? count() : count("action", action);
    }

    /** Keyset page of the chain, oldest first. */
    @WithSession
    public Uni<List<AuditEvent>> batchAfter(long afterId, int size) {
        return find("id > ?1 order by id", afterId).page(0, size).list();
    }
}
