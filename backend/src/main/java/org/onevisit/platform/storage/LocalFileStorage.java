package org.onevisit.platform.storage;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.onevisit.platform.ProblemException;

/**
 * The default file store: files on the local file system under {@code onevisit.storage.dir}, as
 * {@code <dir>/<first two characters of the key>/<key>}. A file is written to a temporary file in its
 * final directory, flushed to disk and renamed into place, so a reader never sees half a file and a
 * crash leaves at most a stray {@code .upload-*} file. All file work runs on a worker thread.
 */
@DefaultBean
@ApplicationScoped
public class LocalFileStorage implements FileStorage {

    private static final Logger LOG = Logger.getLogger(LocalFileStorage.class);
    /** Keys are the canonical (lower-case) form of a random UUID: nothing else can name a path. */
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final long maxBytes;
    private final Vertx vertx;

    @Inject
    public LocalFileStorage(StorageConfig config, Vertx vertx) {
        this(Path.of(config.dir()), config.maxUploadSize().asLongValue(), vertx);
    }

    /** A store under {@code root} accepting files of up to {@code maxBytes} (tests construct it directly). */
    public LocalFileStorage(Path root, long maxBytes, Vertx vertx) {
        this.root = root.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        this.vertx = vertx;
    }

    @Override
    public Uni<StoredFile> store(Path source) {
        return blocking(() -> copyIn(source));
    }

    @Override
    public Uni<Path> open(String key) {
        if (!isKey(key)) {
            return Uni.createFrom().failure(invalidKey());
        }
        return blocking(() -> {
            Path file = pathOf(key);
            if (!Files.isRegularFile(file)) {
                throw ProblemException.notFound("problem.not-found.file");
            }
            return file;
        });
    }

    @Override
    public Uni<Void> delete(String key) {
        if (!isKey(key)) {
            return Uni.createFrom().failure(invalidKey());
        }
        return blocking(() -> {
            Files.deleteIfExists(pathOf(key));
            return null;
        });
    }

    /** The directory the files are kept in. */
    public Path root() {
        return root;
    }

    static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    private Path pathOf(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    private StoredFile copyIn(Path source) throws IOException {
        if (Files.size(source) > maxBytes) {
            throw tooLarge();
        }
        String key = UUID.randomUUID().toString();
        Path target = pathOf(key);
        Path directory = target.getParent();
        boolean newDirectory = !Files.isDirectory(directory);
        Files.createDirectories(directory);
        if (newDirectory) {
            syncDirectory(directory.getParent());
        }
        Path temp = Files.createTempFile(directory, ".upload-", ".tmp");
        try {
            MessageDigest sha256 = sha256();
            long size = 0;
            try (InputStream in = Files.newInputStream(source);
                 FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[BUFFER];
                int n;
                while ((n = in.read(buffer)) != -1) {
                    size += n;
                    if (size > maxBytes) { // the source grew after it was measured
                        throw tooLarge();
                    }
                    sha256.update(buffer, 0, n);
                    ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                    while (chunk.hasRemaining()) {
                        out.write(chunk);
                    }
                }
                out.force(true);
            }
            move(temp, target);
            syncDirectory(directory);
            return new StoredFile(key, size, HexFormat.of().formatHex(sha256.digest()));
        } finally {
            Files.deleteIfExists(temp); // gone after a successful move; removes the remains of a failed copy
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // same directory, so this only happens on unusual file systems; the key is new, nothing to overwrite
            Files.move(temp, target);
        }
    }

    /** Makes a new directory entry (a created file or directory) durable; not possible everywhere (Windows). */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debugf("Could not sync the directory %s: %s", directory, e.getMessage());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /**
     * Runs file work on a worker thread; the result (or failure) is delivered on the caller's Vert.x
     * context, where a reactive Hibernate session can carry on.
     */
    private <T> Uni<T> blocking(Callable<T> work) {
        return vertx.executeBlocking(work, false); // unordered: independent uploads need not wait for each other
    }

    private static ProblemException tooLarge() {
        return new ProblemException(413, "too-large", "problem.too-large.detail", List.of(), List.of());
    }

    private static IllegalArgumentException invalidKey() {
        return new IllegalArgumentException("Not a file key of this store");
    }
}
