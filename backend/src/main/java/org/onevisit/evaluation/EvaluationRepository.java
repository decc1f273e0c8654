package org.onevisit.evaluation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepositoryBase<Evaluation, UUID> {

    /** A rectification task with its rating and its case's number. */
    public record TaskRow(Rectification task, Evaluation evaluation, String number) {}

    public Uni<Evaluation> ofApplication(UUID applicationId) {
        return find("applicationId", applicationId).firstResult();
    }

    public Uni<Rectification> taskOf(UUID evaluationId) {
        return Panache.getSession().chain(s -> s.createQuery("from Rectification where evaluationId = ?1", Rectification.class)
                .setParameter(1, evaluationId).getResultList()).map(l -> l.isEmpty() ? null : l.get(0));
    }

    public Uni<List<TaskRow>> tasks(Rectification.State state, boolean overdueOnly, LocalDate today, int page, int size) {
        Filter f = filter(state, overdueOnly, today);
        return Panache.getSession().chain(s -> bind(s.createQuery("select r, e, a.number from Rectification r, Evaluation e, "
                        + "Application a where e.id = r.evaluationId and a.id = r.applicationId" + f.hql()
                        + " order by r.dueDate, r.createdAt", Object[].class), f)
                .setFirstResult(page * size).setMaxResults(size).getResultList())
                .map(rows -> rows.stream().map(r -> new TaskRow((Rectification) r[0], (Evaluation) r[1], (String) r[2])).toList());
    }

    public Uni<Long> countTasks(Rectification.State state, boolean overdueOnly, LocalDate today) {
        Filter f = filter(state, overdueOnly, today);
        return Panache.getSession().chain(s -> bind(s.createQuery("select count(r) from Rectification r where 1 = 1" + f.hql(),
                Long.class), f).getSingleResult());
    }

    private record Filter(String hql, Map<String, Object> params) {}

    /** Overdue: still open after its due date. */
    private static Filter filter(Rectification.State state, boolean overdueOnly, LocalDate today) {
        StringBuilder hql = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        if (state != null) {
            hql.append(" and r.state = :state");
            params.put("state", state);
        }
        if (overdueOnly) {
            hql.append(" and r.state = :open and r.dueDate < :today");
            params.put("open", Rectification.State.OPEN);
            params.put("today", today);
        }
        return new Filter(hql.toString(), params);
    }

    private static <T> Mutiny.SelectionQuery<T> bind(Mutiny.SelectionQuery<T> query, Filter f) {
        f.params().forEach(query::setParameter);
        return query;
    }
}
