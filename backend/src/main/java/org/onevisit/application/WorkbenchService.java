package org.onevisit.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.onevisit.application.ApplicationRepository.QueueFilter;
import org.onevisit.application.ApplicationRequests.StaffAction;
import org.onevisit.application.ApplicationRequests.Visit;
import org.onevisit.application.ApplicationRequests.WalkIn;
import org.onevisit.catalog.CatalogService;
import org.onevisit.catalog.Guide;
import org.onevisit.identity.Account;
import org.onevisit.identity.AccountRepository;
import org.onevisit.identity.Role;
import org.onevisit.location.Location;
import org.onevisit.location.LocationService;
import org.onevisit.platform.JsonText;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.Violation;
import org.onevisit.workday.CalendarService;

/** The staff's side of a case: the queue, the procedure's actions, walk-ins and visits. */
@ApplicationScoped
public class WorkbenchService {

    /** Roles that handle cases and so may see them (least privilege: inspectors and administrators do not). */
    public static final Set<Role> HANDLERS = Set.of(Role.WINDOW, Role.REVIEWER, Role.APPROVER);
    /** Actions taken at a window, which must be one that may accept the item (全城通办). */
    private static final Set<Action> AT_WINDOW = Set.of(Action.ACCEPT, Action.NOT_ACCEPT, Action.REQUEST_CORRECTION);
    private static final Pattern WAYBILL = Pattern.compile("[A-Za-z0-9]{8,30}");
    private static final int TEXT_MAX = 2000;

    private final ApplicationRepository applications;
    private final AccountRepository accounts;
    private final ApplicantService applicants;
    private final CaseRecorder recorder;
    private final CaseViews views;
    private final CaseQueries queries;
    private final CaseClock clock;
    private final CatalogService catalog;
    private final CalendarService calendars;
    private final LocationService locations;
    private final ResultIssuer results;
    @jakarta.inject.Inject
    DecisionNumbers decisionNumbers;
    private final JsonText json;
    private final VisitPromise promise;

    public WorkbenchService(ApplicationRepository applications, AccountRepository accounts, ApplicantService applicants,
                            CaseRecorder recorder, CaseViews views, CaseQueries queries, CaseClock clock,
                            CatalogService catalog, CalendarService calendars, LocationService locations,
                            ResultIssuer results, JsonText json, VisitPromise promise) {
        this.applications = applications;
        this.accounts = accounts;
        this.applicants = applicants;
        this.recorder = recorder;
        this.views = views;
        this.queries = queries;
        this.clock = clock;
        this.catalog = catalog;
        this.calendars = calendars;
        this.locations = locations;
        this.results = results;
        this.json = json;
        this.promise = promise;
    }

    @WithSession
    public Uni<ApplicationPage> queue(ApplicationState state, ApplicationRepository.Due due, String item, String q,
                                      int page, int size) {
        return calendars.calendar().chain(calendar -> catalog.current().chain(cat -> {
            LocalDate today = calendars.today();
            List<String> qItems = q == null ? List.of() : cat.guides().stream().filter(g -> g.name().contains(q)).map(Guide::code).toList();
            QueueFilter filter = new QueueFilter(state, due, item, q, qItems, today, calendar.addWorkingDays(today, Urgency.YELLOW_AT));
            return views.summarizer().chain(summarize -> applications.queue(filter, page, size)
                    .chain(list -> applications.countQueue(filter)
                            .chain(total -> applications.queueCounts(today)
                                    .map(counts -> new ApplicationPage(list.stream().map(summarize).toList(), total, page,
                                            size, counts)))));
        }));
    }

    @WithSession
    public Uni<ApplicationView> get(Caller caller, UUID id) {
        return applications.findById(id).chain(a -> views.view(found(a), actors(caller, a)));
    }

    /** A window officer registers an application for an applicant who is present (counts as a visit). */
    public Uni<ApplicationView> walkIn(Caller caller, WalkIn request) {
        List<Violation> missing = new ArrayList<>();
        if (request == null || blank(request.itemCode())) {
            missing.add(Violation.of("itemCode", "field.required"));
        }
        if (request == null || blank(request.applicant())) {
            missing.add(Violation.of("applicant", "field.required"));
        }
        if (request != null && request.channel() == Channel.ONLINE) {
            missing.add(Violation.of("channel", "application.channel.walk-in"));
        }
        if (!missing.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.unprocessable("invalid-application", missing));
        }
        Channel channel = request.channel() == null ? Channel.WINDOW : request.channel();
        return catalog.current().chain(c -> Panache.withTransaction(() -> accounts.findById(caller.id())
                .chain(staff -> accounts.findByLogin(request.applicant().trim().toUpperCase()).chain(applicant -> {
                    if (applicant == null || applicant.kind == Account.Kind.STAFF
                            || !request.applicant().trim().equalsIgnoreCase(applicant.username)) {
                        throw ProblemException.unprocessable("invalid-application",
                                List.of(Violation.of("applicant", "application.applicant.unknown")));
                    }
                    Guide guide = c.find(request.itemCode().trim()).orElse(null);
                    ApplicantService.checkApplicable(guide, applicant, request.itemCode(), false);
                    Map<String, Object> data = json.object(request.formData());
                    List<Violation> violations = org.onevisit.catalog.FormValidator.validate(guide.form(), data, false);
                    if (!violations.isEmpty()) {
                        throw ProblemException.unprocessable("invalid-form", violations);
                    }
                    return windowLocation(staff, guide).chain(location -> applicants.draft(guide, applicant, staff, channel, data)
                            .chain(a -> {
                                a.locationCode = location.code();
                                Uni<Void> visit = channel == Channel.WINDOW
                                        ? visit(a, guide, staff, location, ApplicationVisit.Purpose.WALK_IN, null, caller.ip())
                                        : Uni.createFrom().voidItem();
                                return visit.chain(() -> recorder.record(a, staff, Role.WINDOW.name(), "WALK_IN", null,
                                                null, recorder.detail().put("channel", channel.name()).put("location", location.code()),
                                                caller.ip()))
                                        .chain(() -> views.view(a, actors(caller, a)));
                            }));
                }))));
    }

    /** The window corrects the form of a walk-in or postal case while it may still be changed; the timeline says who. */
    public Uni<ApplicationView> saveForm(Caller caller, UUID id, ApplicationRequests.Update request) {
        return Panache.withTransaction(() -> applications.lock(id).chain(found -> {
            Application a = walkInCase(found);
            return accounts.findById(caller.id()).chain(staff -> applicants.saveForm(a, request)
                    .chain(saved -> recorder.record(saved, staff, Role.WINDOW.name(), "EDIT_FORM", saved.state, null, null,
                            caller.ip()))
                    .chain(() -> views.view(a, actors(caller, a))));
        }));
    }

    /** Staff change only cases registered at a window or received by post; online cases are the applicant's. */
    static Application walkInCase(Application a) {
        Application found = found(a);
        if (found.channel == Channel.ONLINE) {
            throw ProblemException.notFound("problem.not-found.application");
        }
        return found;
    }

    /** Records an in-person visit (originals handed in, result collected …). */
    public Uni<ApplicationView> recordVisit(Caller caller, UUID id, Visit request) {
        if (request == null || request.purpose() == null) {
            return Uni.createFrom().failure(ProblemException.unprocessable("invalid-visit",
                    List.of(Violation.of("purpose", "field.required"))));
        }
        return Panache.withTransaction(() -> applications.lock(id).map(WorkbenchService::found).chain(a -> {
            if (ApplicationState.FINAL.contains(a.state)) {
                throw new ProblemException(409, "case-closed", "problem.case-closed.detail", List.of(a.state.name()), List.of());
            }
            return catalog.version(a.itemCode, a.itemVersion).chain(guide -> accounts.findById(caller.id())
                    .chain(staff -> windowLocation(staff, null).chain(location ->
                            visit(a, guide, staff, location, request.purpose(), trim(request.reason()), caller.ip()))))
                    .chain(applications::flush)
                    .chain(() -> views.view(a, actors(caller, a)));
        }));
    }

    /**
     * Counts a visit. Zero-visit items never call the applicant in for originals or a paper result;
     * a second visit on one case needs a reason and counts as a breach of the one-visit promise.
     */
    private Uni<Void> visit(Application a, Guide guide, Account staff, Location location, ApplicationVisit.Purpose purpose,
                            String reason, String ip) {
        if (guide.zeroVisit() && purpose != ApplicationVisit.Purpose.WALK_IN && purpose != ApplicationVisit.Purpose.OTHER) {
            throw ProblemException.unprocessable("zero-visit-item", List.of(Violation.of("purpose", "visit.zero-visit-item")));
        }
        boolean breach = a.visits >= 1;
        if (breach && reason == null) {
            throw ProblemException.unprocessable("second-visit", List.of(Violation.of("reason", "visit.second-needs-reason")));
        }
        ApplicationVisit v = new ApplicationVisit();
        v.applicationId = a.id;
        v.occurredAt = CaseRecorder.now();
        v.locationCode = location == null ? null : location.code();
        v.purpose = purpose;
        v.reason = reason;
        v.breach = breach;
        v.staffId = staff.id;
        a.visits++;
        if (breach) {
            a.visitBreaches++;
        }
        ObjectNode detail = recorder.detail().put("purpose", purpose.name()).put("visit", a.visits).put("breach", breach);
        if (reason != null) {
            detail.put("reason", reason);
        }
        return Panache.getSession().chain(s -> s.persist(v))
                .chain(() -> recorder.record(a, staff, Role.WINDOW.name(), "VISIT", a.state, null, detail, ip));
    }

    /** Takes a workbench action; the stale version of a concurrent loser gets 409. */
    public Uni<ApplicationView> act(Caller caller, UUID id, StaffAction request) {
        List<Violation> missing = new ArrayList<>();
        if (request == null || request.action() == null) {
            missing.add(Violation.of("action", "field.required"));
        }
        if (request == null || request.version() == null) {
            missing.add(Violation.of("version", "field.required"));
        }
        if (request != null && request.comment() != null && request.comment().length() > TEXT_MAX) {
            missing.add(Violation.of("comment", "field.too-long", TEXT_MAX));
        }
        if (!missing.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.badRequest(missing));
        }
        return Panache.withTransaction(() -> applications.lock(id).map(WorkbenchService::found).chain(a -> {
            ApplicantService.checkVersion(a, request.version());
            return catalog.version(a.itemCode, a.itemVersion).chain(guide -> accounts.findById(caller.id())
                    .chain(staff -> {
                        if (request.action() == Action.SUBMIT && a.channel != Channel.ONLINE && caller.holds(Role.WINDOW)) {
                            return applicants.move(a, staff, Action.SUBMIT, trim(request.comment()), caller.ip(),
                                    List.of(Procedure.APPLICANT));
                        }
                        boolean approveNow = Boolean.TRUE.equals(request.approveNow());
                        Moves.Made made = Moves.decide(a.state, request.action(), actors(caller, a),
                                guide.kind() == Guide.ProcessKind.IMMEDIATE, approveNow);
                        Uni<Location> location = AT_WINDOW.contains(request.action()) ? windowLocation(staff, guide)
                                : Uni.createFrom().nullItem();
                        return location.chain(loc -> apply(a, guide, staff, made, request, loc, caller));
                    }))
                    .chain(applications::flush)
                    .chain(() -> views.view(a, actors(caller, a)));
        }));
    }

    private Uni<Void> apply(Application a, Guide guide, Account staff, Moves.Made made, StaffAction r, Location location,
                            Caller caller) {
        ApplicationState from = a.state;
        String comment = trim(r.comment());
        ObjectNode detail = recorder.detail();
        Uni<Void> work = switch (r.action()) {
            case ACCEPT -> {
                a.acceptedAt = CaseRecorder.now();
                a.locationCode = location.code();
                detail.put("location", location.code());
                Uni<Void> started = clock.start(a);
                if (made.to() == ApplicationState.APPROVED) {
                    detail.put("approvedAtOnce", true);
                    a.decidedAt = a.acceptedAt;
                }
                yield started;
            }
            case NOT_ACCEPT -> {
                require(comment, "comment");
                a.locationCode = location.code();
                a.decidedAt = CaseRecorder.now();
                a.decisionReason = comment;
                yield Uni.createFrom().voidItem();
            }
            case REQUEST_CORRECTION -> requestCorrection(a, guide, r, detail, location);
            case START_SPECIAL_PROCEDURE -> {
                String name = trim(r.specialProcedure());
                require(name, "specialProcedure");
                if (a.pausedSince != null) {
                    throw new ProblemException(409, "already-paused", "problem.already-paused.detail", List.of(), List.of());
                }
                detail.put("specialProcedure", name);
                yield clock.pause(a, ApplicationPause.Kind.SPECIAL, name);
            }
            case END_SPECIAL_PROCEDURE -> {
                if (a.pausedSince == null) {
                    throw new ProblemException(409, "not-paused", "problem.not-paused.detail", List.of(), List.of());
                }
                detail.put("specialProcedure", a.pauseReason);
                yield clock.resume(a);
            }
            case RECOMMEND -> {
                if (a.pausedSince != null) { // the special procedure's outcome belongs in the review
                    throw new ProblemException(409, "paused", "problem.paused.detail", List.of(a.pauseReason), List.of());
                }
                yield Uni.createFrom().voidItem();
            }
            case APPROVE, DENY -> decide(a, guide, staff, r, comment);
            case DISPATCH -> dispatch(a, guide, staff, r, detail, caller);
            case DELIVER -> deliver(a, guide, staff, r, detail, caller);
            default -> Uni.createFrom().voidItem();
        };
        return work.chain(() -> promise.check(a, guide, r.action(), made.to(), detail)).chain(() -> {
            a.state = made.to();
            a.updatedAt = CaseRecorder.now();
            if (a.state == ApplicationState.COMPLETED) {
                a.completedAt = a.updatedAt;
            }
            Uni<Void> issued = a.state == ApplicationState.APPROVED && from != ApplicationState.APPROVED
                    ? decisionNumbers.assign(a, guide, calendars.today()).chain(() -> results.issue(a, guide))
                    : a.state == ApplicationState.DENIED ? decisionNumbers.assign(a, guide, calendars.today())
                    : Uni.createFrom().voidItem();
            return issued.chain(() -> recorder.record(a, staff, Moves.roleName(made.actor()), r.action().name(), from, comment,
                    detail, caller.ip()));
        });
    }

    private Uni<Void> requestCorrection(Application a, Guide guide, StaffAction r, ObjectNode detail, Location location) {
        List<CorrectionItem> items = named(guide, r.correctionItems());
        String reason = trim(r.reason());
        if (a.corrections >= 1) {
            require(reason, "reason");
            detail.put("secondCorrection", true).put("reason", reason);
        }
        a.corrections++;
        a.correctionItems = json.write(items);
        a.correctionComment = trim(r.comment());
        a.correctionRequestedAt = CaseRecorder.now();
        a.locationCode = location.code();
        detail.set("items", recorderItems(items));
        return clock.pause(a, ApplicationPause.Kind.CORRECTION, "补正材料");
    }

    private com.fasterxml.jackson.databind.JsonNode recorderItems(List<CorrectionItem> items) {
        var array = recorder.detail().arrayNode();
        items.forEach(i -> array.addObject().put("kind", i.kind().name()).put("code", i.code()).put("name", i.name())
                .put("note", i.note()));
        return array;
    }

    /** The correction items, each naming a material or field of the guide, with the guide's name filled in. */
    private static List<CorrectionItem> named(Guide guide, List<CorrectionItem> items) {
        if (items == null || items.isEmpty()) {
            throw ProblemException.unprocessable("invalid-correction", List.of(Violation.of("correctionItems", "correction.empty")));
        }
        List<Violation> violations = new ArrayList<>();
        List<CorrectionItem> named = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            CorrectionItem item = items.get(i);
            String at = "correctionItems[" + i + "]";
            String name = item == null || item.kind() == null || item.code() == null ? null : switch (item.kind()) {
                case MATERIAL -> guide.materials().stream().filter(m -> m.code().equals(item.code()))
                        .map(Guide.Material::name).findFirst().orElse(null);
                case FIELD -> guide.form().fields().stream().filter(f -> f.key().equals(item.code()))
                        .map(Guide.FormField::label).findFirst().orElse(null);
            };
            if (name == null) {
                violations.add(Violation.of(at, "correction.unknown"));
            } else if (!seen.add(item.kind() + ":" + item.code())) {
                violations.add(Violation.of(at, "correction.duplicate"));
            } else if (item.note() != null && item.note().length() > 500) {
                violations.add(Violation.of(at + ".note", "field.too-long", 500));
            } else {
                named.add(new CorrectionItem(item.kind(), item.code(), name, trim(item.note())));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable("invalid-correction", violations);
        }
        return named;
    }

    private Uni<Void> decide(Application a, Guide guide, Account staff, StaffAction r, String comment) {
        if (r.action() == Action.DENY) {
            require(comment, "comment");
            String remedies = trim(r.remedies());
            a.remedies = remedies != null ? remedies : defaultRemedies(guide);
        }
        a.decidedAt = CaseRecorder.now();
        a.decisionReason = comment;
        // four eyes: who recommended a case does not decide it
        return queries.tookAction(a.id, staff.id, Action.RECOMMEND.name()).invoke(recommended -> {
            if (recommended) {
                throw new ProblemException(403, "same-officer", "problem.same-officer.detail", List.of(), List.of());
            }
        }).replaceWithVoid();
    }

    private static String defaultRemedies(Guide guide) {
        if (guide.remedies() == null) {
            return null;
        }
        return "如不服本决定，可依法申请行政复议（" + guide.remedies().reconsideration() + "）或者提起行政诉讼（"
                + guide.remedies().litigation() + "）。";
    }

    /** The result goes out by post: the waybill is recorded; the case completes when it is signed for (DELIVER). */
    private Uni<Void> dispatch(Application a, Guide guide, Account staff, StaffAction r, ObjectNode detail, Caller caller) {
        Planned p = planned(a, guide, r.delivery());
        if (p.method() != Guide.Delivery.POST) {
            throw ProblemException.unprocessable("invalid-delivery", List.of(Violation.of("delivery.method", "delivery.dispatch-by-post")));
        }
        if (a.dispatchedAt != null) {
            throw new ProblemException(409, "already-dispatched", "problem.already-dispatched.detail", List.of(a.waybillNumber), List.of());
        }
        return changed(a, p, staff, caller).invoke(() -> {
            post(a, p, detail);
            a.dispatchedAt = CaseRecorder.now();
        });
    }

    private static void post(Application a, Planned p, ObjectNode detail) {
        a.waybillNumber = p.waybill().toUpperCase();
        detail.put("method", "POST").put("waybillNumber", a.waybillNumber);
    }

    /**
     * How the result is to go: what the body says, else the applicant's choice recorded on the case
     * (method, address, recipient). Checks that the guide offers the method, that a postal result has a
     * waybill (unless already dispatched) and an address, and that a departure from the applicant's choice
     * gives its reason; every problem at once.
     */
    private static Planned planned(Application a, Guide guide, ApplicationRequests.Delivery body) {
        ApplicationRequests.Delivery d = body != null ? body : new ApplicationRequests.Delivery(null, null, null, null, null, null, null);
        Guide.Delivery method = d.method() != null ? d.method()
                : a.deliveryMethod == null ? null : Guide.Delivery.valueOf(a.deliveryMethod);
        List<Violation> violations = new ArrayList<>();
        if (method == null) {
            throw ProblemException.unprocessable("invalid-delivery", List.of(Violation.of("delivery.method", "field.required")));
        }
        if (!DeliveryChoices.offers(guide, method)) {
            throw ProblemException.unprocessable("invalid-delivery", List.of(Violation.of("delivery.method", "delivery.not-offered")));
        }
        boolean post = method == Guide.Delivery.POST;
        String address = post ? firstOf(trim(d.address()), a.deliveryAddress) : null;
        String waybill = trim(d.waybillNumber());
        if (post && a.dispatchedAt == null) {
            if (waybill == null || !WAYBILL.matcher(waybill).matches()) {
                violations.add(Violation.of("delivery.waybillNumber", "delivery.waybill"));
            }
            if (address == null) {
                violations.add(Violation.of("delivery.address", "field.required"));
            }
        }
        bound(violations, "delivery.address", address, DeliveryChoices.ADDRESS_MAX);
        bound(violations, "delivery.recipient", d.recipient(), DeliveryChoices.NAME_MAX);
        if (trim(d.mobile()) != null && !org.onevisit.identity.Mobile.isValid(d.mobile().trim())) {
            violations.add(Violation.of("delivery.mobile", "mobile.invalid"));
        }
        String reason = trim(d.changeReason());
        boolean changed = DeliveryChoices.differs(a, method, post ? trim(d.address()) : null);
        if (changed && reason == null) {
            violations.add(Violation.of("delivery.changeReason", "delivery.change-reason"));
        }
        bound(violations, "delivery.changeReason", reason, DeliveryChoices.REASON_MAX);
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable("invalid-delivery", violations);
        }
        return new Planned(method, waybill, address, post ? firstOf(trim(d.recipient()), a.deliveryRecipient) : null,
                post ? firstOf(trim(d.mobile()), a.deliveryMobile) : null,
                post ? firstOf(trim(d.postcode()), a.deliveryPostcode) : null, changed ? reason : null);
    }

    /** A delivery as it will be made. */
    private record Planned(Guide.Delivery method, String waybill, String address, String recipient, String mobile,
                           String postcode, String changeReason) {}

    /** Stores the delivery; a departure from the applicant's choice gets its own timeline entry with the reason. */
    private Uni<Void> changed(Application a, Planned p, Account staff, Caller caller) {
        String before = a.deliveryMethod;
        String beforeAddress = a.deliveryAddress;
        a.deliveryMethod = p.method().name();
        a.deliveryAddress = p.address();
        a.deliveryRecipient = p.recipient();
        a.deliveryMobile = p.mobile();
        a.deliveryPostcode = p.postcode();
        if (p.changeReason() == null) {
            return Uni.createFrom().voidItem();
        }
        a.deliveryChangeReason = p.changeReason();
        ObjectNode detail = recorder.detail().put("from", before).put("method", p.method().name());
        if (p.method() == Guide.Delivery.POST && !java.util.Objects.equals(beforeAddress, p.address())) {
            detail.put("address", p.address());
        }
        return recorder.record(a, staff, Role.WINDOW.name(), "CHANGE_DELIVERY", a.state, p.changeReason(), detail, caller.ip());
    }

    private Uni<Void> deliver(Application a, Guide guide, Account staff, StaffAction r, ObjectNode detail, Caller caller) {
        Planned p = planned(a, guide, r.delivery());
        if (p.method() == Guide.Delivery.WINDOW && guide.zeroVisit()) {
            throw ProblemException.unprocessable("zero-visit-item", List.of(Violation.of("delivery.method", "visit.zero-visit-item")));
        }
        return changed(a, p, staff, caller).chain(() -> {
            detail.put("method", p.method().name());
            switch (p.method()) {
                case POST -> {
                    // signed for: after a DISPATCH the waybill is known; else it is given now
                    if (a.dispatchedAt == null) {
                        post(a, p, detail);
                        a.dispatchedAt = CaseRecorder.now();
                    }
                    a.signedForAt = CaseRecorder.now();
                    detail.put("waybillNumber", a.waybillNumber);
                }
                case WINDOW -> {
                    return windowLocation(staff, null).chain(location ->
                            visit(a, guide, staff, location, ApplicationVisit.Purpose.PICKUP, trim(r.visitReason()), caller.ip()));
                }
                case ELECTRONIC -> { }
            }
            return Uni.createFrom().voidItem();
        });
    }

    private static String firstOf(String given, String recorded) {
        return given != null ? given : recorded;
    }

    private static void bound(List<Violation> violations, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            violations.add(Violation.of(field, "field.too-long", max));
        }
    }

    /**
     * Where a window officer works; with a guide, also checks that the item may be accepted there
     * (any item at the bureau's window, city-wide items at every service centre).
     */
    private Uni<Location> windowLocation(Account staff, Guide guide) {
        return locations.resolve(staff.serviceLocation).map(found -> {
            Location location = found.orElseThrow(() -> new ProblemException(403, "no-service-location",
                    "problem.no-service-location.detail", List.of(), List.of()));
            if (guide != null && !LocationService.mayAccept(location, guide.cityWideEnabled())) {
                throw new ProblemException(403, "not-city-wide", "problem.not-city-wide.detail", List.of(location.name()), List.of());
            }
            return location;
        });
    }

    /** The actors a staff caller can be on this case: their roles, and the applicant's proxy for a walk-in draft. */
    static List<Procedure.Actor> actors(Caller caller, Application a) {
        List<Procedure.Actor> actors = Moves.actors(caller, false);
        if (a.state == ApplicationState.DRAFT && a.channel != Channel.ONLINE && caller.holds(Role.WINDOW)) {
            actors.add(Procedure.APPLICANT);
        }
        return actors;
    }

    /** Staff see every case except drafts still being written online by the applicant. */
    static Application found(Application a) {
        if (a == null || (a.state == ApplicationState.DRAFT && a.channel == Channel.ONLINE)) {
            throw ProblemException.notFound("problem.not-found.application");
        }
        return a;
    }

    private static void require(String value, String field) {
        if (value == null) {
            throw ProblemException.unprocessable("incomplete-action", List.of(Violation.of(field, "field.required")));
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
