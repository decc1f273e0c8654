package org.onevisit.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SignedCertificate}: a payload signed end to end, with every kind of tampering caught. */
class CertificateSignatureTest {

    private static final List<CertificateSigner> SIGNERS = List.of(
            new EcdsaCertificateSigner(EcdsaCertificateSigner.generateKeyPair()),
            new Sm2CertificateSigner(Sm2CertificateSigner.generateKeyPair()));

    @Test
    void signedCertificateVerifies() {
        for (CertificateSigner signer : SIGNERS) {
            for (CertificatePayload payload : List.of(CertificateFixtures.licence(), CertificateFixtures.filingReceipt())) {
                SignedCertificate certificate = SignedCertificate.sign(payload, signer);
                assertTrue(certificate.verify(signer), signer.algorithm());
                assertEquals(signer.algorithm(), certificate.algorithm());
                assertEquals(signer.keyId(), certificate.keyId());
                assertTrue(certificate.signature().matches("[A-Za-z0-9_-]+"), "base64url without padding");
            }
        }
    }

    @Test
    void anyChangedFieldFailsVerification() throws Exception {
        for (CertificateSigner signer : SIGNERS) {
            for (CertificatePayload payload : List.of(CertificateFixtures.licence(), CertificateFixtures.filingReceipt())) {
                SignedCertificate original = SignedCertificate.sign(payload, signer);
                for (RecordComponent component : CertificatePayload.class.getRecordComponents()) {
                    SignedCertificate forged = new SignedCertificate(CertificateFixtures.withChanged(payload, component),
                            original.signature(), original.algorithm(), original.keyId());
                    assertFalse(forged.verify(signer), signer.algorithm() + ": changed " + component.getName());
                }
            }
        }
    }

    @Test
    void wrongKeyOrTamperedEnvelopeFailsVerification() {
        EcdsaCertificateSigner signer = new EcdsaCertificateSigner(EcdsaCertificateSigner.generateKeyPair());
        EcdsaCertificateSigner other = new EcdsaCertificateSigner(EcdsaCertificateSigner.generateKeyPair());
        SignedCertificate certificate = SignedCertificate.sign(CertificateFixtures.licence(), signer);
        assertFalse(certificate.verify(other));
        // Even when the envelope claims the other key, that key's signature check fails.
        assertFalse(new SignedCertificate(certificate.payload(), certificate.signature(), other.algorithm(), other.keyId()).verify(other));

        String s = certificate.signature();
        String flipped = (s.charAt(5) == 'A' ? 'B' : 'A') + "";
        assertFalse(new SignedCertificate(certificate.payload(), s.substring(0, 5) + flipped + s.substring(6),
                certificate.algorithm(), certificate.keyId()).verify(signer));
        assertFalse(new SignedCertificate(certificate.payload(), "not base64url!", certificate.algorithm(), certificate.keyId()).verify(signer));
        assertFalse(new SignedCertificate(certificate.payload(), s, "SM2-SM3", certificate.keyId()).verify(signer));
        assertFalse(new SignedCertificate(certificate.payload(), s, certificate.algorithm(), "0000000000000000").verify(signer));
    }

    @Test
    void fingerprintIsShortStableAndDiffersPerSignature() {
        EcdsaCertificateSigner signer = new EcdsaCertificateSigner(EcdsaCertificateSigner.generateKeyPair());
        SignedCertificate a = SignedCertificate.sign(CertificateFixtures.licence(), signer);
        SignedCertificate b = SignedCertificate.sign(CertificateFixtures.filingReceipt(), signer);
        assertTrue(a.fingerprint().matches("[0-9A-F]{4}(-[0-9A-F]{4}){3}"), a.fingerprint());
        assertEquals(a.fingerprint(), new SignedCertificate(a.payload(), a.signature(), a.algorithm(), a.keyId()).fingerprint());
        assertFalse(a.fingerprint().equals(b.fingerprint()));
    }
}
