package org.onevisit.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A message as its reader sees it. */
@Schema(name = "Notification")
public record NotificationView(UUID id, UUID applicationId, String event, String title, String body,
                               OffsetDateTime createdAt, boolean read) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.applicationId, n.event, n.title, n.body, n.createdAt, n.readAt != null);
    }

    @Schema(name = "NotificationPage")
    public record Page(List<NotificationView> items, long total, long unread, int page, int size) {}

    @Schema(name = "UnreadCount")
    public record Unread(long unread) {}
}
