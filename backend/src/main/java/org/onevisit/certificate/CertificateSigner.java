package org.onevisit.certificate;

/**
 * Signs and verifies certificate payloads. The default is {@link EcdsaCertificateSigner} (ECDSA
 * P-256 with SHA-256, JDK only); {@link Sm2CertificateSigner} (SM2 with SM3, BouncyCastle) is a
 * drop-in replacement where the national cryptography standards (GM/T) are required. Whatever
 * implementation is used, a signed certificate records its {@link #algorithm()} and {@link #keyId()}
 * so that a verifier can pick the right key after a key or algorithm change.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface CertificateSigner {

    /** Signs the payload bytes; fails with {@link IllegalStateException} if this instance holds no private key. */
    byte[] sign(byte[] payload);

    /** Whether the signature is this key's signature of the payload; false (never an exception) for any malformed input. */
    boolean verify(byte[] payload, byte[] signature);

    /** A short, stable name of the signature algorithm, e.g. {@code ES256} or {@code SM2-SM3}. */
    String algorithm();

    /** Identifies the public key: derived from it, so the same key always has the same id. */
    String keyId();
}
