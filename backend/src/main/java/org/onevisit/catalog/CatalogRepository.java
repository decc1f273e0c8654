package org.onevisit.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CatalogRepository implements PanacheRepository<CatalogItemVersion> {

    /** For each item, the newest version already in effect on {@code day}. */
    @WithSession
    public Uni<List<CatalogItemVersion>> currentVersions(LocalDate day) {
        return find("""
                from CatalogItemVersion v
                where v.effectiveDate <= ?1
                  and v.version = (select max(w.version) from CatalogItemVersion w
                                   where w.code = v.code and w.effectiveDate <= ?1)
                order by v.code""", day).list();
    }

    public Uni<Optional<Integer>> latestVersion(String code) {
        return find("select max(v.version) from CatalogItemVersion v where v.code = ?1", code)
                .project(Integer.class).firstResult()
                .map(Optional::ofNullable);
    }

    @WithSession
    public Uni<CatalogItemVersion> findVersion(String code, int version) {
        return find("code = ?1 and version = ?2", code, version).firstResult();
    }

    @WithSession
    public Uni<Long> countItems() {
        return find("select count(distinct v.code) from CatalogItemVersion v").project(Long.class).singleResult();
    }
}
