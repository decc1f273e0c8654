package org.onevisit.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.Violation;

/** A user's file name is shown and offered back, never trusted as a path. */
class SafeFileNameTest {

    @Test
    void acceptsAnOrdinaryChineseName() {
        assertEquals("营业执照副本.pdf", SafeFileName.check("营业执照副本.pdf"));
        assertEquals("2024年 安全评价报告（终稿）.ofd", SafeFileName.check("2024年 安全评价报告（终稿）.ofd"));
    }

    @Test
    void cleansSurroundingSpaceAndNormalises() {
        assertEquals("营业执照副本.pdf", SafeFileName.check("  营业执照副本.pdf\u3000"));
        assertEquals("caf\u00e9.pdf", SafeFileName.check("cafe\u0301.pdf")); // decomposed é becomes one character
    }

    @Test
    void acceptsUpTo120Characters() {
        String name = "营".repeat(116) + ".pdf";
        assertEquals(120, name.length());
        assertEquals(name, SafeFileName.check(name));
        String emoji = "\uD83D\uDCC4".repeat(116) + ".pdf"; // 120 characters, 236 UTF-16 units
        assertEquals(emoji, SafeFileName.check(emoji));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "..", "a/b.pdf", "/etc/passwd", "C:\\a.pdf", "C:\\fakepath\\a.pdf",
            "a\\b.pdf", "report..pdf", ".htaccess", " .env", ".", "", "   ", "\u3000",
            "a\u0000.pdf", "a\n.pdf", "a\r\nX-Header: 1.pdf", "a\t.pdf", "a\u007F.pdf", "a\u0085.pdf",
            "invoice\u202Efdp.exe", "a\u200B.pdf", "a\u2028.pdf", "a\uD800.pdf"})
    void refusesPathsControlsHiddenAndBlankNames(String name) {
        assertRefused(name);
    }

    @Test
    void refusesNull() {
        assertRefused(null);
    }

    @Test
    void refusesMoreThan120Characters() {
        assertRefused("a".repeat(117) + ".pdf");
        assertRefused("营".repeat(117) + ".pdf");
    }

    @Test
    void contentDispositionOfAChineseNameWithAQuote() {
        String header = SafeFileName.contentDisposition("合同\"终稿\".pdf");
        assertEquals("attachment; filename=\"file.pdf\"; "
                + "filename*=UTF-8''%E5%90%88%E5%90%8C%22%E7%BB%88%E7%A8%BF%22.pdf", header);
    }

    @Test
    void contentDispositionKeepsWhatAsciiItCan() {
        assertEquals("attachment; filename=\"Report _final_ 2024 __.pdf\"; "
                        + "filename*=UTF-8''Report%20%22final%22%202024%20%E7%BB%88%E7%A8%BF.pdf",
                SafeFileName.contentDisposition("Report \"final\" 2024 终稿.pdf"));
        assertEquals("attachment; filename=\"file.pdf\"; "
                        + "filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%E5%89%AF%E6%9C%AC.pdf",
                SafeFileName.contentDisposition("营业执照副本.pdf"));
        assertEquals("attachment; filename=\"100_ a_b.pdf\"; filename*=UTF-8''100%25%20a%5Cb.pdf",
                SafeFileName.contentDisposition("100% a\\b.pdf"));
    }

    @Test
    void contentDispositionNeverCarriesLineBreaksOrRawNonAscii() {
        for (String name : List.of("a\r\nSet-Cookie: x=1.pdf", "营业执照\".pdf", "\u202Efdp.exe", "", "\"\"")) {
            String header = SafeFileName.contentDisposition(name);
            assertTrue(header.chars().allMatch(c -> c >= 0x20 && c < 0x7F), header);
            String quoted = header.substring(header.indexOf("filename=\"") + 10, header.indexOf("\"; filename*="));
            assertFalse(quoted.isEmpty(), header);
            assertFalse(quoted.contains("\"") || quoted.contains("\\") || quoted.contains("%"), header);
        }
    }

    private static void assertRefused(String name) {
        ProblemException problem = assertThrows(ProblemException.class, () -> SafeFileName.check(name), String.valueOf(name));
        assertEquals(400, problem.status());
        assertEquals(List.of(Violation.of("file", "file.name")), problem.violations());
    }
}
