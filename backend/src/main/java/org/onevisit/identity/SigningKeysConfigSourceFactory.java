package org.onevisit.identity;

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
import java.util.Map;
import java.util.Set;
import org.onevisit.platform.LazyConfigSourceFactory;

/**
 * The token signing key pair. Configured locations ({@code ONEVISIT_JWT_PRIVATE_KEY},
 * {@code ONEVISIT_JWT_PUBLIC_KEY}) win; otherwise, in demo mode only, a pair is generated on first
 * start into {@code <data-dir>/keys/} and kept there. Production refuses demo keys ({@link ProductionGuard}).
 */
public class SigningKeysConfigSourceFactory extends LazyConfigSourceFactory {

    static final String SIGN_KEY = "smallrye.jwt.sign.key.location";
    static final String VERIFY_KEY = "mp.jwt.verify.publickey.location";
    static final String DEMO_PREFIX = "demo-";

    @Override
    protected Set<String> names() {
        return Set.of(SIGN_KEY, VERIFY_KEY);
    }

    @Override
    protected Map<String, String> compute(Settings settings) {
        String privateKey = settings.get("onevisit.jwt.private-key");
        String publicKey = settings.get("onevisit.jwt.public-key");
        if (privateKey != null && publicKey != null) {
            return Map.of(SIGN_KEY, privateKey, VERIFY_KEY, publicKey);
        }
        if (!"demo".equalsIgnoreCase(settings.getOr("onevisit.mode", "demo"))) {
            return Map.of(); // production without keys: ProductionGuard explains and stops the start
        }
        Path keys = Path.of(settings.getOr("onevisit.data-dir", "data")).toAbsolutePath().normalize().resolve("keys");
        Path priv = keys.resolve(DEMO_PREFIX + "jwt-private.pem");
        Path pub = keys.resolve(DEMO_PREFIX + "jwt-public.pem");
        ensureKeyPair(priv, pub);
        return Map.of(SIGN_KEY, priv.toUri().toString(), VERIFY_KEY, pub.toUri().toString());
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
