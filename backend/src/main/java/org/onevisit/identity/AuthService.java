package org.onevisit.identity;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.onevisit.audit.AuditEntry;
import org.onevisit.audit.AuditEntry.Result;
import org.onevisit.audit.AuditService;
import org.onevisit.identity.AuthDtos.ClientInfo;
import org.onevisit.identity.AuthDtos.LoginRequest;
import org.onevisit.identity.AuthDtos.RegisterRequest;
import org.onevisit.identity.AuthDtos.TokenResponse;
import org.onevisit.platform.OneVisitConfig;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.Violation;

/**
 * Sign-up, login (password, lockout, second factor), token refresh with rotation and reuse
 * detection, logout and password change. Every outcome is written to the audit trail.
 * Password hashing runs on a worker thread, never on the event loop.
 */
@ApplicationScoped
public class AuthService {

    /** A hash to verify against when the account does not exist, so both paths take the same time. */
    private static final String DUMMY_HASH = Passwords.hash("timing-equaliser-Aa1!");

    private final AccountRepository accounts;
    private final RefreshTokenRepository refreshTokens;
    private final TokenService tokens;
    private final AuditService audit;
    private final AddressLimiter limiter;
    private final OneVisitConfig config;
    private final Vertx vertx;
    private final Clock clock = Clock.systemUTC();

    public AuthService(AccountRepository accounts, RefreshTokenRepository refreshTokens, TokenService tokens,
                       AuditService audit, AddressLimiter limiter, OneVisitConfig config, Vertx vertx) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.tokens = tokens;
        this.audit = audit;
        this.limiter = limiter;
        this.config = config;
        this.vertx = vertx;
    }

    // ---- sign-up -------------------------------------------------------------------------------

    public Uni<AccountView> register(RegisterRequest request, ClientInfo client) {
        limiter.checkRegistration(client.ip());
        Account account = AccountRules.newApplicant(request); // 400 naming every bad field
        return blocking(() -> Passwords.hash(request.password())).chain(hash -> {
            account.passwordHash = hash;
            return Panache.withTransaction(() -> accounts.usernameTaken(account.username)
                    .chain(taken -> accounts.applicantMobileTaken(account.mobile).map(mobileTaken -> {
                        List<Violation> duplicates = new ArrayList<>();
                        if (taken) {
                            duplicates.add(Violation.of(account.kind == Account.Kind.ENTERPRISE ? "creditCode" : "idNumber",
                                    "account.duplicate"));
                        }
                        if (mobileTaken) {
                            duplicates.add(Violation.of("mobile", "mobile.duplicate"));
                        }
                        if (!duplicates.isEmpty()) {
                            throw new ProblemException(409, "account-exists", "problem.account-exists.detail", List.of(), duplicates);
                        }
                        return account;
                    }))
                    .chain(a -> {
                        a.createdAt = now();
                        a.passwordChangedAt = a.createdAt;
                        return accounts.persist(a);
                    })
                    .call(a -> audit.record(new AuditEntry(a.id, actorName(a), "REGISTER", a.kind.name(), client.ip(),
                            Result.SUCCESS, null))))
                    .map(a -> AccountView.own(a, now()));
        });
    }

    // ---- login ---------------------------------------------------------------------------------

    public Uni<TokenResponse> login(LoginRequest request, ClientInfo client) {
        limiter.checkLogin(client.ip());
        if (request == null || blank(request.username()) || blank(request.password())) {
            List<Violation> missing = new ArrayList<>();
            if (request == null || blank(request.username())) {
                missing.add(Violation.of("username", "field.required"));
            }
            if (request == null || blank(request.password())) {
                missing.add(Violation.of("password", "field.required"));
            }
            throw ProblemException.badRequest(missing);
        }
        String login = request.username().trim().toUpperCase(Locale.ROOT);
        String maskedLogin = Masking.username(login);
        return accounts.findByLoginInSession(login).chain(found -> blocking(
                        () -> Passwords.verify(request.password(), found == null ? DUMMY_HASH : found.passwordHash))
                .chain(passwordOk -> {
                    OffsetDateTime now = now();
                    if (found == null) {
                        return failed(null, maskedLogin, client, "unknown account");
                    }
                    if (found.lockedAt(now)) {
                        return audit.record(new AuditEntry(found.id, actorName(found), "LOGIN", null, client.ip(),
                                Result.DENIED, "account locked")).chain(() -> invalidCredentials(client));
                    }
                    if (!passwordOk) {
                        return failed(found, maskedLogin, client, "wrong password");
                    }
                    if (found.kind == Account.Kind.STAFF && found.totpEnabled) {
                        if (blank(request.totp())) {
                            return Uni.createFrom().failure(new ProblemException(401, "mfa-required",
                                    "problem.mfa-required.detail", List.of(), List.of()));
                        }
                        var step = Totp.verify(found.totpSecret, request.totp().trim(), clock.instant().getEpochSecond(),
                                found.totpLastStep);
                        if (step.isEmpty()) {
                            return failed(found, maskedLogin, client, "wrong one-time code")
                                    .onFailure(ProblemException.class).transform(e -> new ProblemException(401,
                                            "mfa-invalid", "problem.mfa-invalid.detail", List.of(), List.of()));
                        }
                        return succeed(found, client, true, step.getAsLong());
                    }
                    return succeed(found, client, false, found.totpLastStep);
                }));
    }

    /** Counts the failure (account and address), locks the account at the limit, audits, answers 401. */
    private Uni<TokenResponse> failed(Account account, String maskedLogin, ClientInfo client, String why) {
        limiter.recordFailure(client.ip());
        if (account == null) {
            return audit.record(new AuditEntry(null, maskedLogin, "LOGIN", null, client.ip(), Result.FAILURE, why))
                    .chain(() -> invalidCredentials(client));
        }
        OffsetDateTime now = now();
        return Panache.withTransaction(() -> accounts.registerFailure(account.id, config.auth().maxFailedLogins(),
                        now.plus(config.auth().lockout()))
                .call(() -> audit.record(new AuditEntry(account.id, actorName(account), "LOGIN", null, client.ip(),
                        Result.FAILURE, why)))
                .call(locked -> locked
                        ? audit.record(new AuditEntry(account.id, actorName(account), "LOCKOUT", null, client.ip(),
                        Result.SUCCESS, "locked for " + config.auth().lockout()))
                        : Uni.createFrom().voidItem()))
                .chain(() -> invalidCredentials(client));
    }

    private Uni<TokenResponse> invalidCredentials(ClientInfo client) {
        return Uni.createFrom().failure(new ProblemException(401, "invalid-credentials",
                "problem.invalid-credentials.detail", List.of(), List.of()));
    }

    private Uni<TokenResponse> succeed(Account account, ClientInfo client, boolean mfa, long totpStep) {
        OffsetDateTime now = now();
        UUID family = UUID.randomUUID();
        var refresh = tokens.refreshToken(account.id, family, mfa, now);
        return Panache.withTransaction(() -> accounts.registerSuccess(account.id, totpStep)
                        .chain(() -> refreshTokens.persist(refresh.row()))
                        .call(() -> audit.record(new AuditEntry(account.id, actorName(account), "LOGIN", null,
                                client.ip(), Result.SUCCESS, mfa ? "with one-time code" : null))))
                .map(ignored -> tokenResponse(account, family, mfa, refresh.value()));
    }

    private TokenResponse tokenResponse(Account account, UUID family, boolean mfa, String refreshValue) {
        Set<Role> roles = effectiveRoles(account, mfa);
        boolean enrolmentRequired = account.kind == Account.Kind.STAFF && !account.totpEnabled
                && account.roleSet().stream().anyMatch(Role.ADMINISTRATORS::contains);
        return new TokenResponse(tokens.accessToken(account, roles, family, mfa), refreshValue,
                tokens.accessTokenSeconds(), "Bearer", enrolmentRequired ? Boolean.TRUE : null);
    }

    /** Administrator roles only count in a session opened with the second factor. */
    static Set<Role> effectiveRoles(Account account, boolean mfa) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(account.roleSet());
        if (!mfa) {
            roles.removeAll(Role.ADMINISTRATORS);
        }
        return roles;
    }

    // ---- refresh and logout --------------------------------------------------------------------

    public Uni<TokenResponse> refresh(String value, ClientInfo client) {
        if (blank(value)) {
            throw ProblemException.badRequest(List.of(Violation.of("refreshToken", "field.required")));
        }
        OffsetDateTime now = now();
        String hash = TokenService.sha256(value);
        return Panache.withTransaction(() -> refreshTokens.findByHash(hash).chain(token -> {
            if (token == null || token.revokedAt != null || !token.expiresAt.isAfter(now)) {
                return Uni.createFrom().item(RefreshOutcome.invalid());
            }
            // Claim the token: only one of two concurrent refreshes can; a spent token is a reuse.
            return refreshTokens.markUsed(token.id, now).chain(claimed -> {
                if (!claimed) {
                    return refreshTokens.revokeFamily(token.family, now)
                            .call(() -> audit.record(new AuditEntry(token.accountId, "account:" + token.accountId,
                                    "REFRESH_REUSE", "session " + token.family, client.ip(), Result.DENIED,
                                    "spent refresh token presented again: session revoked")))
                            .map(n -> RefreshOutcome.reused());
                }
                return accounts.findById(token.accountId).chain(account -> {
                    if (account == null || account.lockedAt(now)) {
                        return refreshTokens.revokeFamily(token.family, now).map(n -> RefreshOutcome.invalid());
                    }
                    var next = tokens.refreshToken(account.id, token.family, token.mfa, now);
                    return refreshTokens.persist(next.row()).map(saved -> RefreshOutcome.of(
                            tokenResponse(account, token.family, token.mfa, next.value())));
                });
            });
        })).map(outcome -> {
            if (outcome.response() == null) {
                throw new ProblemException(401, "invalid-token", "problem.invalid-token.detail", List.of(), List.of());
            }
            return outcome.response();
        });
    }

    public Uni<Void> logout(UUID accountId, String session, String refreshValue, ClientInfo client) {
        OffsetDateTime now = now();
        return Panache.withTransaction(() -> {
            Uni<Integer> revoke = session != null
                    ? refreshTokens.revokeFamily(UUID.fromString(session), now)
                    : Uni.createFrom().item(0);
            if (!blank(refreshValue)) {
                revoke = revoke.chain(() -> refreshTokens.findByHash(TokenService.sha256(refreshValue))
                        .chain(t -> t != null && t.accountId.equals(accountId)
                                ? refreshTokens.revokeFamily(t.family, now) : Uni.createFrom().item(0)));
            }
            return revoke.call(() -> audit.record(new AuditEntry(accountId, "account:" + accountId, "LOGOUT", null,
                    client.ip(), Result.SUCCESS, null)));
        }).replaceWithVoid();
    }

    // ---- own account ---------------------------------------------------------------------------

    public Uni<AccountView> me(UUID accountId) {
        return accounts.findByIdInSession(accountId).map(a -> {
            if (a == null) {
                throw ProblemException.notFound("problem.not-found.account");
            }
            return AccountView.own(a, now());
        });
    }

    public Uni<Void> changePassword(UUID accountId, AuthDtos.PasswordChange change, ClientInfo client) {
        if (change == null || blank(change.currentPassword())) {
            throw ProblemException.badRequest(List.of(Violation.of("currentPassword", "field.required")));
        }
        return accounts.findByIdInSession(accountId).chain(account -> {
            if (account == null) {
                return Uni.createFrom().failure(ProblemException.notFound("problem.not-found.account"));
            }
            List<Violation> violations = Passwords.check("newPassword", change.newPassword(), account.username,
                    account.mobile, account.staffNumber);
            if (!violations.isEmpty()) {
                return Uni.createFrom().failure(ProblemException.badRequest(violations));
            }
            return blocking(() -> Passwords.verify(change.currentPassword(), account.passwordHash)
                    ? Passwords.hash(change.newPassword()) : null).chain(hash -> {
                        if (hash == null) {
                            return audit.record(new AuditEntry(accountId, actorName(account), "PASSWORD_CHANGE", null,
                                    client.ip(), Result.FAILURE, "wrong current password"))
                                    .chain(() -> Uni.createFrom().failure(ProblemException.badRequest(
                                            List.of(Violation.of("currentPassword", "password.wrong")))));
                        }
                        OffsetDateTime now = now();
                        return Panache.withTransaction(() -> accounts.changePassword(accountId, hash, now)
                                .chain(() -> refreshTokens.revokeAccount(accountId, now))
                                .call(() -> audit.record(new AuditEntry(accountId, actorName(account),
                                        "PASSWORD_CHANGE", null, client.ip(), Result.SUCCESS, "all sessions ended"))))
                                .replaceWithVoid();
                    });
        });
    }

    // ---- helpers -------------------------------------------------------------------------------

    private <T> Uni<T> blocking(java.util.function.Supplier<T> work) {
        return vertx.executeBlocking(Uni.createFrom().item(work));
    }

    /** How an account is named in the audit trail: never a full ID number or mobile. */
    public static String actorName(Account a) {
        return a.kind + ":" + Masking.username(a.username);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private record RefreshOutcome(TokenResponse response, boolean reuse) {
        static RefreshOutcome invalid() {
            return new RefreshOutcome(null, false);
        }

        static RefreshOutcome reused() {
            return new RefreshOutcome(null, true);
        }

        static RefreshOutcome of(TokenResponse response) {
            return new RefreshOutcome(response, false);
        }
    }
}
