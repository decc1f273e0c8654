package org.onevisit.platform.storage;

import io.smallrye.mutiny.Uni;
import java.nio.file.Path;

/**
 * Where uploaded materials and generated documents are kept, by generated key. The default is
 * {@link LocalFileStorage}; an S3-compatible store can replace it (a bean of this type overrides the
 * default one). All methods return without blocking; the result comes back on the caller's Vert.x context.
 */
public interface FileStorage {

    /**
     * Copies a file in (typically the temporary file of an upload) under a new key, computing its
     * SHA-256 on the way. The source is left in place. Fails with 413 ({@code too-large}) when it is
     * larger than {@code onevisit.storage.max-upload-size}.
     */
    Uni<StoredFile> store(Path source);

    /**
     * The stored file, to be streamed back (a JAX-RS resource may return the path). Fails with 404
     * ({@code problem.not-found.file}) when there is no file under the key, and with an
     * {@link IllegalArgumentException} when the key is not one this store hands out.
     */
    Uni<Path> open(String key);

    /**
     * Removes the file; removing a key that has no file is not an error. Fails with an
     * {@link IllegalArgumentException} when the key is not one this store hands out.
     */
    Uni<Void> delete(String key);
}
