package org.onevisit.catalog;

import java.time.LocalDate;
import java.util.List;
import org.onevisit.catalog.Guide.ItemType;
import org.onevisit.catalog.Guide.ProcessKind;
import org.onevisit.catalog.Guide.ServiceObject;

/** One line of the item list. */
public record ItemSummary(
        String code,
        String name,
        ItemType type,
        String subType,
        ProcessKind kind,
        boolean maxOneVisit,
        boolean zeroVisit,
        boolean cityWide,
        boolean online,
        int visits,
        int promisedDays,
        Integer statutoryDays,
        List<ServiceObject> serviceObjects,
        String resultName,
        int version,
        LocalDate effectiveDate) {

    static ItemSummary of(Guide g) {
        return new ItemSummary(g.code(), g.name(), g.type(), g.subType(), g.kind(), g.maxOneVisit(), g.zeroVisit(),
                g.cityWideEnabled(), g.online(), g.visits(), g.promisedDays(), g.statutoryDays(), g.serviceObjects(),
                g.result() == null ? null : g.result().name(), g.version(), g.effectiveDate());
    }
}
