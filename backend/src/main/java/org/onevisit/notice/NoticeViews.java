package org.onevisit.notice;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API shows of notices: the public list and page, and the administrator's view with drafts. */
public final class NoticeViews {

    private NoticeViews() {
    }

    @Schema(name = "NoticeSummary")
    public record Summary(UUID id, String title, OffsetDateTime publishedAt,
                          @Schema(description = "The start of the first paragraph") String excerpt) {
        static Summary of(Notice n) {
            return new Summary(n.id, n.title, n.publishedAt, NoticeText.excerpt(n.body));
        }
    }

    @Schema(name = "NoticePage")
    public record Page(List<Summary> notices, long total, int page, int size) {}

    @Schema(name = "NoticeDetail")
    public record Detail(UUID id, String title,
                         @Schema(description = "The text as paragraphs (plain text: show escaped)") List<String> paragraphs,
                         OffsetDateTime publishedAt, OffsetDateTime updatedAt) {
        static Detail of(Notice n) {
            return new Detail(n.id, n.title, NoticeText.paragraphs(n.body), n.publishedAt, n.updatedAt);
        }
    }

    @Schema(name = "AdminNotice")
    public record Admin(UUID id, String title, String body, boolean published, OffsetDateTime publishedAt,
                        OffsetDateTime createdAt, OffsetDateTime updatedAt, String createdBy, long version) {
        static Admin of(Notice n) {
            return new Admin(n.id, n.title, n.body, n.publishedAt != null, n.publishedAt, n.createdAt, n.updatedAt,
                    n.createdBy, n.version);
        }
    }

    @Schema(name = "AdminNoticePage")
    public record AdminPage(List<Admin> notices, long total, int page, int size) {}
}
