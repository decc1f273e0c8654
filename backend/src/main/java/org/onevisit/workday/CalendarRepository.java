package org.onevisit.workday;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class CalendarRepository implements PanacheRepositoryBase<CalendarDay, LocalDate> {

    /** Every exception of every year (a few dozen rows a year), in date order. */
    @WithSession
    public Uni<List<CalendarDay>> everyDay() {
        return listAll(Sort.by("day"));
    }
}
