package org.onevisit.application;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.onevisit.application.ApplicationWaiver.Kind;
import org.onevisit.catalog.CatalogService;
import org.onevisit.catalog.Guide;
import org.onevisit.identity.AccountRepository;
import org.onevisit.identity.Role;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.Violation;

/**
 * Records a waiver of a step of the one-visit promise, with its reason: the window waives the item's visit (VISIT),
 * the reviewer marks a special procedure of the guide not needed (SPECIAL_PROCEDURE). Each is written to the case's
 * timeline and the audit trail, and shown with the case; a waived visit is counted apart in the statistics.
 */
@ApplicationScoped
public class Waivers {

    static final int REASON_MAX = 500;

    private final ApplicationRepository applications;
    private final AccountRepository accounts;
    private final CatalogService catalog;
    private final CaseQueries queries;
    private final CaseRecorder recorder;
    private final CaseViews views;

    public Waivers(ApplicationRepository applications, AccountRepository accounts, CatalogService catalog,
                   CaseQueries queries, CaseRecorder recorder, CaseViews views) {
        this.applications = applications;
        this.accounts = accounts;
        this.catalog = catalog;
        this.queries = queries;
        this.recorder = recorder;
        this.views = views;
    }

    public Uni<ApplicationView> waive(Caller caller, UUID id, ApplicationRequests.Waiver request) {
        List<Violation> missing = new ArrayList<>();
        if (request == null || request.kind() == null) {
            missing.add(Violation.of("kind", "field.required"));
        }
        if (request == null || request.version() == null) {
            missing.add(Violation.of("version", "field.required"));
        }
        if (!missing.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.badRequest(missing));
        }
        String reason = trim(request.reason());
        String procedure = trim(request.procedure());
        List<Violation> invalid = new ArrayList<>();
        if (reason == null) {
            invalid.add(Violation.of("reason", "field.required"));
        } else if (reason.length() > REASON_MAX) {
            invalid.add(Violation.of("reason", "field.too-long", REASON_MAX));
        }
        if (request.kind() == Kind.SPECIAL_PROCEDURE && procedure == null) {
            invalid.add(Violation.of("procedure", "field.required"));
        }
        if (!invalid.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.unprocessable("invalid-waiver", invalid));
        }
        Role role = request.kind() == Kind.VISIT ? Role.WINDOW : Role.REVIEWER;
        return Panache.withTransaction(() -> applications.lock(id).map(WorkbenchService::found).chain(a -> {
            if (!caller.holds(role)) {
                throw new ProblemException(403, "wrong-role", "problem.wrong-role.detail", List.of("WAIVE_" + request.kind()),
                        List.of());
            }
            ApplicantService.checkVersion(a, request.version());
            if (ApplicationState.FINAL.contains(a.state)) {
                throw new ProblemException(409, "case-closed", "problem.case-closed.detail", List.of(a.state.name()), List.of());
            }
            return catalog.version(a.itemCode, a.itemVersion).chain(guide -> queries.waivers(a.id).chain(waivers ->
                    (request.kind() == Kind.VISIT ? checkVisit(a, guide, waivers)
                            : checkProcedure(a, guide, procedure, waivers))
                            .chain(() -> accounts.findById(caller.id()))
                            .chain(staff -> {
                                ApplicationWaiver w = new ApplicationWaiver();
                                w.applicationId = a.id;
                                w.kind = request.kind();
                                w.procedure = request.kind() == Kind.VISIT ? "" : procedure;
                                w.reason = reason;
                                w.staffId = staff.id;
                                w.staffName = staff.name;
                                w.staffRole = role.name();
                                w.occurredAt = CaseRecorder.now();
                                a.updatedAt = w.occurredAt; // a new version: a concurrent move on the old one gets 409
                                var detail = recorder.detail().put("kind", w.kind.name());
                                if (request.kind() == Kind.SPECIAL_PROCEDURE) {
                                    detail.put("specialProcedure", procedure);
                                }
                                return Panache.getSession().chain(s -> s.persist(w))
                                        .chain(() -> recorder.record(a, staff, role.name(), "WAIVE_" + w.kind.name(), a.state,
                                                reason, detail, caller.ip()));
                            })))
                    .chain(applications::flush)
                    .chain(() -> views.view(a, WorkbenchService.actors(caller, a)));
        }));
    }

    /** A visit may be waived on a submitted case of an item with a visit, not yet visited nor waived. */
    private static Uni<Void> checkVisit(Application a, Guide guide, List<ApplicationWaiver> waivers) {
        if (guide.visits() == 0) {
            throw new ProblemException(409, "nothing-to-waive", "problem.nothing-to-waive.detail", List.of(), List.of());
        }
        if (a.state == ApplicationState.DRAFT) {
            throw new ProblemException(409, "waiver-state", "problem.waiver-state.detail", List.of(a.state.name()), List.of());
        }
        if (a.visits > 0) {
            throw new ProblemException(409, "visit-recorded", "problem.visit-recorded.detail", List.of(), List.of());
        }
        if (VisitPromise.waived(waivers)) {
            throw new ProblemException(409, "already-waived", "problem.already-waived.detail", List.of(), List.of());
        }
        return Uni.createFrom().voidItem();
    }

    /** A special procedure of the guide may be marked not needed during the review, before it was started. */
    private Uni<Void> checkProcedure(Application a, Guide guide, String procedure, List<ApplicationWaiver> waivers) {
        boolean listed = guide.specialProcedures() != null && guide.specialProcedures().stream()
                .anyMatch(p -> procedure.equals(p.name().trim()));
        if (!listed) {
            throw ProblemException.unprocessable("invalid-waiver", List.of(Violation.of("procedure", "waiver.procedure.unknown")));
        }
        if (a.state != ApplicationState.UNDER_REVIEW) {
            throw new ProblemException(409, "waiver-state", "problem.waiver-state.detail", List.of(a.state.name()), List.of());
        }
        if (waivers.stream().anyMatch(w -> w.kind == Kind.SPECIAL_PROCEDURE && procedure.equals(w.procedure))) {
            throw new ProblemException(409, "already-waived", "problem.already-waived.detail", List.of(), List.of());
        }
        return queries.pauses(a.id).invoke(pauses -> {
            if (pauses.stream().anyMatch(p -> p.kind == ApplicationPause.Kind.SPECIAL && procedure.equals(p.reason))) {
                throw new ProblemException(409, "procedure-started", "problem.procedure-started.detail", List.of(procedure),
                        List.of());
            }
        }).replaceWithVoid();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
