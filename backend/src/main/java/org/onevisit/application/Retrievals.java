package org.onevisit.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onevisit.catalog.CatalogService;
import org.onevisit.catalog.Guide;
import org.onevisit.certificate.IssuedCertificate;
import org.onevisit.identity.Account;
import org.onevisit.identity.AccountRepository;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.Violation;
import org.onevisit.workday.CalendarService;

/**
 * Data instead of documents (数据多跑路): with the applicant's authorisation, a material the guide marks
 * as retrievable is taken from the bureau's certificate register or the electronic licence library,
 * and the case records what was taken, from where and when. Undone by the applicant while editable.
 */
@ApplicationScoped
public class Retrievals {

    private final ApplicationRepository applications;
    private final AccountRepository accounts;
    private final CaseQueries queries;
    private final CaseRecorder recorder;
    private final CatalogService catalog;
    private final CalendarService calendars;
    private final LicenceSource licences;

    public Retrievals(ApplicationRepository applications, AccountRepository accounts, CaseQueries queries,
                      CaseRecorder recorder, CatalogService catalog, CalendarService calendars, LicenceSource licences) {
        this.applications = applications;
        this.accounts = accounts;
        this.queries = queries;
        this.recorder = recorder;
        this.catalog = catalog;
        this.calendars = calendars;
        this.licences = licences;
    }

    /** Takes the material from where the guide says; 422 when it is not retrievable or the applicant holds none. */
    public Uni<RetrievalView> retrieve(Caller caller, UUID id, String materialCode) {
        return Panache.withTransaction(() -> applications.lock(id).chain(found -> {
            Application a = ApplicantService.own(found, caller);
            ApplicantService.requireEditable(a);
            return catalog.version(a.itemCode, a.itemVersion).chain(guide -> {
                Guide.Material material = retrievable(guide, materialCode);
                return accounts.findById(caller.id()).chain(applicant -> find(applicant, material)
                        .chain(row -> replace(a, row).chain(() -> {
                            a.updatedAt = row.retrievedAt;
                            ObjectNode detail = recorder.detail().put("material", material.code())
                                    .put("source", row.source.name()).put("reference", row.reference);
                            if (row.validTo != null) {
                                detail.put("validTo", row.validTo.toString());
                            }
                            return recorder.record(a, applicant, "APPLICANT", "RETRIEVE_MATERIAL", a.state, null, detail,
                                    caller.ip());
                        }).chain(applications::flush).replaceWith(RetrievalView.of(row, material.name()))));
            });
        }));
    }

    /** Withdraws the authorisation: the material must then be uploaded. 404 when it was not retrieved. */
    public Uni<Void> undo(Caller caller, UUID id, String materialCode) {
        return Panache.withTransaction(() -> applications.lock(id).chain(found -> {
            Application a = ApplicantService.own(found, caller);
            ApplicantService.requireEditable(a);
            return queries.retrievals(a.id).chain(list -> {
                MaterialRetrieval row = list.stream().filter(r -> r.materialCode.equals(materialCode)).findFirst()
                        .orElseThrow(() -> ProblemException.notFound("problem.not-found.retrieval"));
                a.updatedAt = CaseRecorder.now();
                return Panache.getSession().chain(s -> s.remove(row))
                        .chain(() -> accounts.findById(caller.id()))
                        .chain(applicant -> recorder.record(a, applicant, "APPLICANT", "UNDO_RETRIEVAL", a.state, null,
                                recorder.detail().put("material", row.materialCode).put("source", row.source.name()),
                                caller.ip()))
                        .chain(applications::flush);
            });
        }));
    }

    private static Guide.Material retrievable(Guide guide, String code) {
        Guide.Material material = guide.materials().stream().filter(m -> m.code().equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.unprocessable("invalid-retrieval",
                        List.of(Violation.of("materialCode", "upload.material.unknown", code))));
        if (material.retrievableFrom() == null) {
            throw ProblemException.unprocessable("invalid-retrieval",
                    List.of(Violation.of("materialCode", "retrieval.not-retrievable", material.name())));
        }
        return material;
    }

    /** The licence the applicant holds, as a row to keep; 422 when there is none. */
    private Uni<MaterialRetrieval> find(Account applicant, Guide.Material material) {
        Uni<Optional<MaterialRetrieval>> found = switch (material.retrievableFrom()) {
            case REGISTER -> validCertificate(applicant.id, material.registerItems(), calendars.today())
                    .map(c -> c.map(Retrievals::fromRegister));
            case LICENCE_LIBRARY -> licences.find(applicant, material).map(l -> l.map(Retrievals::fromLibrary));
        };
        return found.map(row -> {
            MaterialRetrieval r = row.orElseThrow(() -> ProblemException.unprocessable("no-licence-held",
                    List.of(Violation.of("materialCode", "retrieval.none-held", material.name()))));
            r.id = UUID.randomUUID();
            r.materialCode = material.code();
            r.retrievedAt = CaseRecorder.now();
            r.retrievedBy = applicant.id;
            return r;
        });
    }

    /** The holder's newest certificate of one of the items that is valid today (not revoked, not expired). */
    private static Uni<Optional<IssuedCertificate>> validCertificate(UUID holder, List<String> items, LocalDate today) {
        return Panache.getSession().chain(s -> s.createQuery("from IssuedCertificate where holderId = ?1 and itemCode in ?2 "
                                + "and status = ?3 and validFrom <= ?4 and (validTo is null or validTo >= ?4) "
                                + "order by issuedAt desc, number desc", IssuedCertificate.class)
                .setParameter(1, holder).setParameter(2, items).setParameter(3, IssuedCertificate.Status.VALID)
                .setParameter(4, today).setMaxResults(1).getResultList())
                .map(list -> list.stream().findFirst());
    }

    private static MaterialRetrieval fromRegister(IssuedCertificate c) {
        MaterialRetrieval r = new MaterialRetrieval();
        r.source = Guide.Retrieval.REGISTER;
        r.certificateId = c.id;
        r.reference = c.number;
        r.title = c.title;
        r.holderName = c.holderName;
        r.validFrom = c.validFrom;
        r.validTo = c.validTo;
        return r;
    }

    private static MaterialRetrieval fromLibrary(LicenceSource.Licence l) {
        MaterialRetrieval r = new MaterialRetrieval();
        r.source = Guide.Retrieval.LICENCE_LIBRARY;
        r.reference = l.number();
        r.title = l.title();
        r.holderName = l.holderName();
        r.validFrom = l.validFrom();
        r.validTo = l.validTo();
        return r;
    }

    /** Keeps one retrieval per material: an earlier one of the same material is replaced (flushed first, as uploads are). */
    private Uni<Void> replace(Application a, MaterialRetrieval row) {
        row.applicationId = a.id;
        return queries.retrievals(a.id).chain(list -> {
            Optional<MaterialRetrieval> previous = list.stream().filter(r -> r.materialCode.equals(row.materialCode)).findFirst();
            Uni<Void> removed = previous.map(p -> Panache.getSession().chain(s -> s.remove(p).chain(s::flush)))
                    .orElse(Uni.createFrom().voidItem());
            return removed.chain(() -> Panache.getSession()).chain(s -> s.persist(row));
        });
    }
}
