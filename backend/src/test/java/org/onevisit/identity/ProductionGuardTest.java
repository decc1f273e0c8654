package org.onevisit.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Production refuses missing keys and the generated demo keys. */
class ProductionGuardTest {

    @Test
    void keysMustBeConfigured() {
        assertEquals(1, ProductionGuard.keyProblems(null, null).size());
        assertEquals(1, ProductionGuard.keyProblems("/etc/onevisit/jwt.pem", null).size());
    }

    @Test
    void demoKeysAreRefused() {
        List<String> problems = ProductionGuard.keyProblems("file:/srv/data/keys/demo-jwt-private.pem",
                "/srv/data/keys/demo-jwt-public.pem");
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).contains("demo key"));
    }

    @Test
    void configuredKeysPass() {
        assertEquals(List.of(), ProductionGuard.keyProblems("/etc/onevisit/jwt-private.pem", "/etc/onevisit/jwt-public.pem"));
    }
}
