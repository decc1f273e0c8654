package org.onevisit.stats;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.onevisit.catalog.Guide;
import org.onevisit.catalog.Guide.ItemType;

/** The reform's coverage figures, counted from the catalogue in effect. */
public record CatalogueStats(
        int total,
        Map<ItemType, Integer> byType,
        Figure maxOneVisit,
        Figure online,
        Figure inServiceCenter,
        Figure zeroVisit,
        Figure cityWide) {

    /** How many items have the property, and their share of all items (0 to 1, four decimals). */
    public record Figure(int count, double rate) {}

    public static CatalogueStats of(List<Guide> guides) {
        Map<ItemType, Integer> byType = new EnumMap<>(ItemType.class);
        for (ItemType type : ItemType.values()) {
            byType.put(type, (int) guides.stream().filter(g -> g.type() == type).count());
        }
        return new CatalogueStats(guides.size(), byType,
                figure(guides, Guide::maxOneVisit),
                figure(guides, Guide::online),
                figure(guides, Guide::inServiceCenter),
                figure(guides, Guide::zeroVisit),
                figure(guides, Guide::cityWideEnabled));
    }

    private static Figure figure(List<Guide> guides, Predicate<Guide> property) {
        int count = (int) guides.stream().filter(property).count();
        double rate = guides.isEmpty() ? 0 : Math.round(count * 10_000.0 / guides.size()) / 10_000.0;
        return new Figure(count, rate);
    }
}
