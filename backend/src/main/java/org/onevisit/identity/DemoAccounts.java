package org.onevisit.identity;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.onevisit.platform.OneVisitConfig;

/**
 * Demo mode only: one enterprise, one citizen and one staff account per role, all with the demo
 * password ({@code ONEVISIT_DEMO_PASSWORD}). Production never creates them and refuses to start with them.
 */
@ApplicationScoped
public class DemoAccounts {

    static final String ENTERPRISE_CREDIT_CODE = "91330282MA2CX1A7U1";
    static final String CITIZEN_ID_NUMBER = "330282199001011231";
    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

    private final AccountRepository accounts;
    private final OneVisitConfig config;

    public DemoAccounts(AccountRepository accounts, OneVisitConfig config) {
        this.accounts = accounts;
        this.config = config;
    }

    void onStart(@Observes @Priority(20) StartupEvent event) throws Throwable {
        if (config.mode() != OneVisitConfig.Mode.DEMO) {
            return;
        }
        String hash = Passwords.hash(config.demo().password());
        List<Account> wanted = List.of(
                enterprise(hash),
                citizen(hash),
                staff("window", "窗口受理员", Set.of(Role.WINDOW), "慈溪市行政服务中心 安监窗口", hash),
                staff("window2", "周巷镇窗口受理员", Set.of(Role.WINDOW), "周巷镇便民服务中心", hash),
                staff("reviewer", "审查员", Set.of(Role.REVIEWER), null, hash),
                staff("approver", "审批负责人", Set.of(Role.APPROVER), null, hash),
                staff("inspector", "执法检查员", Set.of(Role.INSPECTOR), null, hash),
                staff("admin", "系统管理员", Set.of(Role.ADMIN), null, hash),
                staff("security", "安全管理员", Set.of(Role.SECURITY_ADMIN), null, hash),
                staff("auditor", "安全审计员", Set.of(Role.AUDITOR), null, hash));
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Account account : wanted) {
                chain = chain.chain(() -> accounts.usernameTaken(account.username)
                        .chain(taken -> taken ? Uni.createFrom().voidItem() : accounts.persist(account).replaceWithVoid()));
            }
            return chain;
        }));
        LOG.infof("DEMO MODE: demo accounts (password from ONEVISIT_DEMO_PASSWORD): enterprise %s, citizen %s, "
                        + "staff window, window2 (a town centre), reviewer, approver, inspector, admin, security, auditor",
                ENTERPRISE_CREDIT_CODE, Masking.idNumber(CITIZEN_ID_NUMBER));
    }

    private static Account enterprise(String hash) {
        Account a = base(Account.Kind.ENTERPRISE, ENTERPRISE_CREDIT_CODE, "慈溪市示范化工贸易有限公司", "13805740001", hash);
        a.creditCode = ENTERPRISE_CREDIT_CODE;
        a.legalRepresentative = "王建国";
        a.contactName = "李敏";
        a.address = "慈溪市浒山街道新城大道北路 1 号";
        a.town = "浒山街道";
        a.roleSet(Set.of(Role.ENTERPRISE));
        return a;
    }

    private static Account citizen(String hash) {
        Account a = base(Account.Kind.CITIZEN, CITIZEN_ID_NUMBER, "陈晓燕", "13905740002", hash);
        a.idNumber = CITIZEN_ID_NUMBER;
        a.roleSet(Set.of(Role.CITIZEN));
        return a;
    }

    private static Account staff(String number, String name, Set<Role> roles, String location, String hash) {
        Account a = base(Account.Kind.STAFF, number.toUpperCase(), name, null, hash);
        a.staffNumber = a.username;
        a.orgUnit = "慈溪市安全生产监督管理局";
        a.serviceLocation = location;
        a.roleSet(roles);
        return a;
    }

    private static Account base(Account.Kind kind, String username, String name, String mobile, String hash) {
        Account a = new Account();
        a.id = UUID.nameUUIDFromBytes(("demo:" + username).getBytes());
        a.kind = kind;
        a.username = username;
        a.name = name;
        a.mobile = mobile;
        a.passwordHash = hash;
        a.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.passwordChangedAt = a.createdAt;
        a.demo = true;
        return a;
    }
}
