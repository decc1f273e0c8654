package org.onevisit.notification;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.onevisit.identity.AccountRepository;
import org.onevisit.platform.ProblemException;

/** In-app messages to applicants, with a text message to their mobile. */
@ApplicationScoped
public class NotificationService {

    private final NotificationRepository repository;
    private final AccountRepository accounts;
    private final SmsGateway sms;

    public NotificationService(NotificationRepository repository, AccountRepository accounts, SmsGateway sms) {
        this.repository = repository;
        this.accounts = accounts;
        this.sms = sms;
    }

    /** Writes a message within the caller's transaction and texts the account's mobile, if it has one. */
    public Uni<Void> notify(UUID accountId, UUID applicationId, String event, String title, String body) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.accountId = accountId;
        n.applicationId = applicationId;
        n.event = event;
        n.title = title;
        n.body = body;
        n.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return repository.persist(n).chain(() -> accounts.findById(accountId)).invoke(account -> {
            if (account != null && account.mobile != null) {
                sms.send(account.mobile, title + "：" + body);
            }
        }).replaceWithVoid();
    }

    @WithSession
    public Uni<NotificationView.Page> page(UUID accountId, boolean unreadOnly, int page, int size) {
        return repository.page(accountId, unreadOnly, page, size)
                .chain(list -> repository.countOf(accountId, unreadOnly)
                        .chain(total -> repository.countOf(accountId, true)
                                .map(unread -> new NotificationView.Page(list.stream().map(NotificationView::of).toList(),
                                        total, unread, page, size))));
    }

    @WithSession
    public Uni<Long> unread(UUID accountId) {
        return repository.countOf(accountId, true);
    }

    /** Marks one of the reader's messages read; someone else's is not found. */
    public Uni<Void> markRead(UUID accountId, UUID id) {
        return Panache.withTransaction(() -> repository.findById(id).chain(n -> {
            if (n == null || !n.accountId.equals(accountId)) {
                return Uni.createFrom().failure(ProblemException.notFound("problem.not-found.notification"));
            }
            if (n.readAt == null) {
                n.readAt = OffsetDateTime.now(ZoneOffset.UTC);
            }
            return Uni.createFrom().voidItem();
        }));
    }

    public Uni<Integer> markAllRead(UUID accountId) {
        return Panache.withTransaction(() -> repository.markAllRead(accountId, OffsetDateTime.now(ZoneOffset.UTC)));
    }
}
