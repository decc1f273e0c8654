package org.onevisit.platform;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Points the datasource at the database before Quarkus creates it: the external server named by
 * {@code ONEVISIT_DB_URL}, or else the embedded server, which it starts here. Runs at application
 * start only; at build time Quarkus does not read the datasource URLs.
 */
public class DatabaseConfigSourceFactory implements ConfigSourceFactory {

    private static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    private static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
    private static final java.util.Set<String> NAMES = java.util.Set.of(JDBC_URL, REACTIVE_URL);

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        return List.of(new LazySource(context));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(250);
    }

    /** Resolves the URLs on first use, so that the embedded server starts only when a datasource is made. */
    static final class LazySource extends MapBackedConfigSource {
        private final ConfigSourceContext context;
        private volatile Map<String, String> resolved;

        LazySource(ConfigSourceContext context) {
            super("onevisit-database", Map.of(), 250);
            this.context = context;
        }

        /** Not listed, so that iterating the configuration (as the build does) never starts a server. */
        @Override
        public java.util.Set<String> getPropertyNames() {
            return java.util.Set.of();
        }

        @Override
        public String getValue(String name) {
            if (!NAMES.contains(name)) {
                return null;
            }
            return resolve().get(name);
        }

        private Map<String, String> resolve() {
            Map<String, String> values = resolved;
            if (values == null) {
                synchronized (this) {
                    if (resolved == null) {
                        resolved = compute();
                    }
                    values = resolved;
                }
            }
            return values;
        }

        private Map<String, String> compute() {
            Map<String, String> values = new HashMap<>();
            String external = value("onevisit.db.url");
            if (external != null && !external.isBlank()) {
                String url = external.trim();
                String bare = url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url;
                values.put(JDBC_URL, "jdbc:" + bare);
                values.put(REACTIVE_URL, bare);
                return values; // user and password: application.properties maps ONEVISIT_DB_USER/PASSWORD
            }
            Path dataDir = Path.of(valueOr("onevisit.data-dir", "data"));
            String port = value("onevisit.db.port");
            int chosen = port == null || port.isBlank() ? EmbeddedDatabase.defaultPort(dataDir) : Integer.parseInt(port.trim());
            EmbeddedDatabase db = EmbeddedDatabase.startOnce(dataDir, chosen);
            values.put(JDBC_URL, db.jdbcUrl());
            values.put(REACTIVE_URL, db.reactiveUrl());
            return values;
        }

        private String valueOr(String name, String fallback) {
            String v = value(name);
            return v == null || v.isBlank() ? fallback : v.trim();
        }

        private String value(String name) {
            ConfigValue v = context.getValue(name);
            return v == null ? null : v.getValue();
        }

    }
}
