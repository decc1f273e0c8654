package org.onevisit.identity;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Resident identity number (居民身份证号码), GB 11643-1999: 6-digit area, 8-digit birth date,
 * 3-digit sequence, check character (ISO 7064 MOD 11-2; 10 is written X).
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumber() {
    }

    public static boolean isValid(String id) {
        if (id == null || id.length() != 18 || !id.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return false;
        }
        if (birthDate(id) == null) {
            return false;
        }
        return id.charAt(17) == checkCharacter(id.substring(0, 17));
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The birth date encoded in the number, or null if it is not a real past date. */
    static LocalDate birthDate(String id) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            return date.getYear() >= 1900 && !date.isAfter(LocalDate.now()) ? date : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
