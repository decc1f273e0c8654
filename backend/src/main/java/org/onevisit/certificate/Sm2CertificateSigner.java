package org.onevisit.certificate;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;
import org.bouncycastle.jce.spec.ECNamedCurveSpec;

/**
 * SM2 signatures with SM3 (GB/T 32918, GM/T 0003), for deployments that must use the national
 * algorithms: a drop-in replacement for {@link EcdsaCertificateSigner}. Uses BouncyCastle through a
 * private provider instance (not registered JVM-wide), the default signer ID {@code 1234567812345678}
 * of GM/T 0009 and DER-encoded signatures. Keys are PEM like the default's, on curve {@code sm2p256v1}.
 */
public final class Sm2CertificateSigner extends EcKeySigner {

    public static final String ALGORITHM = "SM2-SM3";

    private static final String CURVE = "sm2p256v1";
    private static final Provider BC = new BouncyCastleProvider();
    private static final ECParameterSpec SM2_CURVE = curveSpec();

    public Sm2CertificateSigner(KeyPair pair) {
        super(ALGORITHM, "SM3withSM2", BC, SM2_CURVE, CURVE, pair.getPublic(), pair.getPrivate());
    }

    /** A verifier only: {@link #sign} fails. */
    public Sm2CertificateSigner(PublicKey publicKey) {
        super(ALGORITHM, "SM3withSM2", BC, SM2_CURVE, CURVE, publicKey, null);
    }

    public static Sm2CertificateSigner fromPem(Path privateKeyPem, Path publicKeyPem) {
        KeyFactory ec = keyFactory();
        return new Sm2CertificateSigner(new KeyPair(PemKeys.readPublicKey(publicKeyPem, ec), PemKeys.readPrivateKey(privateKeyPem, ec)));
    }

    public static KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
            generator.initialize(new ECGenParameterSpec(CURVE));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not generate an SM2 key pair", e);
        }
    }

    private static KeyFactory keyFactory() {
        try {
            return KeyFactory.getInstance("EC", BC);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECParameterSpec curveSpec() {
        ECNamedCurveParameterSpec spec = ECNamedCurveTable.getParameterSpec(CURVE);
        return new ECNamedCurveSpec(CURVE, spec.getCurve(), spec.getG(), spec.getN(), spec.getH(), spec.getSeed());
    }
}
