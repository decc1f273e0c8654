package org.onevisit.platform;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Points the datasource at the database before Quarkus creates it: the external server named by
 * {@code ONEVISIT_DB_URL} (user and password: see application.properties), or else the embedded
 * server, which it starts here.
 */
public class DatabaseConfigSourceFactory extends LazyConfigSourceFactory {

    private static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    private static final String REACTIVE_URL = "quarkus.datasource.reactive.url";

    @Override
    protected Set<String> names() {
        return Set.of(JDBC_URL, REACTIVE_URL);
    }

    @Override
    protected Map<String, String> compute(Settings settings) {
        String external = settings.get("onevisit.db.url");
        if (external != null) {
            String bare = external.startsWith("jdbc:") ? external.substring("jdbc:".length()) : external;
            return Map.of(JDBC_URL, "jdbc:" + bare, REACTIVE_URL, bare);
        }
        Path dataDir = Path.of(settings.getOr("onevisit.data-dir", "data"));
        String port = settings.get("onevisit.db.port");
        EmbeddedDatabase db = EmbeddedDatabase.startOnce(dataDir,
                port == null ? EmbeddedDatabase.defaultPort(dataDir) : Integer.parseInt(port));
        return Map.of(JDBC_URL, db.jdbcUrl(), REACTIVE_URL, db.reactiveUrl());
    }
}
