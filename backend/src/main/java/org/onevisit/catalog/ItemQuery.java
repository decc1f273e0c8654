package org.onevisit.catalog;

import java.util.Optional;
import org.onevisit.catalog.Guide.ItemType;
import org.onevisit.catalog.Guide.ServiceObject;
import org.onevisit.platform.QueryParams;

/** The filters of the item list, parsed and checked. */
public record ItemQuery(
        Optional<String> text,
        Optional<ItemType> type,
        Optional<Boolean> zeroVisit,
        Optional<Boolean> cityWide,
        Optional<Boolean> online,
        Optional<ServiceObject> serviceObject,
        int page,
        int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static ItemQuery parse(String q, String type, String zeroVisit, String cityWide, String online,
                                  String serviceObject, String page, String size) {
        QueryParams params = new QueryParams();
        ItemQuery query = new ItemQuery(
                params.text("q", q, 100),
                params.enumeration("type", type, ItemType.class),
                params.bool("zeroVisit", zeroVisit),
                params.bool("cityWide", cityWide),
                params.bool("online", online),
                params.enumeration("serviceObject", serviceObject, ServiceObject.class),
                params.integer("page", page, 0, 0, Integer.MAX_VALUE),
                params.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
        params.check();
        return query;
    }
}
