package org.onevisit.platform.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onevisit.platform.ProblemException;

/** The default store keeps files under generated keys, intact, and never off the event loop's back. */
class LocalFileStorageTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long MAX = 1024 * 1024;
    private static Vertx vertx;

    @TempDir
    Path temp;
    private Path root;
    private LocalFileStorage storage;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void closeVertx() {
        vertx.closeAndAwait();
    }

    @BeforeEach
    void createStore() {
        root = temp.resolve("files");
        storage = new LocalFileStorage(root, MAX, vertx);
    }

    @Test
    void storeOpenDeleteRoundTrip() throws Exception {
        byte[] content = "%PDF-1.7\n营业执照副本\n".repeat(5000).getBytes(StandardCharsets.UTF_8); // spans several buffers
        Path upload = Files.write(temp.resolve("营业执照副本.pdf"), content);

        StoredFile stored = storage.store(upload).await().atMost(WAIT);

        assertTrue(LocalFileStorage.isKey(stored.key()), stored.key());
        assertFalse(stored.key().contains("营业执照"));
        assertEquals(content.length, stored.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)), stored.sha256());
        assertTrue(Files.exists(upload), "the upload's temporary file is the caller's to remove");

        Path opened = storage.open(stored.key()).await().atMost(WAIT);
        assertEquals(root.toAbsolutePath().resolve(stored.key().substring(0, 2)).resolve(stored.key()), opened);
        assertArrayEquals(content, Files.readAllBytes(opened));
        try (Stream<Path> all = Files.walk(root)) {
            assertEquals(List.of(opened), all.filter(Files::isRegularFile).toList(), "no temporary file left behind");
        }

        storage.delete(stored.key()).await().atMost(WAIT);
        assertFalse(Files.exists(opened));
        ProblemException gone = assertThrows(ProblemException.class, () -> storage.open(stored.key()).await().atMost(WAIT));
        assertEquals(404, gone.status());
        assertEquals("problem.not-found.file", gone.detailKey());
    }

    @Test
    void theSha256OfKnownContent() throws IOException {
        Path empty = Files.write(temp.resolve("empty"), new byte[0]);
        Path abc = Files.write(temp.resolve("abc"), "abc".getBytes(StandardCharsets.US_ASCII));
        StoredFile none = storage.store(empty).await().atMost(WAIT);
        StoredFile three = storage.store(abc).await().atMost(WAIT);
        assertEquals(0, none.size());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", none.sha256());
        assertEquals(3, three.size());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", three.sha256());
        assertNotEquals(none.key(), three.key());
    }

    @Test
    void keysThatAreNotUuidsAreRefused() {
        for (String key : Arrays.asList("../etc/passwd", "..", "", null, "ab", "a/b", "1-1-1-1-1",
                "0F8FAD5B-D9CB-469F-A165-70867728950E", "0f8fad5b-d9cb-469f-a165-70867728950e/../x",
                "0f8fad5b-d9cb-469f-a165-70867728950e\n", "0f8fad5bd9cb469fa16570867728950e")) {
            assertThrows(IllegalArgumentException.class, () -> storage.open(key).await().atMost(WAIT), String.valueOf(key));
            assertThrows(IllegalArgumentException.class, () -> storage.delete(key).await().atMost(WAIT), String.valueOf(key));
        }
    }

    @Test
    void deletingAMissingKeyIsFine() {
        storage.delete("0f8fad5b-d9cb-469f-a165-70867728950e").await().atMost(WAIT);
        assertFalse(Files.exists(root.resolve("0f")));
    }

    @Test
    void openingAMissingKeyIsNotFound() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> storage.open("0f8fad5b-d9cb-469f-a165-70867728950e").await().atMost(WAIT));
        assertEquals(404, problem.status());
    }

    @Test
    void aFileOverTheLimitIsRefusedAndLeavesNothingBehind() throws IOException {
        Path big = Files.write(temp.resolve("big.pdf"), new byte[(int) MAX + 1]);
        ProblemException problem = assertThrows(ProblemException.class, () -> storage.store(big).await().atMost(WAIT));
        assertEquals(413, problem.status());
        assertEquals("too-large", problem.type());

        Path exact = Files.write(temp.resolve("exact.pdf"), new byte[(int) MAX]);
        assertEquals(MAX, storage.store(exact).await().atMost(WAIT).size());
        try (Stream<Path> all = Files.walk(root)) {
            assertEquals(1, all.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void aMissingSourceFails() {
        assertThrows(Exception.class, () -> storage.store(temp.resolve("missing")).await().atMost(WAIT));
    }

    @Test
    void fileWorkRunsOffTheEventLoopAndAnswersOnTheCallersContext() throws Exception {
        Path upload = Files.write(temp.resolve("a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Context context = vertx.getDelegate().getOrCreateContext();
        CompletableFuture<Boolean> sameContext = new CompletableFuture<>();
        context.runOnContext(ignored -> storage.store(upload)
                .chain(stored -> storage.open(stored.key()))
                .subscribe().with(
                        path -> sameContext.complete(io.vertx.core.Vertx.currentContext() == context
                                && Context.isOnEventLoopThread()),
                        sameContext::completeExceptionally));
        assertTrue(sameContext.get(10, TimeUnit.SECONDS));
    }

    @Test
    void theDefaultDirectoryIsAbsolute() {
        assertTrue(storage.root().isAbsolute());
        assertEquals(root.toAbsolutePath().normalize(), storage.root());
    }
}
