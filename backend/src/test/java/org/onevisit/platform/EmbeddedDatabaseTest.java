package org.onevisit.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server keeps its data across restarts, also after a run killed with SIGKILL. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void dataSurvivesARestartAndTheServerIsDurable() throws Exception {
        int port = EmbeddedDatabase.defaultPort(dir);
        EmbeddedDatabase first = EmbeddedDatabase.start(dir, port);
        try (Connection c = connect(first)) {
            assertEquals("on", show(c, "fsync"));
            assertEquals("on", show(c, "synchronous_commit"));
            assertEquals("17", show(c, "server_version").split("\\.")[0]);
            try (Statement s = c.createStatement()) {
                s.execute("create table note (text text)");
                s.execute("insert into note values ('受理通知书')");
            }
        } finally {
            first.close();
        }
        EmbeddedDatabase second = EmbeddedDatabase.start(dir, port);
        try (Connection c = connect(second)) {
            assertEquals("受理通知书", single(c, "select text from note"));
        } finally {
            second.close();
        }
    }

    @Test
    void startsOverAStalePidFile() throws Exception {
        int port = EmbeddedDatabase.defaultPort(dir);
        EmbeddedDatabase.start(dir, port).close();
        // a pid file naming a process that no longer exists (the machine rebooted, say)
        Files.writeString(dir.resolve("postgres/postmaster.pid"), "2147483646\n" + dir.resolve("postgres") + "\n");
        EmbeddedDatabase again = EmbeddedDatabase.start(dir, port);
        try (Connection c = connect(again)) {
            assertEquals("1", single(c, "select 1"));
        } finally {
            again.close();
        }
    }

    @Test
    void recoversFromARunKilledWithSigkill() throws Exception {
        int port = EmbeddedDatabase.defaultPort(dir);
        Path ready = dir.resolve("ready");
        // Another JVM owns the server, writes a row, then dies without any shutdown hook running.
        Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                KilledOwner.class.getName(), dir.toString(), Integer.toString(port), ready.toString())
                .inheritIO().start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(ready) && owner.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(Files.exists(ready), "the other JVM did not start its server");
        owner.destroyForcibly(); // SIGKILL
        owner.waitFor(30, TimeUnit.SECONDS);
        assertTrue(Files.exists(dir.resolve("postgres/postmaster.pid")), "the killed run leaves its pid file");

        EmbeddedDatabase again = EmbeddedDatabase.start(dir, port);
        try (Connection c = connect(again)) {
            assertEquals("written before the kill", single(c, "select text from note"));
        } finally {
            again.close();
        }
    }

    /** The process that is killed: starts the server, commits a row, signals, and waits to be killed. */
    public static final class KilledOwner {
        public static void main(String[] args) throws Exception {
            EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), Integer.parseInt(args[1]));
            try (Connection c = connect(db); Statement s = c.createStatement()) {
                s.execute("create table note (text text)");
                s.execute("insert into note values ('written before the kill')");
            }
            Files.writeString(Path.of(args[2]), "ready");
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }

    static Connection connect(EmbeddedDatabase db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, "");
    }

    static String show(Connection c, String setting) throws SQLException {
        return single(c, "show " + setting);
    }

    static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
