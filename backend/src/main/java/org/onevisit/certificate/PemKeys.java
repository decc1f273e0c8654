package org.onevisit.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Reads and writes keys as PEM: PKCS#8 private keys ({@code PRIVATE KEY}) and X.509
 * SubjectPublicKeyInfo public keys ({@code PUBLIC KEY}), the forms {@code openssl} and the JDK share.
 */
final class PemKeys {

    private PemKeys() {
    }

    static PrivateKey readPrivateKey(Path pem, KeyFactory factory) {
        String text = read(pem);
        if (text.contains("-----BEGIN EC PRIVATE KEY-----") || text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
            throw new IllegalArgumentException(pem + " is not an unencrypted PKCS#8 key; convert it with "
                    + "'openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.pk8.pem'");
        }
        try {
            return factory.generatePrivate(new PKCS8EncodedKeySpec(der(text, "PRIVATE KEY", pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(pem + " does not hold a " + factory.getAlgorithm() + " private key", e);
        }
    }

    static PublicKey readPublicKey(Path pem, KeyFactory factory) {
        try {
            return factory.generatePublic(new X509EncodedKeySpec(der(read(pem), "PUBLIC KEY", pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(pem + " does not hold a " + factory.getAlgorithm() + " public key", e);
        }
    }

    /** Writes the public key, then the private key (owner-only, moved into place whole) so a reader never sees half a key. */
    static void write(KeyPair pair, Path privatePem, Path publicPem) {
        try {
            Files.createDirectories(privatePem.toAbsolutePath().getParent());
            Files.createDirectories(publicPem.toAbsolutePath().getParent());
            Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            Path tmp = privatePem.resolveSibling(privatePem.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // e.g. Windows: the directory's ACL applies
            }
            Files.writeString(tmp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            Files.move(tmp, privatePem, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the key pair to " + privatePem + " and " + publicPem, e);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String text, String type, Path source) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end, Math.max(from, 0));
        if (from < 0 || to < 0) {
            throw new IllegalArgumentException(source + " holds no PEM block '" + type + "'");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " holds a damaged PEM block '" + type + "'", e);
        }
    }

    private static String read(Path pem) {
        try {
            return Files.readString(pem, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the key file " + pem, e);
        }
    }
}
