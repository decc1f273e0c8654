package org.onevisit.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the application (prefix {@code onevisit}); environment variables ONEVISIT_*. */
@ConfigMapping(prefix = "onevisit")
public interface OneVisitConfig {

    /** Where the embedded database and generated files live. */
    @WithDefault("data")
    String dataDir();

    Db db();

    Catalog catalog();

    interface Db {
        /** JDBC or reactive URL of an external PostgreSQL; empty means the embedded server. */
        Optional<String> url();

        Optional<String> user();

        Optional<String> password();

        /** Port of the embedded server; derived from the data directory when empty. */
        Optional<Integer> port();
    }

    interface Catalog {
        /** How long a cached catalogue is trusted before it is re-read (other instances may have edited it). */
        @WithDefault("PT5M")
        Duration cacheTtl();

        /** Load the default 20-item catalogue into an empty database at start. */
        @WithDefault("true")
        boolean seed();
    }
}
