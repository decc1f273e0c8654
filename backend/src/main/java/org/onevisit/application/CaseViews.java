package org.onevisit.application;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onevisit.application.ApplicationView.Deadline;
import org.onevisit.application.Procedure.Actor;
import org.onevisit.catalog.CatalogService;
import org.onevisit.catalog.Guide;
import org.onevisit.identity.Masking;
import org.onevisit.identity.Role;
import org.onevisit.platform.JsonText;
import org.onevisit.workday.CalendarService;
import org.onevisit.workday.WorkdayCalendar;

/** Builds what the API shows of a case, from the case, its guide version and its calendar. */
@ApplicationScoped
public class CaseViews {

    private final CatalogService catalog;
    private final CalendarService calendars;
    private final CaseQueries queries;
    private final JsonText json;

    public CaseViews(CatalogService catalog, CalendarService calendars, CaseQueries queries, JsonText json) {
        this.catalog = catalog;
        this.calendars = calendars;
        this.queries = queries;
        this.json = json;
    }

    /** The whole case, with the actions {@code actors} may take now. Runs in the caller's session. */
    public Uni<ApplicationView> view(Application a, List<Actor> actors) {
        return catalog.version(a.itemCode, a.itemVersion).chain(guide -> calendars.calendar()
                .chain(calendar -> queries.materials(a.id)
                        .chain(materials -> queries.timeline(a.id)
                                .chain(events -> queries.pauses(a.id)
                                        .chain(pauses -> queries.visits(a.id)
                                                .chain(visits -> queries.waivers(a.id)
                                                .chain(waivers -> queries.retrievals(a.id)
                                                .map(retrieved -> assemble(a, guide, calendar, materials, retrieved,
                                                        events, pauses, visits, waivers, actors)))))))));
    }

    private ApplicationView assemble(Application a, Guide guide, WorkdayCalendar calendar,
                                     List<ApplicationMaterial> materials, List<MaterialRetrieval> retrieved,
                                     List<ApplicationEvent> events, List<ApplicationPause> pauses,
                                     List<ApplicationVisit> visits, List<ApplicationWaiver> waivers, List<Actor> actors) {
        LocalDate today = calendars.today();
        Deadline deadline = Deadlines.of(a, guide.promisedDays(), guide.statutoryDays(), calendar, pauses.stream().map(ApplicationPause::asPause).toList(), today);
        Map<String, String> materialNames = guide.materials().stream()
                .collect(Collectors.toMap(Guide.Material::code, Guide.Material::name, (x, y) -> x));
        List<Action> available = new ArrayList<>(Moves.available(a.state, actors));
        return new ApplicationView(a.id, a.number, a.state, a.version, a.itemCode, a.itemVersion, a.itemName,
                guide.kind(), guide.zeroVisit(), guide.cityWideEnabled(), a.channel, a.locationCode,
                new ApplicationView.Applicant(a.applicantId, a.applicantName, a.applicantIdentifier),
                json.tree(a.formData),
                materials.stream().map(m -> MaterialView.of(m, materialNames.get(m.materialCode))).toList(),
                retrieved.stream().map(r -> RetrievalView.of(r, materialNames.get(r.materialCode))).toList(),
                a.createdAt, a.updatedAt, a.submittedAt, a.acceptedAt, a.decidedAt, a.completedAt,
                deadline, deadline.dueDate(), deadline.remainingWorkingDays(),
                a.visits, a.visitBreaches, visits.stream().map(VisitView::of).toList(), a.corrections,
                a.state == ApplicationState.CORRECTION_REQUIRED ? new ApplicationView.Correction(correctionItems(a),
                        a.correctionComment) : null,
                a.decidedAt == null ? null : new ApplicationView.Decision(
                        a.state == ApplicationState.DENIED || a.state == ApplicationState.NOT_ACCEPTED ? a.state
                                : ApplicationState.APPROVED,
                        a.decisionReason, a.remedies, a.decisionNumber),
                delivery(a, actors),
                events.stream().map(this::entry).toList(), available, notices(a),
                VisitPromise.view(a, guide, pauses, waivers), waivers.stream().map(WaiverView::of).toList(),
                actors.contains(Procedure.APPLICANT) ? a.checkCode : null);
    }

    /**
     * The delivery: the applicant and the window (who posts the result) see the recipient's mobile, other
     * staff see it masked.
     */
    static ApplicationView.DeliveryView delivery(Application a, List<Actor> actors) {
        if (a.deliveryMethod == null) {
            return null;
        }
        boolean posts = actors.contains(Procedure.APPLICANT) || actors.contains(new Procedure.Staff(Role.WINDOW));
        return new ApplicationView.DeliveryView(Guide.Delivery.valueOf(a.deliveryMethod), a.waybillNumber, a.deliveryAddress,
                a.dispatchedAt, a.signedForAt, a.deliveryRecipient,
                posts ? a.deliveryMobile : Masking.mobile(a.deliveryMobile), a.deliveryPostcode, a.deliveryChangeReason);
    }

    /** A line of a list, from the stored due date (no further queries). */
    public ApplicationSummary summary(Application a, WorkdayCalendar calendar, LocalDate today) {
        Integer remaining = null;
        Urgency urgency = null;
        if (a.dueDate != null && a.pausedSince == null && Deadlines.CLOCK_STATES.contains(a.state)) {
            remaining = calendar.remainingWorkingDays(today, a.dueDate);
            urgency = Urgency.of(remaining);
        }
        boolean acceptanceOverdue = a.state == ApplicationState.SUBMITTED && a.submittedAt != null
                && Deadlines.acceptanceOverdue(calendar, a.submittedAt.atZoneSameInstant(WorkdayCalendar.ZONE).toLocalDate(), today);
        if (acceptanceOverdue) {
            urgency = Urgency.RED;
        }
        return new ApplicationSummary(a.id, a.number, a.state, a.version, a.itemCode, a.itemName, a.applicantName,
                a.channel, a.createdAt, a.submittedAt, a.dueDate, remaining, urgency, a.pausedSince != null,
                acceptanceOverdue, a.corrections, a.visits);
    }

    public Uni<Function<Application, ApplicationSummary>> summarizer() {
        return calendars.calendar().map(calendar -> {
            LocalDate today = calendars.today();
            return a -> summary(a, calendar, today);
        });
    }

    static List<NoticeKind> notices(Application a) {
        List<NoticeKind> notices = new ArrayList<>();
        if (a.acceptedAt != null) {
            notices.add(NoticeKind.ACCEPTANCE);
        }
        if (a.state == ApplicationState.NOT_ACCEPTED) {
            notices.add(NoticeKind.NON_ACCEPTANCE);
        }
        if (a.correctionItems != null) {
            notices.add(NoticeKind.CORRECTION);
        }
        if (a.decidedAt != null) {
            notices.add(NoticeKind.DECISION);
        }
        return notices;
    }

    List<CorrectionItem> correctionItems(Application a) {
        if (a.correctionItems == null) {
            return List.of();
        }
        return List.of(json.read(a.correctionItems, CorrectionItem[].class));
    }

    private TimelineEntry entry(ApplicationEvent e) {
        return new TimelineEntry(e.occurredAt, e.action, e.fromState == null ? null : ApplicationState.valueOf(e.fromState),
                ApplicationState.valueOf(e.toState), e.actorName, e.actorRole, e.comment, json.tree(e.detail));
    }
}
