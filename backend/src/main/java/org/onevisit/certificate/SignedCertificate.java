package org.onevisit.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A payload with its signature: what is stored, rendered and later verified. The signature covers
 * {@link CertificatePayload#canonicalBytes()}, so a change to any field makes {@link #verify} false.
 *
 * @param payload   what the certificate states
 * @param signature the signature, base64url without padding
 * @param algorithm the signer's {@link CertificateSigner#algorithm()}
 * @param keyId     the signer's {@link CertificateSigner#keyId()}, to find the verification key
 */
public record SignedCertificate(CertificatePayload payload, String signature, String algorithm, String keyId) {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    public SignedCertificate {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(keyId, "keyId");
    }

    public static SignedCertificate sign(CertificatePayload payload, CertificateSigner signer) {
        byte[] signature = signer.sign(payload.canonicalBytes());
        return new SignedCertificate(payload, BASE64URL.encodeToString(signature), signer.algorithm(), signer.keyId());
    }

    /**
     * Whether this certificate was signed, unaltered, by the verifier's key: the algorithm and key id
     * must match the verifier's (a certificate of another key is not this key's to vouch for) and the
     * signature must check out over the payload as it is now.
     */
    public boolean verify(CertificateSigner verifier) {
        if (!verifier.algorithm().equals(algorithm) || !verifier.keyId().equals(keyId)) {
            return false;
        }
        byte[] bytes = signatureBytes();
        return bytes != null && verifier.verify(payload.canonicalBytes(), bytes);
    }

    /**
     * A short fingerprint of the signature for the printed footer, e.g. {@code 3F2A-9C01-77B4-E0D5}:
     * enough for a person to compare a printout with the verification page, not a security check.
     */
    public String fingerprint() {
        try {
            byte[] bytes = signatureBytes();
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(bytes != null ? bytes : signature.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().withUpperCase().formatHex(digest, 0, 8);
            return hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] signatureBytes() {
        try {
            return Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException notBase64url) {
            return null;
        }
    }
}
