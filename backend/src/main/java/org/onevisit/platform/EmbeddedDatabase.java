package org.onevisit.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The embedded PostgreSQL 17 server of the default run: one server per data directory, on a port
 * of its own, durable (fsync and synchronous commit back on), and able to take over a data
 * directory left behind by a run that was killed (stale {@code postmaster.pid}, orphaned server).
 */
public final class EmbeddedDatabase {

    static final String DATABASE = "onevisit";
    static final String USER = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    /** zonky's own lock file: held by the JVM that owns the server. */
    private static final String OWNER_LOCK = "epg-lock";

    private static EmbeddedDatabase running;

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /**
     * Starts the server once per JVM; later calls return the running one. The marker is a system
     * property because a restarted application (tests with another profile) has a new class loader.
     */
    public static synchronized EmbeddedDatabase startOnce(Path dataDir, int port) {
        String marker = "embedded-postgres-port:" + dataDir.toAbsolutePath().normalize(); // outside onevisit.*
        String runningPort = System.getProperty(marker);
        if (runningPort != null) {
            return new EmbeddedDatabase(null, Integer.parseInt(runningPort));
        }
        if (running == null) {
            running = start(dataDir.toAbsolutePath().normalize(), port);
            System.setProperty(marker, Integer.toString(port));
        }
        return running;
    }

    /** A port of its own per data directory, so two checkouts never meet and 5432 is never used. */
    public static int defaultPort(Path dataDir) {
        int spread = Math.floorMod(dataDir.toAbsolutePath().normalize().toString().hashCode(), 2000);
        return 25432 + spread;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE + "?user=" + USER;
    }

    public String reactiveUrl() {
        return "postgresql://" + USER + "@localhost:" + port + "/" + DATABASE;
    }

    /** Stops the server (a checkpoint, then a clean shutdown). */
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    public int port() {
        return port;
    }

    /** Starts a server on the data directory (tests use this to stop and start it again). */
    public static EmbeddedDatabase start(Path dataDir, int port) {
        Path pgData = dataDir.toAbsolutePath().normalize().resolve("postgres");
        try {
            Files.createDirectories(pgData);
            takeOverFromKilledRun(pgData);
            LOG.infof("Starting embedded PostgreSQL in %s on localhost:%d", pgData, port);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // zonky starts the server with -F and synchronous_commit=off: a portal's data must survive a crash.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", "")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            createDatabaseIfMissing(postgres);
            return new EmbeddedDatabase(postgres, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + pgData
                    + " on port " + port + ": " + e.getMessage(), e);
        }
    }

    /**
     * A run killed with SIGKILL leaves its server running (pg_ctl detaches it) and its pid file in place.
     * If no live OneVisit process owns the directory, stop such an orphan and let PostgreSQL recover.
     */
    private static void takeOverFromKilledRun(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Path ownerLock = pgData.resolve(OWNER_LOCK);
        if (Files.exists(ownerLock)) {
            try (RandomAccessFile file = new RandomAccessFile(ownerLock.toFile(), "rw");
                 FileLock lock = file.getChannel().tryLock()) {
                if (lock == null) {
                    throw new IllegalStateException("The data directory " + pgData.getParent()
                            + " is in use by another running OneVisit; set ONEVISIT_DATA_DIR to another directory.");
                }
            }
        }
        Optional<ProcessHandle> orphan = orphanedServer(pidFile, pgData);
        if (orphan.isPresent()) {
            ProcessHandle server = orphan.get();
            LOG.warnf("Stopping the orphaned PostgreSQL server (pid %d) left by a killed run", server.pid());
            signal("-INT", server.pid()); // fast shutdown: rolls back open transactions, checkpoints
            try {
                server.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                server.destroyForcibly();
            }
        } else {
            LOG.warnf("Removing stale %s from a killed run", pidFile);
            Files.deleteIfExists(pidFile);
        }
    }

    /** The process named in postmaster.pid, when it is still alive and is a PostgreSQL server. */
    private static Optional<ProcessHandle> orphanedServer(Path pidFile, Path pgData) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    private static void signal(String signal, long pid) throws IOException {
        try {
            new ProcessBuilder("kill", signal, Long.toString(pid)).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8'");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("Could not create the database " + DATABASE, e);
        }
    }
}
