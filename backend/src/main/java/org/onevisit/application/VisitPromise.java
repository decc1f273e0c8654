package org.onevisit.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onevisit.catalog.Guide;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.Violation;

/**
 * The "at most one visit" promise, kept and measured honestly (最多跑一次). An item with a visit names when it
 * happens ({@link Guide.VisitMoment}) and what to bring ({@link Guide#visitOriginals()}); a case of it completes only
 * once that visit was recorded (walk-in, originals checked, pickup …) or the window waived it with a reason; and the
 * reviewer recommends only once every special procedure the law requires was done or marked not needed with a reason.
 */
@ApplicationScoped
public class VisitPromise {

    /** Where the case stands with its visit: NONE (a zero-visit item), PENDING, RECORDED or WAIVED. */
    @Schema(name = "VisitStatus")
    public enum VisitStatus { NONE, PENDING, RECORDED, WAIVED }

    /** Where a mandatory special procedure stands: PENDING, RUNNING (clock paused), DONE (started and ended), WAIVED. */
    @Schema(name = "MandatoryStepStatus")
    public enum StepStatus { PENDING, RUNNING, DONE, WAIVED }

    @Schema(name = "MandatoryStep")
    public record MandatoryStep(String name, String legalBasis, Integer maxDays, StepStatus status) {}

    /** What a case shows of the promise: the visit (when, why, what to bring, where it stands) and the mandatory steps. */
    @Schema(name = "VisitPromise")
    public record View(
            @Schema(description = "Visits the guide promises at most (0 or 1)") int promisedVisits,
            @Schema(description = "When the visit happens; null for a zero-visit item") Guide.VisitMoment moment,
            @Schema(description = "The guide's own words for the visit") String reason,
            @Schema(description = "The originals to bring") List<Guide.Original> originals,
            VisitStatus status,
            @Schema(description = "Special procedures the law requires, each done or marked not needed before RECOMMEND")
            List<MandatoryStep> mandatoryProcedures) {}

    private final CaseQueries queries;

    public VisitPromise(CaseQueries queries) {
        this.queries = queries;
    }

    /**
     * Checks a move before the case takes its new state, in the caller's transaction (after the move's own work, so
     * a pickup recorded by DELIVER counts): completion needs the visit, RECOMMEND the mandatory steps. An acceptance
     * writes into {@code detail} what the applicant is told of the visit (the message and the timeline carry it).
     */
    public Uni<Void> check(Application a, Guide guide, Action action, ApplicationState to, ObjectNode detail) {
        if (action == Action.ACCEPT && guide.visits() >= 1) {
            detail.put("visitNotice", announcement(guide, a.visits > 0));
        }
        if (to == ApplicationState.COMPLETED && guide.visits() >= 1 && a.visits == 0) {
            return queries.waivers(a.id).invoke(waivers -> {
                if (!waived(waivers)) {
                    throw missingVisit(guide);
                }
            }).replaceWithVoid();
        }
        if (action == Action.RECOMMEND && guide.specialProcedures() != null
                && guide.specialProcedures().stream().anyMatch(Guide.SpecialProcedure::mandatory)) {
            return queries.pauses(a.id).chain(pauses -> queries.waivers(a.id).invoke(waivers -> {
                for (MandatoryStep step : steps(guide, pauses, waivers)) {
                    if (step.status() != StepStatus.DONE && step.status() != StepStatus.WAIVED) {
                        throw new ProblemException(409, "procedure-missing", "problem.procedure-missing.detail",
                                List.of(step.name()), List.of(Violation.of("specialProcedure", "procedure.missing", step.name())));
                    }
                }
            })).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    /** The promise as the case shows it. */
    static View view(Application a, Guide guide, List<ApplicationPause> pauses, List<ApplicationWaiver> waivers) {
        VisitStatus status = guide.visits() == 0 ? VisitStatus.NONE
                : a.visits > 0 ? VisitStatus.RECORDED
                : waived(waivers) ? VisitStatus.WAIVED : VisitStatus.PENDING;
        return new View(guide.visits(), guide.visitMoment(), guide.visitReason(), guide.visitOriginals(), status,
                steps(guide, pauses, waivers));
    }

    /** Each special procedure the law requires, and whether it was done (a special-procedure pause that ended) or waived. */
    static List<MandatoryStep> steps(Guide guide, List<ApplicationPause> pauses, List<ApplicationWaiver> waivers) {
        if (guide.specialProcedures() == null) {
            return List.of();
        }
        return guide.specialProcedures().stream().filter(Guide.SpecialProcedure::mandatory).map(p -> {
            String name = p.name().trim();
            List<ApplicationPause> runs = pauses.stream()
                    .filter(x -> x.kind == ApplicationPause.Kind.SPECIAL && name.equals(x.reason)).toList();
            StepStatus status = runs.stream().anyMatch(x -> x.toDate != null) ? StepStatus.DONE
                    : !runs.isEmpty() ? StepStatus.RUNNING
                    : waivers.stream().anyMatch(w -> w.kind == ApplicationWaiver.Kind.SPECIAL_PROCEDURE
                            && name.equals(w.procedure)) ? StepStatus.WAIVED : StepStatus.PENDING;
            return new MandatoryStep(name, p.legalBasis(), p.maxDays(), status);
        }).toList();
    }

    static boolean waived(List<ApplicationWaiver> waivers) {
        return waivers.stream().anyMatch(w -> w.kind == ApplicationWaiver.Kind.VISIT);
    }

    /** 409 naming the visit the guide promises, in the reader's language. */
    static ProblemException missingVisit(Guide guide) {
        String moment = guide.visitMoment() == null ? "ANY" : guide.visitMoment().name();
        return new ProblemException(409, "visit-missing", "problem.visit-missing.detail." + moment, List.of(),
                List.of(Violation.of("visit", "visit.missing." + moment)));
    }

    /**
     * What the applicant is told of the visit (Chinese, like the catalogue): when it happens and the originals to bring;
     * or, when the visit was already made (a walk-in), that no further visit is needed. Empty for a zero-visit item.
     */
    public static String announcement(Guide guide, boolean alreadyVisited) {
        if (guide.visits() == 0) {
            return "";
        }
        if (alreadyVisited) {
            return "本事项承诺的一次到现场已登记，无需再次到现场。";
        }
        String when = guide.visitMoment() == null ? "到现场一次" : guide.visitMoment().zh;
        String reason = guide.visitReason() == null ? "" : "（" + guide.visitReason() + "）";
        String originals = originals(guide);
        return "本事项需到现场一次：" + when + reason + "。" + (originals.isEmpty() ? "" : "请携带原件：" + originals + "。");
    }

    /** The originals to bring, as one line: 「A」原件 1 份；「B」原件 1 份、复印件 1 份. */
    static String originals(Guide guide) {
        return guide.visitOriginals().stream().map(o -> "「" + o.name() + "」原件 " + o.originals() + " 份"
                        + (o.copies() > 0 ? "、复印件 " + o.copies() + " 份" : ""))
                .collect(Collectors.joining("；"));
    }
}
