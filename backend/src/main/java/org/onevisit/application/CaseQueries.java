package org.onevisit.application;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The parts of a case kept in their own tables: materials, timeline, pauses, visits and waivers. */
@ApplicationScoped
public class CaseQueries {

    public Uni<List<ApplicationMaterial>> materials(UUID applicationId) {
        return list("from ApplicationMaterial where applicationId = ?1 order by materialCode", ApplicationMaterial.class,
                applicationId);
    }

    public Uni<List<MaterialRetrieval>> retrievals(UUID applicationId) {
        return list("from MaterialRetrieval where applicationId = ?1 order by materialCode", MaterialRetrieval.class,
                applicationId);
    }

    /**
     * Every material supplied, one per code: the upload, or the material retrieved in its stead (dated by
     * its retrieval), whichever came last. Not entities to change: the retrieved ones are only stand-ins.
     */
    public Uni<List<ApplicationMaterial>> suppliedMaterials(UUID applicationId) {
        return materials(applicationId).chain(uploads -> retrievals(applicationId).map(retrieved -> {
            Map<String, ApplicationMaterial> byCode = new LinkedHashMap<>();
            uploads.forEach(m -> byCode.put(m.materialCode, m));
            for (MaterialRetrieval r : retrieved) {
                ApplicationMaterial upload = byCode.get(r.materialCode);
                if (upload == null || upload.uploadedAt.isBefore(r.retrievedAt)) {
                    ApplicationMaterial standIn = new ApplicationMaterial();
                    standIn.materialCode = r.materialCode;
                    standIn.uploadedAt = r.retrievedAt;
                    byCode.put(r.materialCode, standIn);
                }
            }
            return List.copyOf(byCode.values());
        }));
    }

    public Uni<ApplicationMaterial> material(UUID applicationId, UUID materialId) {
        return list("from ApplicationMaterial where applicationId = ?1 and id = ?2", ApplicationMaterial.class,
                applicationId, materialId).map(l -> l.isEmpty() ? null : l.get(0));
    }

    public Uni<List<ApplicationEvent>> timeline(UUID applicationId) {
        return list("from ApplicationEvent where applicationId = ?1 order by id", ApplicationEvent.class, applicationId);
    }

    public Uni<List<ApplicationPause>> pauses(UUID applicationId) {
        return list("from ApplicationPause where applicationId = ?1 order by id", ApplicationPause.class, applicationId);
    }

    public Uni<List<ApplicationVisit>> visits(UUID applicationId) {
        return list("from ApplicationVisit where applicationId = ?1 order by id", ApplicationVisit.class, applicationId);
    }

    public Uni<List<ApplicationWaiver>> waivers(UUID applicationId) {
        return list("from ApplicationWaiver where applicationId = ?1 order by id", ApplicationWaiver.class, applicationId);
    }

    /** Whether {@code staffId} took {@code action} on the case (four-eyes checks). */
    public Uni<Boolean> tookAction(UUID applicationId, UUID staffId, String action) {
        return Panache.getSession().chain(s -> s.createQuery("select count(e) from ApplicationEvent e "
                        + "where e.applicationId = ?1 and e.actorId = ?2 and e.action = ?3", Long.class)
                .setParameter(1, applicationId).setParameter(2, staffId).setParameter(3, action).getSingleResult())
                .map(n -> n > 0);
    }

    private static <T> Uni<List<T>> list(String hql, Class<T> type, Object... params) {
        return Panache.getSession().chain(s -> {
            var query = s.createQuery(hql, type);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.getResultList();
        });
    }
}
