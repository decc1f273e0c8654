package org.onevisit.platform;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * Logs unexpected failures without flooding the log when the same thing fails for every request (a
 * database outage fails hundreds a second): per kind of failure (its class and its root cause's
 * class) and per interval, the first one is logged with its stack trace and the rest are only
 * counted; when the interval is over, one line says how many more there were.
 */
public final class FailureLog {

    /** The one the problem mappers use: a minute per interval. */
    public static final FailureLog REQUESTS = new FailureLog(Logger.getLogger(FailureLog.class), Duration.ofMinutes(1),
            System::nanoTime);

    static {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "onevisit-failure-log");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(REQUESTS::flushExpired, 5, 5, TimeUnit.SECONDS);
    }

    private final Logger log;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    FailureLog(Logger log, Duration interval, LongSupplier clock) {
        this.log = log;
        this.intervalNanos = interval.toNanos();
        this.clock = clock;
    }

    private static final class Window {
        final long start;
        long suppressed;

        Window(long start) {
            this.start = start;
        }
    }

    public void failed(String what, Throwable e) {
        String kind = kind(e);
        long now = clock.getAsLong();
        boolean first;
        Window ended = null;
        synchronized (windows) {
            Window window = windows.get(kind);
            if (window != null && now - window.start < intervalNanos) {
                window.suppressed++;
                first = false;
            } else {
                ended = window;
                windows.put(kind, new Window(now));
                first = true;
            }
        }
        if (ended != null) {
            summarise(kind, ended);
        }
        if (first) {
            log.errorf(e, "%s (%s); the same failure is counted, not logged, for the next %d s", what, kind,
                    TimeUnit.NANOSECONDS.toSeconds(intervalNanos));
        }
    }

    /** Closes the intervals that are over, with one line each for the failures they only counted. */
    void flushExpired() {
        long now = clock.getAsLong();
        Map<String, Window> ended = new java.util.HashMap<>();
        synchronized (windows) {
            windows.entrySet().removeIf(entry -> {
                if (now - entry.getValue().start >= intervalNanos) {
                    ended.put(entry.getKey(), entry.getValue());
                    return true;
                }
                return false;
            });
        }
        ended.forEach(this::summarise);
    }

    private void summarise(String kind, Window window) {
        if (window.suppressed > 0) {
            log.errorf("%d more of %s in the last %d s", window.suppressed, kind,
                    TimeUnit.NANOSECONDS.toSeconds(intervalNanos));
        }
    }

    static String kind(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.getClass().getName() : e.getClass().getName() + " caused by " + root.getClass().getName();
    }
}
