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
 * of its own, durable (fsync and synchronous commit back on), able to take over a data directory
 * left behind by a run that was killed (stale {@code postmaster.pid}, orphaned server), and
 * supervised: restarted when its process dies ({@link DatabaseSupervisor}).
 */
public final class EmbeddedDatabase {

    static final String DATABASE = "onevisit";
    static final String USER = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    /** zonky's own lock file: held by the JVM that owns the server. */
    private static final String OWNER_LOCK = "epg-lock";

    private static volatile EmbeddedDatabase running;

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir, int port) {
        this.postgres = postgres;
        this.dataDir = dataDir;
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
            return new EmbeddedDatabase(null, dataDir.toAbsolutePath().normalize(), Integer.parseInt(runningPort));
        }
        if (running == null) {
            Path dir = dataDir.toAbsolutePath().normalize();
            running = start(dir, port);
            System.setProperty(marker, Integer.toString(port));
            new DatabaseSupervisor(supervisionKey(dir), () -> running.isAlive(), () -> {
                running.closeAfterDeath();
                running = start(dir, port);
                return null;
            }, Duration.ofMillis(250)).start();
        }
        return running;
    }

    /** The name under which the supervisor publishes the state of the server of a data directory. */
    public static String supervisionKey(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().toString();
    }

    /** Whether the server's postmaster process still runs (a killed one may linger as a zombie). */
    boolean isAlive() {
        return isRunning(readPid(postgresDir().resolve("postmaster.pid")).orElse(-1L));
    }

    /**
     * After the postmaster died: its backends notice and exit; any that have not after a few seconds
     * are killed (two sets of processes must never write one data directory). Then zonky's
     * lock on the directory is released, so that {@link #start} can take over.
     */
    private void closeAfterDeath() throws InterruptedException {
        Path pgData = postgresDir();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        List<ProcessHandle> left = serversIn(pgData);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            left = serversIn(pgData);
        }
        if (!left.isEmpty()) {
            LOG.warnf("Killing %d processes of the dead PostgreSQL server", left.size());
            left.forEach(ProcessHandle::destroyForcibly);
        }
        try {
            // Without its pid file, pg_ctl stop returns at once ("no server running") instead of
            // waiting for a zombie postmaster; zonky then releases its lock on the directory.
            Files.deleteIfExists(pgData.resolve("postmaster.pid"));
            close();
        } catch (IOException e) {
            LOG.debug("Stopping the dead server", e);
        }
    }

    private Path postgresDir() {
        return dataDir.resolve("postgres");
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
                    // Crash recovery first syncs the data directory: file by file that alone takes seconds
                    // on a busy disk; one syncfs() per file system is as safe and much faster (Linux).
                    .setServerConfig("recovery_init_sync_method", isLinux() ? "syncfs" : "fsync")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", "")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            createDatabaseIfMissing(postgres);
            return new EmbeddedDatabase(postgres, dataDir.toAbsolutePath().normalize(), port);
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
        return readPid(pidFile)
                .filter(EmbeddedDatabase::isRunning)
                .flatMap(ProcessHandle::of)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    /** The first line of postmaster.pid. */
    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Alive and not a zombie (a killed process stays one until its new parent reaps it). */
    static boolean isRunning(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (Files.isDirectory(Path.of("/proc/self"))) {
            try {
                String text = Files.readString(stat);
                char state = text.charAt(text.lastIndexOf(')') + 2);
                return state != 'Z' && state != 'X';
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
    }

    /** Running processes whose working directory is the data directory: PostgreSQL's (Linux only). */
    private static List<ProcessHandle> serversIn(Path pgData) {
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return List.of();
        }
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid() && isRunning(p.pid()))
                .filter(p -> {
                    try {
                        return Files.isSameFile(Path.of("/proc", Long.toString(p.pid()), "cwd"), pgData);
                    } catch (IOException | RuntimeException e) {
                        return false;
                    }
                })
                .toList();
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
