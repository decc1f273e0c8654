package org.onevisit.application;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An uploaded material as its applicant and the staff see it. */
public record MaterialView(UUID id, String materialCode, String materialName, String fileName, String contentType,
                           long size, String sha256, OffsetDateTime uploadedAt) {

    static MaterialView of(ApplicationMaterial m, String materialName) {
        return new MaterialView(m.id, m.materialCode, materialName, m.fileName, m.contentType, m.size, m.sha256,
                m.uploadedAt);
    }
}
