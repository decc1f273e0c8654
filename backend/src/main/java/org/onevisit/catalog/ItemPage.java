package org.onevisit.catalog;

import java.util.List;

/** A page of the item list: {@code page} counts from 0. */
public record ItemPage(List<ItemSummary> items, long total, int page, int size) {}
