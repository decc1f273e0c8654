package org.onevisit.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B test vectors (SHA-1 secret "12345678901234567890"), last six digits. */
class TotpTest {

    static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924",
            "2000000000, 279037", "20000000000, 353130"})
    void matchesTheRfcVectors(long time, String code) {
        assertEquals(code, Totp.code(SECRET, time / 30));
    }

    @Test
    void acceptsTheNeighbouringStepsOnceAndRejectsReplays() {
        long now = 1_234_567_890L;
        long step = now / 30;
        assertEquals(step, Totp.verify(SECRET, Totp.code(SECRET, step), now, 0).getAsLong());
        assertEquals(step - 1, Totp.verify(SECRET, Totp.code(SECRET, step - 1), now, 0).getAsLong());
        assertTrue(Totp.verify(SECRET, Totp.code(SECRET, step - 2), now, 0).isEmpty());
        assertTrue(Totp.verify(SECRET, Totp.code(SECRET, step), now, step).isEmpty(), "replay");
        assertTrue(Totp.verify(SECRET, "12345", now, 0).isEmpty());
        assertTrue(Totp.verify(SECRET, null, now, 0).isEmpty());
    }

    @Test
    void secretsRoundTripThroughBase32() {
        String secret = Totp.newSecret();
        assertEquals(32, secret.length());
        assertEquals(secret, Totp.Base32.encode(Totp.Base32.decode(secret)));
        assertTrue(Totp.otpauthUri("OneVisit", "WINDOW", secret).startsWith("otpauth://totp/OneVisit%3AWINDOW?secret="));
    }
}
