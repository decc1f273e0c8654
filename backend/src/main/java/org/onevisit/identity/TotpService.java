package org.onevisit.identity;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.onevisit.audit.AuditEntry;
import org.onevisit.audit.AuditEntry.Result;
import org.onevisit.audit.AuditService;
import org.onevisit.identity.AuthDtos.ClientInfo;
import org.onevisit.identity.AuthDtos.TotpEnrolment;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.Violation;

/** Enrolment of the staff second factor: a secret is issued, then confirmed with a first code. */
@ApplicationScoped
public class TotpService {

    static final String ISSUER = "OneVisit";

    private final AccountRepository accounts;
    private final AuditService audit;
    private final Clock clock = Clock.systemUTC();

    public TotpService(AccountRepository accounts, AuditService audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    public Uni<TotpEnrolment> enrol(UUID accountId, ClientInfo client) {
        return Panache.withTransaction(() -> staff(accountId).chain(account -> {
            if (account.totpEnabled) {
                return Uni.createFrom().failure(new ProblemException(409, "totp-enabled", "problem.totp-enabled.detail",
                        List.of(), List.of()));
            }
            account.totpSecret = Totp.newSecret();
            return audit.record(new AuditEntry(account.id, AuthService.actorName(account), "TOTP_ENROLMENT_STARTED",
                            null, client.ip(), Result.SUCCESS, null))
                    .map(v -> new TotpEnrolment(account.totpSecret,
                            Totp.otpauthUri(ISSUER, account.username, account.totpSecret)));
        }));
    }

    public Uni<Void> activate(UUID accountId, String code, ClientInfo client) {
        return Panache.withTransaction(() -> staff(accountId).chain(account -> {
            if (account.totpEnabled) {
                return Uni.createFrom().failure(new ProblemException(409, "totp-enabled", "problem.totp-enabled.detail",
                        List.of(), List.of()));
            }
            if (account.totpSecret == null) {
                return Uni.createFrom().failure(new ProblemException(409, "totp-not-started",
                        "problem.totp-not-started.detail", List.of(), List.of()));
            }
            var step = Totp.verify(account.totpSecret, code == null ? null : code.trim(), clock.instant().getEpochSecond(),
                    account.totpLastStep);
            if (step.isEmpty()) {
                return Uni.createFrom().failure(ProblemException.badRequest(List.of(Violation.of("code", "totp.invalid"))));
            }
            account.totpEnabled = true;
            account.totpLastStep = step.getAsLong();
            return audit.record(new AuditEntry(account.id, AuthService.actorName(account), "TOTP_ENROLLED", null,
                    client.ip(), Result.SUCCESS, null));
        }));
    }

    private Uni<Account> staff(UUID accountId) {
        return accounts.findById(accountId).map(account -> {
            if (account == null || account.kind != Account.Kind.STAFF) {
                throw new ProblemException(403, "forbidden", "problem.totp-staff-only.detail", List.of(), List.of());
            }
            return account;
        });
    }
}
