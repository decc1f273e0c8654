package org.onevisit.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The supervisor's decisions, without a server: restart on death, give up (FAILED) after the last attempt. */
class DatabaseSupervisorTest {

    @Test
    void aDeadServerIsRestartedAndTheStateIsUpAgain() throws Exception {
        AtomicBoolean alive = new AtomicBoolean(false);
        String key = "supervisor-test-" + System.nanoTime();
        DatabaseSupervisor supervisor = new DatabaseSupervisor(key, alive::get, () -> {
            alive.set(true);
            return null;
        }, Duration.ofMillis(1));
        supervisor.recover();
        assertEquals(DatabaseSupervisor.State.UP, DatabaseSupervisor.state(key).orElseThrow());
        assertEquals(1, DatabaseSupervisor.restarts(key));
    }

    @Test
    void aServerThatCannotBeRestartedIsFailedAfterTheLastAttempt() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        String key = "supervisor-test-" + System.nanoTime();
        DatabaseSupervisor supervisor = new DatabaseSupervisor(key, () -> false, () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("port in use");
        }, Duration.ofMillis(1));
        supervisor.recover();
        assertEquals(DatabaseSupervisor.ATTEMPTS, attempts.get());
        assertEquals(DatabaseSupervisor.State.FAILED, DatabaseSupervisor.state(key).orElseThrow());
    }

    @Test
    void nothingIsSupervisedForAnExternalDatabase() {
        assertEquals(java.util.Optional.empty(), DatabaseSupervisor.state("never-started"));
    }
}
