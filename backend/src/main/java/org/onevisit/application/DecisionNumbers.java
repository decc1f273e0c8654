package org.onevisit.application;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.onevisit.catalog.Guide;

/**
 * The decision letter's document number (文号), e.g. 慈安监许〔2026〕12号: sequential per series and year,
 * taken with one atomic upsert in the decision's transaction (as {@link ApplicationNumbers}), so two
 * decisions never share a number; a rolled-back decision leaves a gap.
 */
@ApplicationScoped
public class DecisionNumbers {

    /** Licensing decisions (行政许可决定书) count apart from the bureau's other decisions. */
    static String series(Guide guide) {
        return switch (guide.type()) {
            case LICENSING -> "XK";
            case REVIEW_AND_FORWARD -> "ZB";
            case OTHER -> "BJ";
        };
    }

    static String prefix(Guide guide) {
        return switch (guide.type()) {
            case LICENSING -> "慈安监许";
            case REVIEW_AND_FORWARD -> "慈安监转报";
            case OTHER -> "慈安监办";
        };
    }

    /** Gives the case its decision number, once (a case is decided once). */
    public Uni<Void> assign(Application a, Guide guide, LocalDate today) {
        if (a.decisionNumber != null) {
            return Uni.createFrom().voidItem();
        }
        int year = today.getYear();
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into decision_number (series, year, last) values (:series, :year, 1)
                        on conflict (series, year) do update set last = decision_number.last + 1
                        returning last""", Integer.class)
                .setParameter("series", series(guide)).setParameter("year", year).getSingleResult())
                .invoke(n -> a.decisionNumber = prefix(guide) + "〔" + year + "〕" + n + "号")
                .replaceWithVoid();
    }
}
