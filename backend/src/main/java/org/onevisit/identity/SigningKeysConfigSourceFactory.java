package org.onevisit.identity;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The token signing key pair. Configured locations ({@code ONEVISIT_JWT_PRIVATE_KEY},
 * {@code ONEVISIT_JWT_PUBLIC_KEY}) win; otherwise, in demo mode only, a pair is generated on first
 * start into {@code <data-dir>/keys/} and kept there. Production refuses demo keys ({@link ProductionGuard}).
 */
public class SigningKeysConfigSourceFactory implements ConfigSourceFactory {

    static final String SIGN_KEY = "smallrye.jwt.sign.key.location";
    static final String VERIFY_KEY = "mp.jwt.verify.publickey.location";
    static final String DEMO_PREFIX = "demo-";
    private static final Set<String> NAMES = Set.of(SIGN_KEY, VERIFY_KEY);

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        return List.of(new LazySource(context));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(250);
    }

    static final class LazySource extends MapBackedConfigSource {
        private final ConfigSourceContext context;
        private volatile Map<String, String> resolved;

        LazySource(ConfigSourceContext context) {
            super("onevisit-signing-keys", Map.of(), 250);
            this.context = context;
        }

        /** Not listed: iterating the configuration (as the build does) must not generate keys. */
        @Override
        public Set<String> getPropertyNames() {
            return Set.of();
        }

        @Override
        public String getValue(String name) {
            if (!NAMES.contains(name)) {
                return null;
            }
            if (resolved == null) {
                synchronized (this) {
                    if (resolved == null) {
                        resolved = compute();
                    }
                }
            }
            return resolved.get(name);
        }

        private Map<String, String> compute() {
            String privateKey = value("onevisit.jwt.private-key");
            String publicKey = value("onevisit.jwt.public-key");
            if (privateKey != null && publicKey != null) {
                return Map.of(SIGN_KEY, privateKey, VERIFY_KEY, publicKey);
            }
            String mode = value("onevisit.mode");
            if (mode != null && !"demo".equalsIgnoreCase(mode)) {
                return Map.of(); // production without keys: ProductionGuard explains and stops the start
            }
            String dataDir = value("onevisit.data-dir");
            Path keys = Path.of(dataDir == null ? "data" : dataDir).toAbsolutePath().normalize().resolve("keys");
            Path priv = keys.resolve(DEMO_PREFIX + "jwt-private.pem");
            Path pub = keys.resolve(DEMO_PREFIX + "jwt-public.pem");
            ensureKeyPair(priv, pub);
            return Map.of(SIGN_KEY, priv.toUri().toString(), VERIFY_KEY, pub.toUri().toString());
        }

        private String value(String name) {
            ConfigValue v = context.getValue(name);
            return v == null || v.getValue() == null || v.getValue().isBlank() ? null : v.getValue().trim();
        }
    }

    static synchronized void ensureKeyPair(Path priv, Path pub) {
        if (Files.exists(priv) && Files.exists(pub)) {
            return;
        }
        try {
            Files.createDirectories(priv.getParent());
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            Path tmp = priv.resolveSibling(priv.getFileName() + ".tmp");
            Files.writeString(tmp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            Files.move(tmp, priv, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the demo signing keys to " + priv.getParent(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
