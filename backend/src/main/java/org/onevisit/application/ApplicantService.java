package org.onevisit.application;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onevisit.application.ApplicationRequests.ApplicantMove;
import org.onevisit.application.ApplicationRequests.NewApplication;
import org.onevisit.application.ApplicationRequests.Update;
import org.onevisit.catalog.CatalogService;
import org.onevisit.catalog.FormValidator;
import org.onevisit.catalog.Guide;
import org.onevisit.identity.Account;
import org.onevisit.identity.AccountRepository;
import org.onevisit.identity.Masking;
import org.onevisit.platform.JsonText;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.Violation;
import org.onevisit.workday.CalendarService;

/** The applicant's side of a case: draft, form, submission, correction, withdrawal. */
@ApplicationScoped
public class ApplicantService {

    /** States in which the applicant may change the form and the materials. */
    static final Set<ApplicationState> EDITABLE = Set.of(ApplicationState.DRAFT, ApplicationState.CORRECTION_REQUIRED);

    private final ApplicationRepository applications;
    private final AccountRepository accounts;
    private final ApplicationNumbers numbers;
    private final CaseRecorder recorder;
    private final CaseViews views;
    private final CaseQueries queries;
    private final CatalogService catalog;
    private final CalendarService calendars;
    private final IdempotencyKeys idempotency;
    private final CaseClock clock;
    private final JsonText json;

    public ApplicantService(ApplicationRepository applications, AccountRepository accounts, ApplicationNumbers numbers,
                            CaseRecorder recorder, CaseViews views, CaseQueries queries, CatalogService catalog,
                            CalendarService calendars, IdempotencyKeys idempotency, CaseClock clock, JsonText json) {
        this.applications = applications;
        this.accounts = accounts;
        this.numbers = numbers;
        this.recorder = recorder;
        this.views = views;
        this.queries = queries;
        this.catalog = catalog;
        this.calendars = calendars;
        this.idempotency = idempotency;
        this.clock = clock;
        this.json = json;
    }

    /** A new draft for the caller (an enterprise or a citizen), answered 201. */
    public Uni<Answer> create(Caller caller, NewApplication request, String idempotencyKey) {
        if (request == null || request.itemCode() == null || request.itemCode().isBlank()) {
            return Uni.createFrom().failure(ProblemException.unprocessable("invalid-application",
                    List.of(Violation.of("itemCode", "field.required"))));
        }
        return catalog.current().chain(c -> {
            Guide guide = c.find(request.itemCode().trim()).orElse(null);
            return Panache.withTransaction(() -> idempotency.claim(caller.id(), idempotencyKey, "create")
                    .chain(stored -> stored.isPresent() ? Uni.createFrom().item(Answer.replay(stored.get()))
                            : accounts.findById(caller.id()).chain(applicant -> {
                                checkApplicable(guide, applicant, request.itemCode(), true);
                                Map<String, Object> data = json.object(request.formData());
                                List<Violation> violations = FormValidator.validate(guide.form(), data, false);
                                if (request.delivery() != null) {
                                    violations.addAll(DeliveryChoices.check(guide, request.delivery()));
                                }
                                if (!violations.isEmpty()) {
                                    throw ProblemException.unprocessable("invalid-form", violations);
                                }
                                return draft(guide, applicant, applicant, Channel.ONLINE, data, request.delivery())
                                        .chain(a -> recorder.record(a, applicant, "APPLICANT", "CREATE", null, null, null,
                                                        caller.ip())
                                                .chain(() -> answer(a, caller, 201, idempotencyKey)));
                            })));
        });
    }

    /**
     * What a new draft of the item would be given from the caller's account (the form's known fields), and
     * a suggestion for a postal delivery, so that the apply wizard shows them before the first save.
     */
    public Uni<Prefilled> prefill(Caller caller, String itemCode) {
        if (itemCode == null || itemCode.isBlank()) {
            return Uni.createFrom().failure(ProblemException.unprocessable("invalid-application",
                    List.of(Violation.of("itemCode", "field.required"))));
        }
        return catalog.current().chain(c -> Panache.withSession(() -> accounts.findById(caller.id())).map(applicant -> {
            Guide guide = c.find(itemCode.trim()).orElse(null);
            checkApplicable(guide, applicant, itemCode, true);
            String recipient = applicant.kind == Account.Kind.ENTERPRISE ? applicant.contactName : applicant.name;
            Guide.Delivery only = DeliveryChoices.only(guide);
            return new Prefilled(json.tree(json.write(Prefill.fill(guide.form(), applicant, Map.of()))),
                    new ApplicationRequests.DeliveryChoice(only, applicant.address, recipient, applicant.mobile, null));
        }));
    }

    /** The prefilled form of a new draft and the suggested delivery details. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ApplicationPrefill")
    public record Prefilled(com.fasterxml.jackson.databind.JsonNode formData, ApplicationRequests.DeliveryChoice delivery) {}

    /** A new draft case under the guide in force (used for online drafts and walk-ins). */
    Uni<Application> draft(Guide guide, Account applicant, Account createdBy, Channel channel, Map<String, Object> data) {
        return draft(guide, applicant, createdBy, channel, data, null);
    }

    /**
     * A new draft, its form completed with what the applicant's account knows ({@link Prefill}), with the
     * delivery chosen (checked by the caller), or the guide's only method.
     */
    Uni<Application> draft(Guide guide, Account applicant, Account createdBy, Channel channel, Map<String, Object> data,
                           ApplicationRequests.DeliveryChoice delivery) {
        LocalDate today = calendars.today();
        return numbers.next(today).chain(number -> {
            Application a = new Application();
            a.id = UUID.randomUUID();
            a.number = number;
            a.checkCode = CheckCodes.next();
            a.applicantId = applicant.id;
            a.applicantName = applicant.name;
            a.applicantIdentifier = applicant.kind == Account.Kind.CITIZEN ? Masking.idNumber(applicant.idNumber)
                    : applicant.creditCode;
            a.itemCode = guide.code();
            a.itemVersion = guide.version();
            a.itemName = guide.name();
            a.state = ApplicationState.DRAFT;
            a.channel = channel;
            a.formData = json.write(Prefill.fill(guide.form(), applicant, data));
            Guide.Delivery only = DeliveryChoices.only(guide);
            a.deliveryMethod = only == null ? null : only.name();
            if (delivery != null) {
                DeliveryChoices.store(a, delivery);
            }
            a.createdBy = createdBy.id;
            a.createdAt = CaseRecorder.now();
            a.updatedAt = a.createdAt;
            return applications.persist(a);
        });
    }

    /**
     * Refuses an item the applicant cannot apply for: unknown, not in force, not online (when applying
     * online), or meant for the other kind of applicant.
     */
    static void checkApplicable(Guide guide, Account applicant, String itemCode, boolean online) {
        if (guide == null) {
            throw ProblemException.unprocessable("invalid-application", List.of(Violation.of("itemCode", "application.item.unknown", itemCode)));
        }
        if (guide.status() != Guide.ItemStatus.ACTIVE) {
            throw ProblemException.unprocessable("invalid-application", List.of(Violation.of("itemCode", "application.item.suspended")));
        }
        if (online && !guide.online()) {
            throw ProblemException.unprocessable("invalid-application", List.of(Violation.of("itemCode", "application.item.not-online")));
        }
        Guide.ServiceObject object = applicant.kind == Account.Kind.ENTERPRISE ? Guide.ServiceObject.LEGAL_PERSON
                : Guide.ServiceObject.NATURAL_PERSON;
        if (applicant.kind == Account.Kind.STAFF || !guide.serviceObjects().contains(object)) {
            throw ProblemException.unprocessable("invalid-application", List.of(Violation.of("itemCode", "application.item.applicant-kind")));
        }
    }

    @WithSession
    public Uni<ApplicationPage> list(Caller caller, ApplicationState state, int page, int size) {
        return views.summarizer().chain(summarize -> applications.ofApplicant(caller.id(), state, page, size)
                .chain(list -> applications.countOfApplicant(caller.id(), state)
                        .map(total -> new ApplicationPage(list.stream().map(summarize).toList(), total, page, size, null))));
    }

    @WithSession
    public Uni<ApplicationView> get(Caller caller, UUID id) {
        return applications.findById(id).chain(a -> views.view(own(a, caller), Moves.actors(caller, true)));
    }

    /** Saves the form of a draft, or of a case sent back for correction. */
    public Uni<ApplicationView> update(Caller caller, UUID id, Update request) {
        return Panache.withTransaction(() -> applications.lock(id)
                .chain(found -> saveForm(own(found, caller), request).chain(a -> views.view(a, Moves.actors(caller, true)))));
    }

    /**
     * Checks the version and the format of every field, then stores the form of an editable case (locked
     * by the caller, within its transaction): by its applicant, or by the window for a walk-in.
     */
    Uni<Application> saveForm(Application a, Update request) {
        checkVersion(a, request == null ? null : request.version());
        requireEditable(a);
        return catalog.version(a.itemCode, a.itemVersion).chain(guide -> {
            // no form in the request (e.g. only the delivery chosen): the form stays as it is
            Map<String, Object> data = json.object(request == null || request.formData() == null ? null : request.formData());
            boolean keepForm = request != null && request.formData() == null && request.delivery() != null;
            List<Violation> violations = new ArrayList<>(keepForm ? List.of() : FormValidator.validate(guide.form(), data, false));
            ApplicationRequests.DeliveryChoice delivery = request == null ? null : request.delivery();
            if (delivery != null) {
                violations.addAll(DeliveryChoices.check(guide, delivery));
            }
            if (!violations.isEmpty()) {
                throw ProblemException.unprocessable("invalid-form", violations);
            }
            if (delivery != null) {
                DeliveryChoices.store(a, delivery);
            }
            if (!keepForm) {
                a.formData = json.write(data);
            }
            a.updatedAt = CaseRecorder.now();
            return applications.flush().replaceWith(a);
        });
    }

    public Uni<Answer> submit(Caller caller, UUID id, ApplicantMove move, String idempotencyKey) {
        return applicantMove(caller, id, move, idempotencyKey, Action.SUBMIT);
    }

    public Uni<Answer> resubmit(Caller caller, UUID id, ApplicantMove move, String idempotencyKey) {
        return applicantMove(caller, id, move, idempotencyKey, Action.RESUBMIT);
    }

    public Uni<Answer> withdraw(Caller caller, UUID id, ApplicantMove move, String idempotencyKey) {
        return applicantMove(caller, id, move, idempotencyKey, Action.WITHDRAW);
    }

    private Uni<Answer> applicantMove(Caller caller, UUID id, ApplicantMove move, String idempotencyKey, Action action) {
        return Panache.withTransaction(() -> idempotency.claim(caller.id(), idempotencyKey, action + " " + id)
                .chain(stored -> stored.isPresent() ? Uni.createFrom().item(Answer.replay(stored.get()))
                        : applications.lock(id).chain(found -> {
                            Application a = own(found, caller);
                            checkVersion(a, move == null ? null : move.version());
                            return accounts.findById(caller.id())
                                    .chain(applicant -> move(a, applicant, action, move == null ? null : move.comment(),
                                            caller.ip(), List.of(Procedure.APPLICANT)))
                                    .chain(() -> answer(a, caller, 200, idempotencyKey));
                        })));
    }

    /**
     * Makes an applicant's move (also on behalf of a walk-in applicant): submission checks everything at
     * once; a resubmission ends the correction's pause; a withdrawal ends any pause.
     */
    Uni<Void> move(Application a, Account actor, Action action, String comment, String ip, List<Procedure.Actor> actors) {
        Moves.Made made = Moves.decide(a.state, action, actors, false, false);
        ApplicationState from = a.state;
        Uni<Void> checked = action == Action.WITHDRAW ? Uni.createFrom().voidItem() : checkComplete(a);
        return checked.chain(() -> {
            a.state = made.to();
            a.updatedAt = CaseRecorder.now();
            if (action != Action.WITHDRAW) {
                a.submittedAt = a.updatedAt;
            }
            return clock.resume(a);
        }).chain(() -> recorder.record(a, actor, Moves.roleName(made.actor()), action.name(), from, comment, null, ip))
                .chain(applications::flush);
    }

    /** Every required field and material at once (422 listing all that is missing). */
    private Uni<Void> checkComplete(Application a) {
        return catalog.version(a.itemCode, a.itemVersion).chain(guide -> queries.suppliedMaterials(a.id).map(materials -> {
            List<Violation> violations = new ArrayList<>(FormValidator.validate(guide.form(), json.object(a.formData), true));
            if (a.deliveryMethod == null && a.channel == Channel.ONLINE) {
                violations.add(Violation.of("delivery.method", "application.delivery.missing"));
            }
            Set<String> uploaded = new java.util.HashSet<>();
            materials.forEach(m -> uploaded.add(m.materialCode));
            for (Guide.Material material : guide.materials()) {
                if (material.required() && !uploaded.contains(material.code())) {
                    violations.add(Violation.of("materials." + material.code(), "application.material.missing", material.name()));
                }
            }
            if (a.state == ApplicationState.CORRECTION_REQUIRED) {
                violations.addAll(Corrections.unanswered(views.correctionItems(a), materials, a.correctionRequestedAt));
            }
            if (!violations.isEmpty()) {
                throw ProblemException.unprocessable("incomplete-application", violations);
            }
            return null;
        }));
    }

    private Uni<Answer> answer(Application a, Caller caller, int status, String idempotencyKey) {
        return views.view(a, Moves.actors(caller, true)).chain(view -> {
            String body = json.write(view);
            return idempotency.complete(caller.id(), idempotencyKey, status, body).replaceWith(new Answer(status, body, false));
        });
    }

    /** The caller's own case; anyone else's is "not found" (never "forbidden": that would confirm it exists). */
    static Application own(Application a, Caller caller) {
        if (a == null || !a.applicantId.equals(caller.id())) {
            throw ProblemException.notFound("problem.not-found.application");
        }
        return a;
    }

    static void checkVersion(Application a, Long version) {
        if (version != null && version != a.version) {
            throw new ProblemException(409, "stale-version", "problem.stale-version.detail", List.of(a.version), List.of());
        }
    }

    static void requireEditable(Application a) {
        if (!EDITABLE.contains(a.state)) {
            throw new ProblemException(409, "not-editable", "problem.not-editable.detail", List.of(a.state.name()), List.of());
        }
    }


    /** A response body with its status; {@code replayed} when it is the stored answer to a repeated key. */
    public record Answer(int status, String body, boolean replayed) {

        static Answer replay(IdempotencyRecord stored) {
            return new Answer(stored.status(), stored.body(), true);
        }
    }
}
