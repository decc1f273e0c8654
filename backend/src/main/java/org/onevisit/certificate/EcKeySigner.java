package org.onevisit.certificate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.spec.ECParameterSpec;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What the elliptic-curve signers share: a key pair checked to lie on the expected curve and to
 * match, a key id derived from the public key, and JCA signing with a fresh {@link Signature} per
 * call (Signature objects are not thread-safe).
 */
abstract class EcKeySigner implements CertificateSigner {

    private static final byte[] PROBE = "onevisit key pair check".getBytes(StandardCharsets.US_ASCII);

    private final String algorithm;
    private final String jcaAlgorithm;
    private final Provider provider;
    private final PublicKey publicKey;
    private final PrivateKey privateKey;
    private final String keyId;

    /**
     * @param provider   the JCA provider, or {@code null} for the JDK's
     * @param privateKey {@code null} for an instance that only verifies
     */
    EcKeySigner(String algorithm, String jcaAlgorithm, Provider provider, ECParameterSpec curve, String curveName,
            PublicKey publicKey, PrivateKey privateKey) {
        this.algorithm = algorithm;
        this.jcaAlgorithm = jcaAlgorithm;
        this.provider = provider;
        this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
        this.privateKey = privateKey;
        requireCurve(publicKey, curve, curveName);
        if (privateKey != null) {
            requireCurve(privateKey, curve, curveName);
            if (!verify(PROBE, sign(PROBE))) {
                throw new IllegalArgumentException("The private key does not belong to the public key " + keyIdOf(publicKey));
            }
        }
        this.keyId = keyIdOf(publicKey);
    }

    @Override
    public byte[] sign(byte[] payload) {
        if (privateKey == null) {
            throw new IllegalStateException("This " + algorithm + " signer holds only the public key " + keyId + " and cannot sign");
        }
        try {
            Signature signature = newSignature();
            signature.initSign(privateKey);
            signature.update(payload);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign with " + algorithm, e);
        }
    }

    @Override
    public boolean verify(byte[] payload, byte[] signature) {
        if (payload == null || signature == null) {
            return false;
        }
        try {
            Signature verifier = newSignature();
            verifier.initVerify(publicKey);
            verifier.update(payload);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException malformed) {
            return false;
        }
    }

    @Override
    public String algorithm() {
        return algorithm;
    }

    @Override
    public String keyId() {
        return keyId;
    }

    /** The verification key, e.g. to publish it for third-party verifiers. */
    public PublicKey publicKey() {
        return publicKey;
    }

    /** Whether this instance can sign (holds a private key) or only verify. */
    public boolean canSign() {
        return privateKey != null;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + algorithm + ", keyId=" + keyId + (canSign() ? "" : ", verify only") + "]";
    }

    /** The first 16 hex digits of the SHA-256 of the key's SubjectPublicKeyInfo: short, stable, collision-safe enough to pick a key. */
    static String keyIdOf(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Signature newSignature() throws GeneralSecurityException {
        return provider == null ? Signature.getInstance(jcaAlgorithm) : Signature.getInstance(jcaAlgorithm, provider);
    }

    private static void requireCurve(java.security.Key key, ECParameterSpec curve, String curveName) {
        if (!(key instanceof ECKey ec) || !sameCurve(ec.getParams(), curve)) {
            throw new IllegalArgumentException("Expected a " + curveName + " key, got " + key.getAlgorithm()
                    + (key instanceof ECKey ? " on another curve" : ""));
        }
    }

    private static boolean sameCurve(ECParameterSpec a, ECParameterSpec b) {
        return a != null && a.getCurve().equals(b.getCurve()) && a.getGenerator().equals(b.getGenerator())
                && a.getOrder().equals(b.getOrder()) && a.getCofactor() == b.getCofactor();
    }
}
