package org.onevisit.platform;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A config source whose values are computed on first use, with side effects (starting a database,
 * writing keys). Its names are not listed, so iterating the configuration, as the build does, never
 * triggers the computation; only a direct read of one of {@link #names()} at application start does.
 */
public abstract class LazyConfigSourceFactory implements ConfigSourceFactory {

    private static final int ORDINAL = 250;

    /** The properties this source answers. */
    protected abstract Set<String> names();

    /** Computes the values, reading other settings through {@code settings}. */
    protected abstract Map<String, String> compute(Settings settings);

    /** Other settings, as seen by lower-ordinal sources; blank counts as absent. */
    public interface Settings {
        String get(String name);

        default String getOr(String name, String fallback) {
            String value = get(name);
            return value == null ? fallback : value;
        }
    }

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        return List.of(new Source(getClass().getSimpleName(), context));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private final class Source extends MapBackedConfigSource {
        private final transient ConfigSourceContext context;
        private volatile Map<String, String> resolved;

        Source(String name, ConfigSourceContext context) {
            super(name, Map.of(), ORDINAL);
            this.context = context;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of();
        }

        @Override
        public String getValue(String name) {
            if (!names().contains(name)) {
                return null;
            }
            if (resolved == null) {
                synchronized (this) {
                    if (resolved == null) {
                        resolved = compute(setting -> {
                            ConfigValue v = context.getValue(setting);
                            return v == null || v.getValue() == null || v.getValue().isBlank() ? null : v.getValue().trim();
                        });
                    }
                }
            }
            return resolved.get(name);
        }
    }
}
