package org.onevisit.identity;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.onevisit.platform.OneVisitConfig;

/**
 * In production mode the application refuses to start with what only demo mode may have: generated
 * (demo) signing keys, missing key locations, or demo accounts in the database.
 */
@ApplicationScoped
public class ProductionGuard {

    private final AccountRepository accounts;
    private final OneVisitConfig config;

    public ProductionGuard(AccountRepository accounts, OneVisitConfig config) {
        this.accounts = accounts;
        this.config = config;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) throws Throwable {
        if (config.mode() != OneVisitConfig.Mode.PRODUCTION) {
            return;
        }
        List<String> problems = new ArrayList<>(keyProblems(config.jwt().privateKey().orElse(null),
                config.jwt().publicKey().orElse(null)));
        long demo = VertxContextSupport.subscribeAndAwait(() -> accounts.countDemoInSession());
        if (demo > 0) {
            problems.add(demo + " demo account(s) exist in the database; remove them before running in production");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production mode: " + String.join("; ", problems));
        }
    }

    static List<String> keyProblems(String priv, String pub) {
        List<String> problems = new ArrayList<>();
        if (priv == null || pub == null) {
            problems.add("ONEVISIT_JWT_PRIVATE_KEY and ONEVISIT_JWT_PUBLIC_KEY must name the token signing keys");
        }
        for (String location : new String[] {priv, pub}) {
            if (location != null && java.nio.file.Path.of(location.replaceFirst("^file:", "")).getFileName().toString()
                    .startsWith(SigningKeysConfigSourceFactory.DEMO_PREFIX)) {
                problems.add("the key " + location + " is a demo key");
            }
        }
        return problems;
    }
}
