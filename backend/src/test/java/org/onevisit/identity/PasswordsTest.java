package org.onevisit.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevisit.platform.Violation;

class PasswordsTest {

    @Test
    void hashesAreSaltedArgon2idAndVerify() {
        String a = Passwords.hash("Anquan#Shengchan9");
        String b = Passwords.hash("Anquan#Shengchan9");
        assertTrue(a.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
        assertNotEquals(a, b);
        assertTrue(Passwords.verify("Anquan#Shengchan9", a));
        assertFalse(Passwords.verify("anquan#Shengchan9", a));
        assertFalse(Passwords.verify("Anquan#Shengchan9", "$2a$10$notargon"));
    }

    @Test
    void policyNamesEachProblem() {
        assertEquals(List.of("password.too-short"), keys(Passwords.check("password", "Ab1!", "user")));
        assertEquals(List.of("password.classes"), keys(Passwords.check("password", "abcdefghijkl", "user")));
        assertEquals(List.of("password.contains-username"), keys(Passwords.check("password", "Xx-window-2026", "WINDOW")));
        assertEquals(List.of("password.common"), keys(Passwords.check("password", "Password@123", "someone")));
        assertEquals(List.of(), keys(Passwords.check("password", "Anquan#Shengchan9", "WINDOW", "13805740001")));
        assertEquals(List.of("password.contains-username"),
                keys(Passwords.check("password", "Aa!13805740001", "X", "13805740001")));
    }

    private static List<String> keys(List<Violation> violations) {
        return violations.stream().map(Violation::messageKey).toList();
    }
}
