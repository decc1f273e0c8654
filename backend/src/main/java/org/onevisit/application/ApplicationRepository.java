package org.onevisit.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.LockMode;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    /** The states a workbench shows when no state is asked for: everything still in the bureau's hands. */
    public static final Set<ApplicationState> ACTIVE = EnumSet.of(ApplicationState.SUBMITTED,
            ApplicationState.CORRECTION_REQUIRED, ApplicationState.UNDER_REVIEW, ApplicationState.PENDING_DECISION,
            ApplicationState.APPROVED);

    /** Running clocks only: a paused case is never overdue. */
    @Schema(name = "DueFilter")
    public enum Due { OVERDUE, SOON, ON_TIME }

    /**
     * The filters of the workbench queue, already checked. {@code qItems}: the codes of the items whose name holds
     * {@code q} (looked up in the catalogue, so that every arm of the search can use an index).
     */
    public record QueueFilter(ApplicationState state, Due due, String item, String q, List<String> qItems, LocalDate today,
                              LocalDate soonUntil) {}

    /** The case, locked for update: concurrent moves on one case run one after the other. */
    public Uni<Application> lock(UUID id) {
        return Panache.getSession().chain(s -> s.find(Application.class, id, LockMode.PESSIMISTIC_WRITE));
    }

    public Uni<List<Application>> ofApplicant(UUID applicantId, ApplicationState state, int page, int size) {
        return state == null
                ? find("applicantId = ?1 order by createdAt desc", applicantId).page(page, size).list()
                : find("applicantId = ?1 and state = ?2 order by createdAt desc", applicantId, state).page(page, size).list();
    }

    public Uni<Long> countOfApplicant(UUID applicantId, ApplicationState state) {
        return state == null ? count("applicantId", applicantId)
                : count("applicantId = ?1 and state = ?2", applicantId, state);
    }

    /** A page of the queue, most urgent first (due date, then the oldest submission). */
    public Uni<List<Application>> queue(QueueFilter filter, int page, int size) {
        Where where = where(filter);
        return find(where.hql + " order by dueDate asc nulls last, submittedAt asc, number asc", where.params)
                .page(page, size).list();
    }

    public Uni<Long> countQueue(QueueFilter filter) {
        Where where = where(filter);
        return count(where.hql, where.params);
    }

    /** Cases per active state, and the overdue ones. */
    public Uni<Map<String, Long>> queueCounts(LocalDate today) {
        return Panache.getSession().chain(s -> s.createQuery(
                        "select a.state, count(*) from Application a where a.state in (:active) group by a.state", Object[].class)
                .setParameter("active", ACTIVE).getResultList()
                .chain(rows -> s.createQuery("select count(*) from Application a where a.state in (:active) "
                                + "and a.pausedSince is null and a.dueDate < :today", Long.class)
                        .setParameter("active", ACTIVE).setParameter("today", today).getSingleResult()
                        .map(overdue -> {
                            Map<String, Long> counts = new LinkedHashMap<>();
                            ACTIVE.forEach(state -> counts.put(state.name(), 0L));
                            rows.forEach(row -> counts.put(((ApplicationState) row[0]).name(), (Long) row[1]));
                            counts.put("OVERDUE", overdue);
                            return counts;
                        })));
    }

    private record Where(String hql, Parameters params) {}

    private static Where where(QueueFilter f) {
        List<String> clauses = new ArrayList<>();
        Parameters p = new Parameters();
        if (f.state() != null) {
            clauses.add("state = :state");
            p.and("state", f.state());
            if (f.state() == ApplicationState.DRAFT) {
                clauses.add("channel <> :online"); // drafts written online are the applicant's own
                p.and("online", Channel.ONLINE);
            }
        } else if (f.q() != null) {
            // a search looks through every case staff may see, closed ones too (a certificate is revoked from its case)
            clauses.add("(state <> :draft or channel <> :online)");
            p.and("draft", ApplicationState.DRAFT).and("online", Channel.ONLINE);
        } else {
            clauses.add("state in (:active)");
            p.and("active", ACTIVE);
        }
        if (f.item() != null) {
            clauses.add("itemCode = :item");
            p.and("item", f.item());
        }
        if (f.q() != null) {
            boolean byItem = f.qItems() != null && !f.qItems().isEmpty();
            clauses.add("(number = :qExact or applicantIdentifier = :qExact or applicantName like :qPrefix escape '!'"
                    + (byItem ? " or itemCode in (:qItems))" : ")"));
            p.and("qExact", f.q().toUpperCase()).and("qPrefix", like(f.q()) + "%");
            if (byItem) {
                p.and("qItems", f.qItems());
            }
        }
        if (f.due() != null) {
            switch (f.due()) {
                case OVERDUE -> {
                    clauses.add("pausedSince is null and dueDate < :today");
                    p.and("today", f.today());
                }
                case SOON -> {
                    clauses.add("pausedSince is null and dueDate >= :today and dueDate <= :soon");
                    p.and("today", f.today()).and("soon", f.soonUntil());
                }
                case ON_TIME -> {
                    clauses.add("(dueDate is null or pausedSince is not null or dueDate > :soon)");
                    p.and("soon", f.soonUntil());
                }
            }
        }
        return new Where(String.join(" and ", clauses), p);
    }

    /**
     * The text taken literally in a {@code like ... escape '!'} pattern. The escape character is named
     * in the query because Hibernate otherwise renders {@code escape ''}, which turns escaping off.
     */
    private static String like(String q) {
        return q.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
