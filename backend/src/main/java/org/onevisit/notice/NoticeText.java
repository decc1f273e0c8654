package org.onevisit.notice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.Violation;

/**
 * The rules of a notice's text. Notices are plain text: whatever looks like markup stays text, because every
 * reader (the SPA, an API client) shows it escaped; paragraphs are separated by blank lines.
 */
final class NoticeText {

    static final int TITLE_MAX = 120;
    static final int BODY_MAX = 10_000;
    static final int EXCERPT_MAX = 120;

    private NoticeText() {
    }

    /** A checked title and body (line ends normalised, outer blanks stripped), or 422 naming each bad field. */
    record Checked(String title, String body) {}

    static Checked check(NoticeRequests.Write request) {
        List<Violation> violations = new ArrayList<>();
        String title = request == null || request.title() == null ? "" : request.title().strip();
        String body = request == null || request.body() == null ? "" : request.body().replace("\r\n", "\n").replace('\r', '\n').strip();
        field(violations, "title", title, TITLE_MAX, false);
        field(violations, "body", body, BODY_MAX, true);
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable("invalid-notice", violations);
        }
        return new Checked(title, body);
    }

    private static void field(List<Violation> violations, String name, String value, int max, boolean multiline) {
        if (value.isEmpty()) {
            violations.add(Violation.of(name, "field.required"));
        } else if (value.codePointCount(0, value.length()) > max) {
            violations.add(Violation.of(name, "field.too-long", max));
        } else if (value.codePoints().anyMatch(c -> forbidden(c, multiline))) {
            violations.add(Violation.of(name, "notice.text.control"));
        }
    }

    private static boolean forbidden(int c, boolean multiline) {
        if (multiline && (c == '\n' || c == '\t')) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR, Character.UNASSIGNED, Character.PRIVATE_USE -> true;
            default -> false;
        };
    }

    static List<String> paragraphs(String body) {
        return Arrays.stream(body.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    static String excerpt(String body) {
        String first = paragraphs(body).stream().findFirst().orElse("").replace('\n', ' ');
        return first.length() <= EXCERPT_MAX ? first : first.substring(0, EXCERPT_MAX) + "…";
    }
}
