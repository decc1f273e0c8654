package org.onevisit.identity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.onevisit.platform.Violation;

/**
 * Password hashing (Argon2id, BouncyCastle, OWASP parameters) in PHC string form, and the password
 * policy: at least 10 characters of 3 of the 4 classes, not the username, not a common password.
 * Hashing costs ~50 ms of CPU: callers run it off the event loop.
 */
public final class Passwords {

    private static final int MEMORY_KIB = 19_456;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> COMMON = loadCommonPasswords();

    private Passwords() {
    }

    public static String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM
                + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    public static boolean verify(String password, String phc) {
        if (password == null || phc == null) {
            return false;
        }
        String[] parts = phc.split("\\$");
        if (parts.length != 6 || !"argon2id".equals(parts[1])) {
            return false;
        }
        int m = 0;
        int t = 0;
        int p = 0;
        for (String kv : parts[3].split(",")) {
            int value = Integer.parseInt(kv.substring(2));
            switch (kv.charAt(0)) {
                case 'm' -> m = value;
                case 't' -> t = value;
                case 'p' -> p = value;
                default -> {
                    return false;
                }
            }
        }
        byte[] salt = Base64.getDecoder().decode(parts[4]);
        byte[] expected = Base64.getDecoder().decode(parts[5]);
        return MessageDigest.isEqual(expected, argon2(password, salt, m, t, p));
    }

    /** Everything wrong with a new password, reported against {@code field}. */
    public static List<Violation> check(String field, String password, String... usernames) {
        List<Violation> violations = new ArrayList<>();
        if (password == null || password.length() < 10) {
            violations.add(Violation.of(field, "password.too-short", 10));
            return violations;
        }
        if (password.length() > 128) {
            violations.add(Violation.of(field, "password.too-long", 128));
            return violations;
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            violations.add(Violation.of(field, "password.classes"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        for (String username : usernames) {
            if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
                violations.add(Violation.of(field, "password.contains-username"));
                break;
            }
        }
        if (COMMON.contains(lower)) {
            violations.add(Violation.of(field, "password.common"));
        }
        return violations;
    }

    private static byte[] argon2(String password, byte[] salt, int memoryKib, int iterations, int parallelism) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[HASH_BYTES];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    private static Set<String> loadCommonPasswords() {
        try (InputStream in = Passwords.class.getResourceAsStream("/security/common-passwords.txt")) {
            Set<String> set = new HashSet<>();
            if (in != null) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        set.add(line.trim().toLowerCase(Locale.ROOT));
                    }
                }
            }
            return Set.copyOf(set);
        } catch (IOException e) {
            throw new IllegalStateException("common password list unreadable", e);
        }
    }
}
