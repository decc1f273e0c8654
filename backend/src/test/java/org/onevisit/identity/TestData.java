package org.onevisit.identity;

import java.time.LocalDate;
import java.util.Random;

/** Valid credit codes, ID numbers and mobiles, different on every run (the test database persists). */
public final class TestData {

    private static final Random RANDOM = new Random();

    private TestData() {
    }

    public static String creditCode() {
        return creditCode(RANDOM);
    }

    public static String creditCode(Random random) {
        StringBuilder first = new StringBuilder("91330282");
        for (int i = 0; i < 9; i++) {
            first.append(CreditCode.CHARSET.charAt(random.nextInt(CreditCode.CHARSET.length())));
        }
        return first.toString() + CreditCode.checkCharacter(first.toString());
    }

    public static String idNumber() {
        return idNumber(RANDOM);
    }

    public static String idNumber(Random random) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50));
        String first = "330282" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return first + IdNumber.checkCharacter(first);
    }

    public static String mobile() {
        return "13" + String.format("%09d", RANDOM.nextInt(1_000_000_000));
    }

    public static final String PASSWORD = "Anquan#Shengchan9";
}
