package org.onevisit.notice;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.onevisit.audit.AuditEntry;
import org.onevisit.audit.AuditService;
import org.onevisit.platform.ProblemException;

/** Notices (通知公告): the public reads published ones; the system administrator writes and publishes, audited. */
@ApplicationScoped
public class NoticeService {

    /** Who acts, as the audit trail names them. */
    public record Actor(UUID id, String name, String ip) {}

    private final NoticeRepository notices;
    private final AuditService audit;

    public NoticeService(NoticeRepository notices, AuditService audit) {
        this.notices = notices;
        this.audit = audit;
    }

    @WithSession
    public Uni<NoticeViews.Page> published(int page, int size) {
        return notices.published(page, size).chain(list -> notices.countPublished()
                .map(total -> new NoticeViews.Page(list.stream().map(NoticeViews.Summary::of).toList(), total, page, size)));
    }

    /** A published notice; a draft or withdrawn one is "not found" for the public. */
    @WithSession
    public Uni<NoticeViews.Detail> publishedOne(UUID id) {
        return notices.findById(id).map(n -> {
            if (n == null || n.publishedAt == null) {
                throw ProblemException.notFound("problem.not-found.public-notice");
            }
            return NoticeViews.Detail.of(n);
        });
    }

    @WithSession
    public Uni<NoticeViews.AdminPage> all(int page, int size) {
        return notices.all(page, size).chain(list -> notices.count()
                .map(total -> new NoticeViews.AdminPage(list.stream().map(NoticeViews.Admin::of).toList(), total, page, size)));
    }

    @WithSession
    public Uni<NoticeViews.Admin> one(UUID id) {
        return notices.findById(id).map(n -> NoticeViews.Admin.of(found(n)));
    }

    /** A new draft. */
    public Uni<NoticeViews.Admin> create(NoticeRequests.Write request, Actor actor) {
        NoticeText.Checked text = NoticeText.check(request);
        return Panache.withTransaction(() -> {
            Notice n = new Notice();
            n.id = UUID.randomUUID();
            n.title = text.title();
            n.body = text.body();
            n.createdAt = now();
            n.updatedAt = n.createdAt;
            n.createdBy = actor.name();
            return notices.persist(n).call(() -> record(actor, "NOTICE_CREATE", n)).call(notices::flush)
                    .map(NoticeViews.Admin::of);
        });
    }

    /** Changes the text (a published notice stays published, with its new text). */
    public Uni<NoticeViews.Admin> update(UUID id, NoticeRequests.Write request, Actor actor) {
        NoticeText.Checked text = NoticeText.check(request);
        return change(id, request.version(), actor, "NOTICE_UPDATE", n -> {
            n.title = text.title();
            n.body = text.body();
        });
    }

    public Uni<NoticeViews.Admin> publish(UUID id, Actor actor) {
        return change(id, null, actor, "NOTICE_PUBLISH", n -> n.publishedAt = now());
    }

    public Uni<NoticeViews.Admin> unpublish(UUID id, Actor actor) {
        return change(id, null, actor, "NOTICE_UNPUBLISH", n -> n.publishedAt = null);
    }

    private Uni<NoticeViews.Admin> change(UUID id, Long version, Actor actor, String action,
                                          java.util.function.Consumer<Notice> edit) {
        return Panache.withTransaction(() -> notices.findById(id, LockModeType.PESSIMISTIC_WRITE).chain(found -> {
            Notice n = found(found);
            if (version != null && version != n.version) {
                throw new ProblemException(409, "stale-notice", "problem.stale-notice.detail", List.of(n.version), List.of());
            }
            edit.accept(n);
            n.updatedAt = now();
            return notices.flush().chain(() -> record(actor, action, n)).map(v -> NoticeViews.Admin.of(n));
        }));
    }

    private Uni<Void> record(Actor actor, String action, Notice n) {
        return audit.record(new AuditEntry(actor.id(), actor.name(), action, "notice " + n.id, actor.ip(),
                AuditEntry.Result.SUCCESS, n.title.length() <= 200 ? n.title : n.title.substring(0, 200) + "…"));
    }

    private static Notice found(Notice n) {
        if (n == null) {
            throw ProblemException.notFound("problem.not-found.public-notice");
        }
        return n;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
