package org.onevisit.notice;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NoticeRepository implements PanacheRepositoryBase<Notice, UUID> {

    public Uni<List<Notice>> published(int page, int size) {
        return find("publishedAt is not null order by publishedAt desc, id").page(page, size).list();
    }

    public Uni<Long> countPublished() {
        return count("publishedAt is not null");
    }

    public Uni<List<Notice>> all(int page, int size) {
        return find("order by updatedAt desc, id").page(page, size).list();
    }
}
