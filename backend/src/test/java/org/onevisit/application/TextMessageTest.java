package org.onevisit.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.Api;
import org.onevisit.identity.Masking;
import org.onevisit.platform.LogCapture;

/** Every state change is texted to the applicant's mobile; the default gateway logs it, number masked. */
@QuarkusTest
class TextMessageTest {

    @Test
    void aSubmissionIsTextedAndTheLogNeverShowsTheWholeNumber() {
        Api.Enterprise e = Api.registerEnterprise();
        String token = Api.accessToken(e.creditCode(), e.password());
        List<String> lines;
        try (LogCapture capture = new LogCapture()) {
            String id = Cases.readyDraft(token, Cases.ZERO_VISIT_ITEM);
            Cases.as(token).body("{}").when().post("/api/applications/" + id + "/submit").then().statusCode(200);
            lines = capture.lines();
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("SMS to") && l.contains(Masking.mobile(e.mobile()))
                && l.contains("已提交")), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.contains(e.mobile())), "a whole mobile number was logged");
    }
}
