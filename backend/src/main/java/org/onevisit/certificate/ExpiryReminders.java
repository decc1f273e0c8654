package org.onevisit.certificate;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.temporal.ChronoUnit;
import java.util.List;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import org.jboss.logging.Logger;
import org.onevisit.notification.NotificationService;
import org.onevisit.platform.OneVisitConfig;
import org.onevisit.workday.CalendarService;

/**
 * Reminds holders of certificates that are about to end (60 and 30 days before, configurable): a
 * message in the portal and a text. Runs at start and then every hour; each reminder is sent once.
 */
@ApplicationScoped
public class ExpiryReminders {

    private static final Logger LOG = Logger.getLogger(ExpiryReminders.class);
    private static final long HOUR_MS = 3_600_000L;

    private final CertificateRepository certificates;
    private final NotificationService notifications;
    private final CalendarService calendars;
    private final OneVisitConfig config;
    private final Vertx vertx;

    public ExpiryReminders(CertificateRepository certificates, NotificationService notifications, CalendarService calendars,
                           OneVisitConfig config, Vertx vertx) {
        this.certificates = certificates;
        this.notifications = notifications;
        this.calendars = calendars;
        this.config = config;
        this.vertx = vertx;
    }

    void schedule(@Observes StartupEvent event) {
        // the timer fires on an event loop, where VertxContextSupport may not be used: start from a worker
        vertx.setPeriodic(60_000L, HOUR_MS, id -> Infrastructure.getDefaultWorkerPool().execute(() -> runNow().subscribe().with(
                n -> LOG.debugf("Sent %d certificate expiry reminders", n),
                e -> LOG.error("Certificate expiry reminders failed", e))));
    }

    /** Sends the reminders due now, on a safe Vert.x context of their own (as a request has); answers how many. */
    public Uni<Integer> runNow() {
        return Uni.createFrom().emitter(emitter -> VertxContextSupport.subscribe(() -> run().toMulti(),
                subscribe -> subscribe.with(emitter::complete, emitter::fail)));
    }

    private Uni<Integer> run() {
        List<Integer> days = config.certificates().reminderDays().stream().sorted().toList(); // e.g. 30, 60
        return Panache.withTransaction(() -> remind(days, 0, 0));
    }

    private Uni<Integer> remind(List<Integer> days, int index, int sent) {
        if (index == days.size()) {
            return Uni.createFrom().item(sent);
        }
        int distance = days.get(index);
        return certificates.toRemind(calendars.today().plusDays(distance), distance).chain(due -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (IssuedCertificate c : due) {
                long left = ChronoUnit.DAYS.between(calendars.today(), c.validTo);
                c.remindedDays = distance;
                chain = chain.chain(() -> notifications.notify(c.holderId, c.applicationId, "CERTIFICATE_EXPIRING",
                        c.title + " " + c.number, left >= 0 ? "将于 " + c.validTo + " 到期（还有 " + left + " 天），请及时办理延续。"
                                : "已于 " + c.validTo + " 到期。"));
            }
            return chain.chain(() -> remind(days, index + 1, sent + due.size()));
        });
    }
}
