package org.onevisit.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 32100-2015 credit codes and GB 11643-1999 ID numbers: examples, and properties over generated codes. */
class ChecksumTest {

    static final Random RANDOM = new Random(20181127);

    @ParameterizedTest
    @ValueSource(strings = {"91330282MA2CX1A7U1", "91110000600037341L", "113302820295361089", "91330200144071588M"})
    void acceptsValidCreditCodes(String code) {
        assertTrue(CreditCode.isValid(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91330282MA2CX1A7U2", "91330282MA2CX1A7U", "91330282MA2CX1A7U10", "91330282MA2CX1A7I1",
            "91330282ma2cx1a7u1", "", "9133028 MA2CX1A7U1", "ZZZZZZZZZZZZZZZZZZ"})
    void rejectsInvalidCreditCodes(String code) {
        assertFalse(CreditCode.isValid(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"330282199001011231", "11010519491231002X", "440524198001010013"})
    void acceptsValidIdNumbers(String id) {
        assertTrue(IdNumber.isValid(id), id);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "330282199001011232",   // wrong check digit
            "330282199002301231",   // 30 February
            "330282199013011234",   // month 13
            "330282299001011230",   // born in the future
            "33028219900101123",    // 17 characters
            "3302821990010112311",  // 19 characters
            "33028219900101123x",   // lower-case x is not the standard form
            "ABCDEFGHIJKLMNOPQR"})
    void rejectsInvalidIdNumbers(String id) {
        assertFalse(IdNumber.isValid(id), id);
    }

    @Test
    void everyGeneratedCreditCodeWithItsCheckCharacterIsValidAndEverySingleChangeIsCaught() {
        for (int n = 0; n < 5_000; n++) {
            String code = TestData.creditCode(RANDOM);
            assertTrue(CreditCode.isValid(code), code);
            int position = RANDOM.nextInt(18);
            char original = code.charAt(position);
            char other;
            do {
                other = CreditCode.CHARSET.charAt(RANDOM.nextInt(CreditCode.CHARSET.length()));
            } while (other == original);
            String changed = code.substring(0, position) + other + code.substring(position + 1);
            assertFalse(CreditCode.isValid(changed), "changed " + code + " to " + changed);
        }
    }

    @Test
    void everyGeneratedIdNumberWithItsCheckDigitIsValidAndEverySingleChangeIsCaught() {
        for (int n = 0; n < 5_000; n++) {
            String id = TestData.idNumber(RANDOM);
            assertTrue(IdNumber.isValid(id), id);
            int position = 14 + RANDOM.nextInt(3); // the sequence digits: the date stays real
            char other = (char) ('0' + (id.charAt(position) - '0' + 1 + RANDOM.nextInt(9)) % 10);
            String changed = id.substring(0, position) + other + id.substring(position + 1);
            assertFalse(IdNumber.isValid(changed), "changed " + id + " to " + changed);
        }
    }

    @Test
    void mobilesAreElevenDigitsStartingWithAMobilePrefix() {
        assertTrue(Mobile.isValid("13805740001"));
        assertTrue(Mobile.isValid("19912345678"));
        assertFalse(Mobile.isValid("12805740001"));
        assertFalse(Mobile.isValid("1380574000"));
        assertFalse(Mobile.isValid("+8613805740001"));
        assertFalse(Mobile.isValid("1380574000a"));
    }

    @Test
    void masksIdNumbersAndMobilesAsTheRuleSays() {
        assertEquals("3302**********1231", Masking.idNumber("330282199001011231"));
        assertEquals("138****0001", Masking.mobile("13805740001"));
        assertEquals("3302**********1231", Masking.username("330282199001011231"));
        assertEquals("3302**********1239", Masking.username("330282199001011239")); // invalid, still masked
        assertEquals("138****0001", Masking.username("13805740001"));
        assertEquals("WINDOW", Masking.username("WINDOW"));
    }
}
