package org.onevisit.location;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The service locations, read once (they change only with a migration). Answers where a staff member
 * works and whether an item may be accepted there (全城通办).
 */
@ApplicationScoped
public class LocationService {

    private volatile List<Location> cached;

    public Uni<List<Location>> all() {
        List<Location> snapshot = cached;
        if (snapshot != null) {
            return Uni.createFrom().item(snapshot);
        }
        return Panache.withSession(() -> Panache.getSession().chain(session -> session
                        .createQuery("from ServiceLocation order by bureauWindow desc, code", ServiceLocation.class)
                        .getResultList()))
                .map(list -> cached = list.stream().map(Location::of).toList());
    }

    /** The location a staff member's {@code serviceLocation} names, by code or by name. */
    public Uni<Optional<Location>> resolve(String codeOrName) {
        return all().map(list -> find(list, codeOrName));
    }

    /** The location of the list that {@code codeOrName} names, by code or by name. */
    public static Optional<Location> find(List<Location> locations, String codeOrName) {
        return locations.stream()
                .filter(l -> codeOrName != null && (l.code().equalsIgnoreCase(codeOrName.trim()) || l.name().equals(codeOrName.trim())))
                .findFirst();
    }

    /** The bureau's own window (in the city's administrative service centre). */
    public Uni<Location> bureauWindow() {
        return all().map(list -> list.stream().filter(Location::bureauWindow).findFirst()
                .orElseThrow(() -> new IllegalStateException("no service location is the bureau's window")));
    }

    /** Whether an item may be accepted at a location: any item at the bureau's window, city-wide ones anywhere. */
    public static boolean mayAccept(Location location, boolean cityWideItem) {
        return location != null && (location.bureauWindow() || cityWideItem);
    }
}
