package org.onevisit.certificate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;

/**
 * The default signer: ECDSA on NIST P-256 with SHA-256, from the JDK alone. Signatures are the
 * fixed-length 64-byte r‖s form (IEEE P1363), the same as JWS {@code ES256}, so other tools can
 * verify them.
 *
 * <p>Keys come from PEM files (PKCS#8 private key, X.509 SubjectPublicKeyInfo public key). As with the
 * application's token keys, demo mode may generate a pair into the data directory
 * ({@link #loadOrCreateDemo(Path)}), while production must be given keys and refuses demo ones
 * ({@link #fromConfiguration}). To use SM2 instead, construct an {@link Sm2CertificateSigner}
 * wherever this class is constructed: callers depend only on {@link CertificateSigner}.
 */
public final class EcdsaCertificateSigner extends EcKeySigner {

    public static final String ALGORITHM = "ES256";
    /** File names of the generated demo pair; the {@code demo-} prefix is how production recognises and refuses them. */
    public static final String DEMO_PRIVATE_KEY = "demo-certificate-private.pem";
    public static final String DEMO_PUBLIC_KEY = "demo-certificate-public.pem";

    private static final String CURVE = "secp256r1";
    private static final ECParameterSpec P256 = curveSpec();

    /** A signer (and verifier) for this key pair. */
    public EcdsaCertificateSigner(KeyPair pair) {
        super(ALGORITHM, "SHA256withECDSAinP1363Format", null, P256, "P-256", pair.getPublic(), pair.getPrivate());
    }

    /** A verifier only: {@link #sign} fails. For services that check certificates but must not issue them. */
    public EcdsaCertificateSigner(PublicKey publicKey) {
        super(ALGORITHM, "SHA256withECDSAinP1363Format", null, P256, "P-256", publicKey, null);
    }

    public static EcdsaCertificateSigner fromPem(Path privateKeyPem, Path publicKeyPem) {
        KeyFactory ec = keyFactory();
        return new EcdsaCertificateSigner(new KeyPair(PemKeys.readPublicKey(publicKeyPem, ec), PemKeys.readPrivateKey(privateKeyPem, ec)));
    }

    public static EcdsaCertificateSigner verifierFromPem(Path publicKeyPem) {
        return new EcdsaCertificateSigner(PemKeys.readPublicKey(publicKeyPem, keyFactory()));
    }

    public static KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(CURVE));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot generate P-256 keys", e);
        }
    }

    /**
     * Demo mode only: the demo key pair in {@code dir} ({@value #DEMO_PRIVATE_KEY}, {@value #DEMO_PUBLIC_KEY}),
     * generated on first use and kept, so certificates issued before a restart still verify. Never
     * ship these files: they are made at run time in the data directory.
     */
    public static synchronized KeyPair loadOrCreateDemo(Path dir) {
        Path priv = dir.resolve(DEMO_PRIVATE_KEY);
        Path pub = dir.resolve(DEMO_PUBLIC_KEY);
        if (!Files.exists(priv) || !Files.exists(pub)) {
            PemKeys.write(generateKeyPair(), priv, pub);
        }
        KeyFactory ec = keyFactory();
        return new KeyPair(PemKeys.readPublicKey(pub, ec), PemKeys.readPrivateKey(priv, ec));
    }

    /**
     * Picks the signing key as the application picks its token keys: configured PEM files win;
     * without them, demo mode uses {@link #loadOrCreateDemo(Path)}; production without keys, with
     * only one of the two, or with demo keys, refuses with an {@link IllegalStateException} that says why.
     *
     * @param privateKeyPem configured private key, or {@code null}
     * @param publicKeyPem  configured public key, or {@code null}
     * @param demoKeyDir    where demo keys live, e.g. {@code <data-dir>/keys}
     */
    public static EcdsaCertificateSigner fromConfiguration(Path privateKeyPem, Path publicKeyPem, boolean demoMode, Path demoKeyDir) {
        if (privateKeyPem != null && publicKeyPem != null) {
            if (!demoMode && (isDemoKey(privateKeyPem) || isDemoKey(publicKeyPem))) {
                throw new IllegalStateException("Refusing to sign certificates in production with the demo key "
                        + privateKeyPem + " / " + publicKeyPem);
            }
            return fromPem(privateKeyPem, publicKeyPem);
        }
        if (privateKeyPem != null || publicKeyPem != null) {
            throw new IllegalStateException("Both the certificate private key and public key must be configured, not only one");
        }
        if (!demoMode) {
            throw new IllegalStateException("Refusing to sign certificates in production without configured keys: "
                    + "set the certificate private key (PKCS#8 PEM) and public key (X.509 PEM)");
        }
        return new EcdsaCertificateSigner(loadOrCreateDemo(demoKeyDir));
    }

    /** Whether the file is a generated demo key, by its name. */
    public static boolean isDemoKey(Path pem) {
        Path name = pem.getFileName();
        return name != null && name.toString().startsWith("demo-");
    }

    private static KeyFactory keyFactory() {
        try {
            return KeyFactory.getInstance("EC");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECParameterSpec curveSpec() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec(CURVE));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK does not know the P-256 curve", e);
        }
    }
}
