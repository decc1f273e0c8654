package org.onevisit.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.vertx.mutiny.core.Vertx;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The store's settings default to the data directory and 20 MiB, and can be set. */
class StorageConfigTest {

    @Test
    void defaultsFollowTheDataDirectory() {
        StorageConfig config = load(Map.of("onevisit.data-dir", "/srv/onevisit"));
        assertEquals("/srv/onevisit/files", config.dir());
        assertEquals(20L * 1024 * 1024, config.maxUploadSize().asLongValue());
    }

    @Test
    void withoutADataDirectoryTheDefaultIsData() {
        assertEquals("data/files", load(Map.of()).dir());
    }

    @Test
    void settingsOverrideTheDefaults() {
        StorageConfig config = load(Map.of("onevisit.data-dir", "/srv/onevisit",
                "onevisit.storage.dir", "/mnt/materials", "onevisit.storage.max-upload-size", "5M"));
        assertEquals("/mnt/materials", config.dir());
        assertEquals(5L * 1024 * 1024, config.maxUploadSize().asLongValue());
    }

    @Test
    void theStoreUsesTheConfiguredDirectory() {
        Vertx vertx = Vertx.vertx();
        try {
            LocalFileStorage storage = new LocalFileStorage(load(Map.of("onevisit.data-dir", "/srv/onevisit")), vertx);
            assertEquals(Path.of("/srv/onevisit/files"), storage.root());
        } finally {
            vertx.closeAndAwait();
        }
    }

    private static StorageConfig load(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors() // expressions such as ${onevisit.data-dir}, as in Quarkus
                .withMapping(StorageConfig.class)
                .withConverter(MemorySize.class, 100, new MemorySizeConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
        return config.getConfigMapping(StorageConfig.class);
    }
}
