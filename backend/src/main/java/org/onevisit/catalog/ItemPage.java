package org.onevisit.catalog;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of the item list: {@code page} counts from 0. A search that found nothing offers
 * {@code suggestions}, the items whose names come closest to what was typed (else the list is empty).
 */
public record ItemPage(List<ItemSummary> items, long total, int page, int size,
                       @Schema(description = "Did you mean: close matches when a search found nothing") List<Suggestion> suggestions) {

    public ItemPage(List<ItemSummary> items, long total, int page, int size) {
        this(items, total, page, size, List.of());
    }

    /** An item the searcher may have meant. */
    public record Suggestion(String code, String name) {}
}
