package org.onevisit.identity;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onevisit.audit.AuditEntry;
import org.onevisit.audit.AuditEntry.Result;
import org.onevisit.audit.AuditService;
import org.onevisit.identity.AuthDtos.ClientInfo;
import org.onevisit.identity.AuthDtos.StaffRequest;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.Violation;

/** Staff accounts and their roles, managed by the security administrator only. */
@ApplicationScoped
public class StaffService {

    private final AccountRepository accounts;
    private final RefreshTokenRepository refreshTokens;
    private final AuditService audit;
    private final Vertx vertx;

    public StaffService(AccountRepository accounts, RefreshTokenRepository refreshTokens, AuditService audit, Vertx vertx) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.audit = audit;
        this.vertx = vertx;
    }

    public Uni<AccountView> create(StaffRequest request, UUID by, String byName, ClientInfo client) {
        Account account = AccountRules.newStaff(request);
        return vertx.executeBlocking(Uni.createFrom().item(() -> Passwords.hash(request.password()))).chain(hash -> {
            account.passwordHash = hash;
            account.createdAt = now();
            account.passwordChangedAt = account.createdAt;
            return Panache.withTransaction(() -> accounts.usernameTaken(account.username).chain(taken -> {
                if (taken) {
                    return Uni.createFrom().failure(new ProblemException(409, "account-exists",
                            "problem.account-exists.detail", List.of(), List.of(Violation.of("staffNumber", "account.duplicate"))));
                }
                return accounts.persist(account)
                        .call(a -> audit.record(new AuditEntry(by, byName, "STAFF_CREATED", AuthService.actorName(a),
                                client.ip(), Result.SUCCESS, "roles " + a.roles)));
            }));
        }).map(a -> AccountView.masked(a, now()));
    }

    @WithSession
    public Uni<List<AccountView>> list(int page, int size) {
        return accounts.staff(page, size).map(list -> list.stream().map(a -> AccountView.masked(a, now())).toList());
    }

    @WithSession
    public Uni<Long> count() {
        return accounts.countStaff();
    }

    /** Replaces a staff member's roles: never one's own, never two administrator roles together. */
    public Uni<AccountView> setRoles(UUID target, Set<Role> requested, UUID by, String byName, ClientInfo client) {
        Set<Role> roles = requested == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(requested.isEmpty()
                ? EnumSet.noneOf(Role.class) : requested);
        if (target.equals(by)) {
            return audit.record(new AuditEntry(by, byName, "ROLE_CHANGE", "self", client.ip(), Result.DENIED,
                            "attempt to change own roles"))
                    .chain(() -> Uni.createFrom().failure(new ProblemException(403, "self-grant",
                            "problem.self-grant.detail", List.of(), List.of())));
        }
        List<Violation> violations = AccountRules.roleViolations(roles);
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(new ProblemException(422, "invalid-roles", "problem.invalid-roles.detail",
                    List.of(), violations));
        }
        return Panache.withTransaction(() -> accounts.findById(target).chain(account -> {
            if (account == null || account.kind != Account.Kind.STAFF) {
                return Uni.createFrom().failure(ProblemException.notFound("problem.not-found.account"));
            }
            String before = account.roles;
            account.roleSet(roles);
            return audit.record(new AuditEntry(by, byName, "ROLE_CHANGE", AuthService.actorName(account), client.ip(),
                    Result.SUCCESS, before + " -> " + account.roles)).replaceWith(account);
        })).map(a -> AccountView.masked(a, now()));
    }

    /** Clears a staff member's second factor and ends their sessions; never one's own. */
    public Uni<Void> resetTotp(UUID target, UUID by, String byName, ClientInfo client) {
        if (target.equals(by)) {
            return Uni.createFrom().failure(new ProblemException(403, "self-grant", "problem.self-grant.detail",
                    List.of(), List.of()));
        }
        return Panache.withTransaction(() -> accounts.findById(target).chain(account -> {
            if (account == null || account.kind != Account.Kind.STAFF) {
                return Uni.createFrom().failure(ProblemException.notFound("problem.not-found.account"));
            }
            account.totpEnabled = false;
            account.totpSecret = null;
            return refreshTokens.revokeAccount(account.id, now())
                    .chain(() -> audit.record(new AuditEntry(by, byName, "TOTP_RESET", AuthService.actorName(account),
                            client.ip(), Result.SUCCESS, null)));
        }));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
