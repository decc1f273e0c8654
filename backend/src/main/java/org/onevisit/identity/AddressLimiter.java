package org.onevisit.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.onevisit.platform.OneVisitConfig;
import org.onevisit.platform.ProblemException;

/**
 * Per client address limits on login, sign-up and public lookups (fixed one-minute windows), and a block on an
 * address that has failed too many logins, whatever the accounts. Kept in memory: each instance
 * limits what reaches it (behind a load balancer, the limits multiply by the instances).
 */
@ApplicationScoped
public class AddressLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final OneVisitConfig config;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Window> logins = new ConcurrentHashMap<>();
    private final Map<String, Window> registrations = new ConcurrentHashMap<>();
    private final Map<String, Window> failures = new ConcurrentHashMap<>();
    private final Map<String, Window> lookups = new ConcurrentHashMap<>();
    private final Map<String, Window> caseLookups = new ConcurrentHashMap<>();

    public AddressLimiter(OneVisitConfig config) {
        this.config = config;
    }

    public void checkLogin(String ip) {
        Window blocked = failures.get(ip);
        long now = clock.millis();
        if (blocked != null && blocked.count >= config.auth().maxFailuresPerAddress() && now < blocked.end) {
            throw tooMany(blocked.end - now);
        }
        count(logins, ip, config.auth().loginsPerMinute(), WINDOW.toMillis());
    }

    public void checkRegistration(String ip) {
        count(registrations, ip, config.auth().registrationsPerMinute(), WINDOW.toMillis());
    }

    /** Public lookups by number (certificate verification): limited against enumeration. */
    public void checkLookup(String ip) {
        count(lookups, ip, config.certificates().verificationsPerMinute(), WINDOW.toMillis());
    }

    /** Public case progress lookups (number and check code): limited against guessing codes. */
    public void checkCaseLookup(String ip) {
        count(caseLookups, ip, config.applications().lookupsPerMinute(), WINDOW.toMillis());
    }

    public void recordFailure(String ip) {
        long now = clock.millis();
        failures.compute(ip, (k, w) -> w == null || now >= w.end ? new Window(now + config.auth().lockout().toMillis(), 1)
                : new Window(w.end, w.count + 1));
        evictExpired(now);
    }

    private void count(Map<String, Window> windows, String ip, int limit, long length) {
        long now = clock.millis();
        Window w = windows.compute(ip, (k, old) -> old == null || now >= old.end ? new Window(now + length, 1)
                : new Window(old.end, old.count + 1));
        if (w.count > limit) {
            throw tooMany(w.end - now);
        }
        evictExpired(now);
    }

    private ProblemException tooMany(long millis) {
        long seconds = Math.max(1, (millis + 999) / 1000);
        return new ProblemException(429, "too-many-requests", "problem.too-many-requests.detail", List.of(seconds),
                List.of()).retryAfter(seconds);
    }

    /** Keeps the maps small: drop windows that have ended (cheap; runs now and then). */
    private void evictExpired(long now) {
        if ((now & 0xFF) == 0) {
            logins.values().removeIf(w -> now >= w.end);
            registrations.values().removeIf(w -> now >= w.end);
            failures.values().removeIf(w -> now >= w.end);
            lookups.values().removeIf(w -> now >= w.end);
            caseLookups.values().removeIf(w -> now >= w.end);
        }
    }

    private record Window(long end, int count) {}
}
