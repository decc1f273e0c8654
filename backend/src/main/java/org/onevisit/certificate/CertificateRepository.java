package org.onevisit.certificate;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CertificateRepository implements PanacheRepositoryBase<IssuedCertificate, UUID> {

    public Uni<IssuedCertificate> byNumber(String number) {
        return find("number", number).firstResult();
    }

    public Uni<List<IssuedCertificate>> ofHolder(UUID holderId) {
        return find("holderId = ?1 order by issuedAt desc, number desc", holderId).page(0, 200).list();
    }

    /** The holder's newest certificate of a title that is not revoked (what a renewal or change carries over). */
    public Uni<IssuedCertificate> newestOfHolder(UUID holderId, String title) {
        return find("holderId = ?1 and title = ?2 and status = ?3 order by issuedAt desc, createdAt desc", holderId, title,
                IssuedCertificate.Status.VALID).firstResult();
    }

    public Uni<IssuedCertificate> ofApplication(UUID applicationId) {
        return find("applicationId", applicationId).firstResult();
    }

    /** Valid certificates ending within {@code days} that were not yet reminded at that distance. */
    public Uni<List<IssuedCertificate>> toRemind(LocalDate until, int days) {
        return find("status = ?1 and validTo is not null and validTo <= ?2 and (remindedDays is null or remindedDays > ?3)",
                IssuedCertificate.Status.VALID, until, days).page(0, 500).list();
    }

    /** The next number of a series in a year (one atomic upsert: never twice the same). */
    public Uni<Integer> nextNumber(String series, int year) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into certificate_number (series, year, last) values (:series, :year, 1)
                        on conflict (series, year) do update set last = certificate_number.last + 1
                        returning last""", Integer.class)
                .setParameter("series", series).setParameter("year", year).getSingleResult());
    }
}
