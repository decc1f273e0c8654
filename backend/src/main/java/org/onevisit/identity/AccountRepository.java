package org.onevisit.identity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import java.time.OffsetDateTime;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, UUID> {

    /** By login name: a staff number, credit code or ID number (upper-case), or an applicant's mobile. */
    public Uni<Account> findByLogin(String login) {
        return find("username = ?1 or (mobile = ?1 and kind <> ?2)", login, Account.Kind.STAFF).firstResult();
    }

    @WithSession
    public Uni<Account> findByLoginInSession(String login) {
        return findByLogin(login);
    }

    @WithSession
    public Uni<Account> findByIdInSession(UUID id) {
        return findById(id);
    }

    /** Counts a failed login; at the limit, locks the account until {@code until}. True if it locked now. */
    public Uni<Boolean> registerFailure(UUID id, int limit, OffsetDateTime until) {
        return update("failedLogins = failedLogins + 1 where id = ?1", id)
                .chain(() -> update("lockedUntil = ?1, failedLogins = 0 where id = ?2 and failedLogins >= ?3", until, id, limit))
                .map(locked -> locked > 0);
    }

    public Uni<Integer> registerSuccess(UUID id, long totpStep) {
        return update("failedLogins = 0, lockedUntil = null, totpLastStep = ?1 where id = ?2", totpStep, id);
    }

    public Uni<Integer> changePassword(UUID id, String hash, OffsetDateTime at) {
        return update("passwordHash = ?1, passwordChangedAt = ?2, version = version + 1 where id = ?3", hash, at, id);
    }

    public Uni<Boolean> usernameTaken(String username) {
        return count("username", username).map(n -> n > 0);
    }

    public Uni<Boolean> applicantMobileTaken(String mobile) {
        return count("mobile = ?1 and kind <> ?2", mobile, Account.Kind.STAFF).map(n -> n > 0);
    }

    public Uni<List<Account>> staff(int page, int size) {
        return find("kind = ?1 order by staffNumber", Account.Kind.STAFF).page(page, size).list();
    }

    public Uni<Long> countStaff() {
        return count("kind", Account.Kind.STAFF);
    }

    @WithSession
    public Uni<Long> countDemoInSession() {
        return count("demo", true);
    }
}
