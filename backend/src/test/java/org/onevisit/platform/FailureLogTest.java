package org.onevisit.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** A database outage fails every request: the log gets one line per kind and interval, not one per request. */
class FailureLogTest {

    private final AtomicLong now = new AtomicLong();
    private final FailureLog log = new FailureLog(Logger.getLogger("failure-log-test"), Duration.ofSeconds(60), now::get);

    private static RuntimeException outage() {
        return new IllegalStateException("query failed", new ConnectException("Connection refused"));
    }

    @Test
    void oneLineWithTheStackTracePerKindPerIntervalThenACount() {
        try (LogCapture capture = new LogCapture()) {
            for (int i = 0; i < 1000; i++) {
                log.failed("Unexpected failure", outage());
                log.failed("Unexpected failure", new IllegalArgumentException("Result is already complete"));
                now.addAndGet(Duration.ofMillis(50).toNanos()); // 20 a second: 50 s in all
            }
            List<String> lines = mine(capture);
            assertEquals(2, lines.size(), lines.toString());
            assertTrue(lines.get(0).contains("ConnectException"), lines.get(0));
            assertTrue(lines.get(1).contains("IllegalArgumentException"), lines.get(1));

            now.addAndGet(Duration.ofSeconds(11).toNanos());
            log.flushExpired();
            lines = mine(capture);
            assertEquals(4, lines.size(), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.contains("999") && l.contains("ConnectException")), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.contains("999") && l.contains("IllegalArgumentException")), lines.toString());
            assertEquals(2, lines.stream().filter(l -> l.contains("Exception:")).count(), "the stack trace only once per kind");

            log.failed("Unexpected failure", outage()); // a new interval: logged again, with its trace
            assertEquals(5, mine(capture).size());
            log.flushExpired();
            assertEquals(5, mine(capture).size(), "nothing counted, nothing to summarise");
        }
    }

    private static List<String> mine(LogCapture capture) {
        return capture.lines().stream().filter(l -> l.contains("failure") || l.contains("more of")).toList();
    }
}
