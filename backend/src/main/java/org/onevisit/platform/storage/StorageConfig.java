package org.onevisit.platform.storage;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the file store (prefix {@code onevisit.storage}); environment variables ONEVISIT_STORAGE_*. */
@ConfigMapping(prefix = "onevisit.storage")
public interface StorageConfig {

    /** Directory of the stored files (ONEVISIT_STORAGE_DIR); by default {@code files} in the data directory. */
    @WithDefault("${onevisit.data-dir:data}/files")
    String dir();

    /** Largest file accepted (ONEVISIT_STORAGE_MAX_UPLOAD_SIZE), e.g. {@code 20M}. */
    @WithDefault("20M")
    MemorySize maxUploadSize();
}
