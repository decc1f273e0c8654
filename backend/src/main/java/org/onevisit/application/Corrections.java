package org.onevisit.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onevisit.platform.Violation;

/** The one-time correction notice (一次性告知): what it must list, and whether it has been answered. */
final class Corrections {

    private Corrections() {
    }

    /** The materials the notice asked for that have not been uploaded again since it was issued. */
    static List<Violation> unanswered(List<CorrectionItem> items, List<ApplicationMaterial> materials,
                                      OffsetDateTime requestedAt) {
        Map<String, ApplicationMaterial> byCode = materials.stream()
                .collect(Collectors.toMap(m -> m.materialCode, Function.identity()));
        return items.stream()
                .filter(item -> item.kind() == CorrectionItem.Kind.MATERIAL)
                .filter(item -> {
                    ApplicationMaterial m = byCode.get(item.code());
                    return m == null || requestedAt == null || !m.uploadedAt.isAfter(requestedAt);
                })
                .map(item -> Violation.of("materials." + item.code(), "application.correction.not-replaced", item.name()))
                .toList();
    }
}
