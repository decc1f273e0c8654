package org.onevisit.stats;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.CatalogService;
import org.onevisit.location.Location;
import org.onevisit.location.LocationService;
import org.onevisit.stats.StaffStats.Office;
import org.onevisit.stats.StaffStats.Officer;
import org.onevisit.workday.CalendarService;
import org.onevisit.workday.WorkdayCalendar;

/**
 * The public service figures per office and per officer ({@link Grouping#OFFICE}, {@link Grouping#OFFICER}),
 * computed by the same queries and arithmetic as the public ones, with the steps each officer took.
 * Not cached: staff read it rarely and expect today's cases in it.
 */
@ApplicationScoped
public class StaffStatsService {

    private final CatalogService catalog;
    private final CalendarService calendars;
    private final LocationService locations;

    public StaffStatsService(CatalogService catalog, CalendarService calendars, LocationService locations) {
        this.catalog = catalog;
        this.calendars = calendars;
        this.locations = locations;
    }

    /** A staff member as the officers' list names them. */
    private record Staff(String name, String serviceLocation) {}

    @WithSession
    public Uni<StaffStats> compute(LocalDate from, LocalDate to) {
        StatsPeriod period = new StatsPeriod(from, to);
        return catalog.current().chain(c -> calendars.calendar().chain(calendar -> locations.all()
                .chain(places -> Panache.getSession().chain(s -> compute(s, period, c, calendar, places)))));
    }

    private static Uni<StaffStats> compute(Mutiny.Session s, StatsPeriod period, Catalog c, WorkdayCalendar calendar,
                                           List<Location> places) {
        return CaseFigures.count(s, Grouping.OFFICE, period, c, calendar)
                .chain(byOffice -> CaseFigures.count(s, Grouping.OFFICER, period, c, calendar)
                .chain(byOfficer -> actions(s, period)
                .chain(actions -> staff(s)
                .map(staff -> new StaffStats(period.from(), period.to(), offices(byOffice, places),
                        officers(byOfficer, actions, staff, places))))));
    }

    private static List<Office> offices(CaseFigures.Counted counted, List<Location> places) {
        List<Office> offices = new ArrayList<>();
        places.forEach(l -> offices.add(new Office(l.code(), l.name(), counted.group(l.code()).figures())));
        // a code no longer among the locations still adds up; then the cases no window has handled yet
        new TreeSet<>(counted.groups().keySet()).stream()
                .filter(code -> !code.isEmpty() && places.stream().noneMatch(l -> l.code().equals(code)))
                .forEach(code -> offices.add(new Office(code, code, counted.group(code).figures())));
        if (counted.groups().containsKey("")) {
            offices.add(new Office(null, null, counted.group("").figures()));
        }
        return offices;
    }

    private static List<Officer> officers(CaseFigures.Counted counted, Map<String, Map<String, Long>> actions,
                                          Map<String, Staff> staff, List<Location> places) {
        Set<String> ids = new TreeSet<>(counted.groups().keySet());
        ids.remove("");
        ids.addAll(actions.keySet());
        List<Officer> officers = new ArrayList<>();
        for (String id : ids) {
            Staff member = staff.get(id);
            Optional<Location> office = LocationService.find(places, member == null ? null : member.serviceLocation());
            officers.add(new Officer(UUID.fromString(id), member == null ? null : member.name(),
                    office.map(Location::code).orElse(null), office.map(Location::name).orElse(null),
                    counted.group(id).figures(), actions.getOrDefault(id, Map.of())));
        }
        // by office in the locations' order (those without one last), then by name
        List<String> codes = places.stream().map(Location::code).toList();
        Comparator<Officer> byOffice = Comparator.comparingInt(o -> o.officeCode() == null ? codes.size()
                : codes.indexOf(o.officeCode()));
        officers.sort(byOffice.thenComparing(Officer::name, Comparator.nullsLast(Comparator.naturalOrder())));
        return officers;
    }

    /** The steps staff took on cases in the period, per officer and action (applicants' steps are not counted). */
    private static Uni<Map<String, Map<String, Long>>> actions(Mutiny.Session s, StatsPeriod period) {
        return CaseFigures.list(s, "select cast(x.actor_id as text), x.action, count(*) from application_event x "
                        + "join account s on s.id = x.actor_id where s.kind = 'STAFF' and x.occurred_at >= :from "
                        + "and x.occurred_at < :to group by 1, 2", period.start(), period.end())
                .map(rows -> {
                    Map<String, Map<String, Long>> actions = new HashMap<>();
                    rows.forEach(r -> actions.computeIfAbsent((String) r[0], k -> new TreeMap<>())
                            .put((String) r[1], CaseFigures.number(r[2])));
                    return actions;
                });
    }

    /** Every staff account's name and place of work (a bureau has tens of them). */
    private static Uni<Map<String, Staff>> staff(Mutiny.Session s) {
        return s.createNativeQuery("select cast(id as text), name, service_location from account where kind = 'STAFF'",
                        Object[].class).getResultList()
                .map(rows -> {
                    Map<String, Staff> staff = new HashMap<>();
                    rows.forEach(r -> staff.put((String) r[0], new Staff((String) r[1], (String) r[2])));
                    return staff;
                });
    }
}
