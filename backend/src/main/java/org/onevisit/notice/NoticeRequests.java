package org.onevisit.notice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the system administrator sends to write a notice. */
public final class NoticeRequests {

    private NoticeRequests() {
    }

    @Schema(name = "NoticeWrite")
    public record Write(
            @Schema(description = "Up to 120 characters, one line", maxLength = 120) String title,
            @Schema(description = "Plain text (no HTML), paragraphs separated by a blank line; up to 10,000 characters", maxLength = 10000) String body,
            @Schema(description = "The version last read (on an edit): a stale one is refused with 409") Long version) {}
}
