package org.onevisit.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateSignerTest {

    private static final byte[] DATA = "危险化学品经营许可证".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void ecdsaSignsAndVerifies() {
        KeyPair pair = EcdsaCertificateSigner.generateKeyPair();
        EcdsaCertificateSigner signer = new EcdsaCertificateSigner(pair);
        byte[] signature = signer.sign(DATA);
        assertEquals(64, signature.length, "IEEE P1363 r||s, as in JWS ES256");
        assertTrue(signer.verify(DATA, signature));
        assertEquals("ES256", signer.algorithm());
        assertTrue(signer.keyId().matches("[0-9a-f]{16}"), signer.keyId());
        assertEquals(signer.keyId(), new EcdsaCertificateSigner(pair.getPublic()).keyId(), "the key id depends on the public key only");
    }

    @Test
    void ecdsaRejectsChangedDataWrongKeysAndGarbage() {
        EcdsaCertificateSigner signer = new EcdsaCertificateSigner(EcdsaCertificateSigner.generateKeyPair());
        EcdsaCertificateSigner other = new EcdsaCertificateSigner(EcdsaCertificateSigner.generateKeyPair());
        byte[] signature = signer.sign(DATA);
        assertNotEquals(signer.keyId(), other.keyId());
        assertFalse(other.verify(DATA, signature));
        byte[] changed = DATA.clone();
        changed[0] ^= 1;
        assertFalse(signer.verify(changed, signature));
        byte[] flipped = signature.clone();
        flipped[10] ^= 1;
        assertFalse(signer.verify(DATA, flipped));
        assertFalse(signer.verify(DATA, new byte[0]));
        assertFalse(signer.verify(DATA, new byte[64]));
        assertFalse(signer.verify(DATA, Arrays.copyOf(signature, 63)));
        assertFalse(signer.verify(DATA, null));
        assertFalse(signer.verify(null, signature));
    }

    @Test
    void verifierOnlyCannotSign() {
        KeyPair pair = EcdsaCertificateSigner.generateKeyPair();
        byte[] signature = new EcdsaCertificateSigner(pair).sign(DATA);
        EcdsaCertificateSigner verifier = new EcdsaCertificateSigner(pair.getPublic());
        assertTrue(verifier.verify(DATA, signature));
        assertFalse(verifier.canSign());
        assertThrows(IllegalStateException.class, () -> verifier.sign(DATA));
    }

    @Test
    void refusesMismatchedPairsAndOtherCurves() throws Exception {
        KeyPair a = EcdsaCertificateSigner.generateKeyPair();
        KeyPair b = EcdsaCertificateSigner.generateKeyPair();
        assertThrows(IllegalArgumentException.class, () -> new EcdsaCertificateSigner(new KeyPair(a.getPublic(), b.getPrivate())));
        KeyPairGenerator p384 = KeyPairGenerator.getInstance("EC");
        p384.initialize(new ECGenParameterSpec("secp384r1"));
        assertThrows(IllegalArgumentException.class, () -> new EcdsaCertificateSigner(p384.generateKeyPair()));
        assertThrows(IllegalArgumentException.class, () -> new EcdsaCertificateSigner(Sm2CertificateSigner.generateKeyPair()));
        assertThrows(IllegalArgumentException.class, () -> new Sm2CertificateSigner(a));
    }

    @Test
    void demoKeysAreWrittenAsPemAndLoadBack() throws Exception {
        Path keys = dir.resolve("data/keys");
        KeyPair first = EcdsaCertificateSigner.loadOrCreateDemo(keys);
        Path priv = keys.resolve(EcdsaCertificateSigner.DEMO_PRIVATE_KEY);
        Path pub = keys.resolve(EcdsaCertificateSigner.DEMO_PUBLIC_KEY);
        assertTrue(Files.readString(priv).startsWith("-----BEGIN PRIVATE KEY-----\n"));
        assertTrue(Files.readString(pub).startsWith("-----BEGIN PUBLIC KEY-----\n"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(priv)));
        assertFalse(Files.exists(keys.resolve(EcdsaCertificateSigner.DEMO_PRIVATE_KEY + ".tmp")));

        byte[] signature = new EcdsaCertificateSigner(first).sign(DATA);
        KeyPair second = EcdsaCertificateSigner.loadOrCreateDemo(keys);
        assertArrayEquals(first.getPrivate().getEncoded(), second.getPrivate().getEncoded(), "kept, not regenerated");
        assertArrayEquals(first.getPublic().getEncoded(), second.getPublic().getEncoded());
        EcdsaCertificateSigner loaded = EcdsaCertificateSigner.fromPem(priv, pub);
        assertTrue(loaded.verify(DATA, signature));
        assertTrue(EcdsaCertificateSigner.verifierFromPem(pub).verify(DATA, loaded.sign(DATA)));
    }

    @Test
    void productionRequiresRealKeysWhileDemoModeMakesItsOwn() {
        Path keys = dir.resolve("keys");
        IllegalStateException none = assertThrows(IllegalStateException.class,
                () -> EcdsaCertificateSigner.fromConfiguration(null, null, false, keys));
        assertTrue(none.getMessage().contains("without configured keys"), none.getMessage());
        assertFalse(Files.exists(keys), "production never generates keys");

        EcdsaCertificateSigner demo = EcdsaCertificateSigner.fromConfiguration(null, null, true, keys);
        Path demoPriv = keys.resolve(EcdsaCertificateSigner.DEMO_PRIVATE_KEY);
        Path demoPub = keys.resolve(EcdsaCertificateSigner.DEMO_PUBLIC_KEY);
        assertEquals(demo.keyId(), EcdsaCertificateSigner.fromConfiguration(null, null, true, keys).keyId());
        assertThrows(IllegalStateException.class, () -> EcdsaCertificateSigner.fromConfiguration(demoPriv, demoPub, false, keys));
        assertThrows(IllegalStateException.class, () -> EcdsaCertificateSigner.fromConfiguration(null, demoPub, true, keys));

        Path priv = dir.resolve("prod/certificate-private.pem");
        Path pub = dir.resolve("prod/certificate-public.pem");
        PemKeys.write(EcdsaCertificateSigner.generateKeyPair(), priv, pub);
        EcdsaCertificateSigner production = EcdsaCertificateSigner.fromConfiguration(priv, pub, false, keys);
        assertTrue(production.canSign());
        assertNotEquals(demo.keyId(), production.keyId());
    }

    @Test
    void pemReaderExplainsUnsupportedKeyForms() throws Exception {
        Path sec1 = dir.resolve("sec1.pem");
        Files.writeString(sec1, "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIA==\n-----END EC PRIVATE KEY-----\n");
        Path pub = dir.resolve("pub.pem");
        Files.writeString(pub, PemKeys.pem("PUBLIC KEY", EcdsaCertificateSigner.generateKeyPair().getPublic().getEncoded()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EcdsaCertificateSigner.fromPem(sec1, pub));
        assertTrue(e.getMessage().contains("openssl pkcs8 -topk8"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EcdsaCertificateSigner.verifierFromPem(sec1));
    }

    @Test
    void sm2SignsVerifiesAndLoadsFromPem() {
        KeyPair pair = Sm2CertificateSigner.generateKeyPair();
        Sm2CertificateSigner signer = new Sm2CertificateSigner(pair);
        byte[] signature = signer.sign(DATA);
        assertEquals("SM2-SM3", signer.algorithm());
        assertTrue(signer.verify(DATA, signature));
        assertFalse(new Sm2CertificateSigner(Sm2CertificateSigner.generateKeyPair()).verify(DATA, signature));
        byte[] changed = DATA.clone();
        changed[1] ^= 1;
        assertFalse(signer.verify(changed, signature));

        Path priv = dir.resolve("sm2-private.pem");
        Path pub = dir.resolve("sm2-public.pem");
        PemKeys.write(pair, priv, pub);
        Sm2CertificateSigner loaded = Sm2CertificateSigner.fromPem(priv, pub);
        assertEquals(signer.keyId(), loaded.keyId());
        assertTrue(loaded.verify(DATA, signature));
        assertTrue(signer.verify(DATA, loaded.sign(DATA)));
    }
}
