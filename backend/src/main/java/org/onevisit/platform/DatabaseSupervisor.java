package org.onevisit.platform;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * Watches the embedded PostgreSQL server and brings it back when its process dies (kill -9, the
 * OOM killer): same data directory, same port, so the connection pool simply reconnects and
 * PostgreSQL's crash recovery replays every committed (fsynced) transaction. After
 * {@link #ATTEMPTS} failed restarts in a row it gives up and says so: liveness goes DOWN and
 * the orchestrator must restart the whole application.
 *
 * <p>The state is kept in system properties, like the server's own marker, because a restarted
 * Quarkus application (tests with another profile) runs in a new class loader but the server, and
 * this watcher, live once per JVM.
 */
public final class DatabaseSupervisor implements Runnable {

    public enum State { UP, RESTARTING, FAILED }

    static final int ATTEMPTS = 5;
    private static final Logger LOG = Logger.getLogger(DatabaseSupervisor.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final String key;
    private final BooleanSupplier alive;
    private final Callable<Void> restart;
    private final Duration firstBackoff;
    private volatile boolean stopping;
    private boolean gaveUp;

    /**
     * @param key     names the supervised server (its data directory) in the published state
     * @param alive   whether the server's process is still running
     * @param restart starts the server again (and makes {@code alive} follow the new process)
     */
    DatabaseSupervisor(String key, BooleanSupplier alive, Callable<Void> restart, Duration firstBackoff) {
        this.key = key;
        this.alive = alive;
        this.restart = restart;
        this.firstBackoff = firstBackoff;
        publish(State.UP);
    }

    /** Starts watching on a daemon thread; stops when the JVM shuts down (the server is stopped then). */
    void start() {
        Thread watcher = new Thread(this, "embedded-postgres-supervisor");
        watcher.setDaemon(true);
        watcher.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopping = true));
    }

    /** The state of the supervised server of a data directory; empty when nothing supervises it (external database). */
    public static java.util.Optional<State> state(String key) {
        return java.util.Optional.ofNullable(System.getProperty(stateProperty(key))).map(State::valueOf);
    }

    public static int restarts(String key) {
        return Integer.parseInt(System.getProperty(restartsProperty(key), "0"));
    }

    @Override
    public void run() {
        while (!stopping && !gaveUp) {
            try {
                Thread.sleep(POLL.toMillis());
                if (!stopping && !alive.getAsBoolean()) {
                    recover();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One outage: up to {@link #ATTEMPTS} restarts with growing pauses; FAILED if none worked. */
    void recover() throws InterruptedException {
        long began = System.nanoTime();
        publish(State.RESTARTING);
        LOG.warn("The embedded PostgreSQL server has died; restarting it");
        Duration pause = firstBackoff;
        for (int attempt = 1; attempt <= ATTEMPTS && !stopping; attempt++) {
            try {
                restart.call();
                System.setProperty(restartsProperty(key), Integer.toString(restarts(key) + 1));
                publish(State.UP);
                LOG.warnf("The embedded PostgreSQL server is back after %d ms (attempt %d)",
                        (System.nanoTime() - began) / 1_000_000, attempt);
                return;
            } catch (Exception e) {
                LOG.errorf(e, "Restart %d of %d of the embedded PostgreSQL server failed", attempt, ATTEMPTS);
                Thread.sleep(pause.toMillis());
                pause = pause.multipliedBy(2);
            }
        }
        if (!stopping) {
            gaveUp = true;
            publish(State.FAILED);
            LOG.errorf("The embedded PostgreSQL server could not be restarted after %d attempts: liveness is DOWN", ATTEMPTS);
        }
    }

    private void publish(State state) {
        System.setProperty(stateProperty(key), state.name());
    }

    private static String stateProperty(String key) {
        return "embedded-postgres-state:" + key; // outside onevisit.*, like the port marker
    }

    private static String restartsProperty(String key) {
        return "embedded-postgres-restarts:" + key;
    }
}
