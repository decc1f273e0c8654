package org.onevisit.evaluation;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.LockMode;
import org.onevisit.application.Application;
import org.onevisit.application.ApplicationRepository;
import org.onevisit.application.ApplicationState;
import org.onevisit.application.Caller;
import org.onevisit.application.CaseRecorder;
import org.onevisit.application.Channel;
import org.onevisit.evaluation.EvaluationRequests.Rating;
import org.onevisit.evaluation.EvaluationView.RectificationView;
import org.onevisit.identity.AccountRepository;
import org.onevisit.platform.JsonText;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.Violation;
import org.onevisit.workday.CalendarService;

/**
 * Service evaluation (好差评): one rating per case, after its end, by its applicant (or collected at the
 * window for a walk-in); a bad one opens a rectification task with a working-day deadline, and the
 * applicant may appeal the bureau's answer once.
 */
@ApplicationScoped
public class EvaluationService {

    /** A case may be rated once it has ended with a result or a refusal. */
    static final Set<ApplicationState> RATEABLE = Set.of(ApplicationState.COMPLETED, ApplicationState.NOT_ACCEPTED,
            ApplicationState.DENIED);
    static final Set<String> DIMENSIONS = Set.of("efficiency", "guideAccuracy", "convenience", "attitude");
    private static final int COMMENT_MAX = 500;

    private final EvaluationRepository evaluations;
    private final ApplicationRepository applications;
    private final AccountRepository accounts;
    private final CaseRecorder recorder;
    private final CalendarService calendars;
    private final EvaluationConfig config;
    private static final TypeReference<Map<String, Integer>> GRADES_BY_DIMENSION = new TypeReference<>() { };

    private final JsonText json;

    public EvaluationService(EvaluationRepository evaluations, ApplicationRepository applications, AccountRepository accounts,
                             CaseRecorder recorder, CalendarService calendars, EvaluationConfig config, JsonText json) {
        this.evaluations = evaluations;
        this.applications = applications;
        this.accounts = accounts;
        this.recorder = recorder;
        this.calendars = calendars;
        this.config = config;
        this.json = json;
    }

    public EvaluationView.Scale scale() {
        List<EvaluationView.Grade> grades = new ArrayList<>();
        for (int g = 5; g >= 1; g--) {
            grades.add(new EvaluationView.Grade(g, label(g), g <= 2));
        }
        return new EvaluationView.Scale(grades, config.rectificationDays());
    }

    /** Rates a case: by its applicant online, or (byWindow) collected by a window officer for a walk-in case. */
    public Uni<EvaluationView> rate(Caller caller, UUID applicationId, Rating rating, boolean byWindow) {
        Map<String, Integer> dimensions = check(rating);
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.find(Application.class, applicationId, LockMode.PESSIMISTIC_WRITE))
                .chain(a -> {
                    if (a == null || (!byWindow && !a.applicantId.equals(caller.id()))
                            || (byWindow && a.channel == Channel.ONLINE)) {
                        throw ProblemException.notFound("problem.not-found.application");
                    }
                    if (!RATEABLE.contains(a.state)) {
                        throw new ProblemException(409, "not-rateable", "problem.not-rateable.detail", List.of(a.state.name()), List.of());
                    }
                    return evaluations.ofApplication(a.id).chain(existing -> {
                        if (existing != null) {
                            throw new ProblemException(409, "already-rated", "problem.already-rated.detail", List.of(), List.of());
                        }
                        Evaluation e = new Evaluation();
                        e.id = UUID.randomUUID();
                        e.applicationId = a.id;
                        e.applicantId = a.applicantId;
                        e.grade = rating.grade();
                        e.comment = trim(rating.comment());
                        e.dimensions = dimensions.isEmpty() ? null : json.write(dimensions);
                        e.channel = byWindow ? "WINDOW" : "ONLINE";
                        e.collectedBy = byWindow ? caller.id() : null;
                        e.createdAt = now();
                        Uni<Rectification> task = e.bad() ? openTask(e) : Uni.createFrom().nullItem();
                        return Panache.getSession().chain(s -> s.persist(e))
                                .chain(() -> task)
                                .call(() -> accounts.findById(caller.id()).chain(actor -> recorder.record(a, actor,
                                        byWindow ? "WINDOW" : "APPLICANT", "EVALUATE", a.state, e.comment,
                                        recorder.detail().put("grade", e.grade).put("label", label(e.grade)), caller.ip())))
                                .map(t -> view(e, t, a.number));
                    });
                }));
    }

    private Uni<Rectification> openTask(Evaluation e) {
        return calendars.calendar().chain(calendar -> {
            Rectification r = new Rectification();
            r.id = UUID.randomUUID();
            r.evaluationId = e.id;
            r.applicationId = e.applicationId;
            r.state = Rectification.State.OPEN;
            r.dueDate = calendar.addWorkingDays(calendars.today(), config.rectificationDays());
            r.createdAt = e.createdAt;
            return Panache.getSession().chain(s -> s.persist(r)).replaceWith(r);
        });
    }

    /** The applicant's view of their case's rating (404 if none, or not theirs). */
    @WithSession
    public Uni<EvaluationView> get(Caller caller, UUID applicationId) {
        return applications.findById(applicationId).chain(a -> {
            if (a == null || !a.applicantId.equals(caller.id())) {
                throw ProblemException.notFound("problem.not-found.application");
            }
            return evaluations.ofApplication(a.id).chain(e -> e == null ? Uni.createFrom().<EvaluationView>nullItem()
                    : evaluations.taskOf(e.id).map(t -> view(e, t, a.number)));
        });
    }

    /** The applicant appeals the bureau's answer to their bad review, once. */
    public Uni<EvaluationView> appeal(Caller caller, UUID applicationId, EvaluationRequests.Appeal appeal) {
        String reason = appeal == null ? null : trim(appeal.reason());
        if (reason == null || reason.length() > COMMENT_MAX) {
            return Uni.createFrom().failure(ProblemException.unprocessable("invalid-appeal",
                    List.of(reason == null ? Violation.of("reason", "field.required") : Violation.of("reason", "field.too-long", COMMENT_MAX))));
        }
        return Panache.withTransaction(() -> applications.findById(applicationId).chain(a -> {
            if (a == null || !a.applicantId.equals(caller.id())) {
                throw ProblemException.notFound("problem.not-found.application");
            }
            return evaluations.ofApplication(a.id).chain(e -> e == null ? Uni.createFrom().nullItem() : evaluations.taskOf(e.id)
                    .map(t -> {
                        if (t == null) {
                            throw ProblemException.notFound("problem.not-found.rectification");
                        }
                        if (t.state != Rectification.State.RESPONDED) {
                            throw new ProblemException(409, "not-appealable", "problem.not-appealable.detail", List.of(), List.of());
                        }
                        t.state = Rectification.State.APPEALED;
                        t.appeal = reason;
                        t.appealedAt = now();
                        return view(e, t, a.number);
                    })).map(v -> {
                        if (v == null) {
                            throw ProblemException.notFound("problem.not-found.evaluation");
                        }
                        return v;
                    });
        }));
    }

    @WithSession
    public Uni<EvaluationView.Page> tasks(Rectification.State state, boolean overdueOnly, int page, int size) {
        LocalDate today = calendars.today();
        return evaluations.tasks(state, overdueOnly, today, page, size).chain(rows -> evaluations.countTasks(state, overdueOnly, today)
                .chain(total -> evaluations.countTasks(null, true, today)
                        .map(overdue -> new EvaluationView.Page(rows.stream().map(r -> task(r.task(), r.evaluation(), r.number(), today)).toList(),
                                total, overdue, page, size))));
    }

    /** Records the callback to the applicant (回访). */
    public Uni<RectificationView> callback(Caller caller, UUID taskId, EvaluationRequests.Callback callback) {
        String note = callback == null ? null : trim(callback.note());
        if (note == null || note.length() > 1000) {
            return Uni.createFrom().failure(ProblemException.unprocessable("invalid-callback",
                    List.of(note == null ? Violation.of("note", "field.required") : Violation.of("note", "field.too-long", 1000))));
        }
        return Panache.withTransaction(() -> lockedTask(taskId).chain(found -> {
            Rectification t = found.task();
            if (t.state == Rectification.State.CLOSED) {
                throw new ProblemException(409, "task-closed", "problem.task-closed.detail", List.of(), List.of());
            }
            t.callbackAt = now();
            t.callbackNote = note;
            t.callbackBy = caller.id();
            return Uni.createFrom().item(task(t, found.evaluation(), found.number(), calendars.today()));
        }));
    }

    /** The bureau's rectification or explanation; after an appeal the second answer closes the task. */
    public Uni<RectificationView> respond(Caller caller, UUID taskId, EvaluationRequests.Response request) {
        List<Violation> violations = new ArrayList<>();
        if (request == null || request.outcome() == null) {
            violations.add(Violation.of("outcome", "field.required"));
        }
        String text = request == null ? null : trim(request.response());
        if (text == null) {
            violations.add(Violation.of("response", "field.required"));
        } else if (text.length() > 2000) {
            violations.add(Violation.of("response", "field.too-long", 2000));
        }
        if (request == null || request.version() == null) {
            violations.add(Violation.of("version", "field.required"));
        }
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.unprocessable("invalid-response", violations));
        }
        return Panache.withTransaction(() -> lockedTask(taskId).chain(found -> {
            Rectification t = found.task();
            if (t.version != request.version()) {
                throw new ProblemException(409, "stale-version", "problem.stale-version.detail", List.of(t.version), List.of());
            }
            if (t.state != Rectification.State.OPEN && t.state != Rectification.State.APPEALED) {
                throw new ProblemException(409, "task-closed", "problem.task-closed.detail", List.of(), List.of());
            }
            LocalDate today = calendars.today();
            if (t.state == Rectification.State.OPEN) {
                t.onTime = !today.isAfter(t.dueDate);
                t.state = Rectification.State.RESPONDED;
            } else {
                t.state = Rectification.State.CLOSED;
            }
            t.outcome = request.outcome();
            t.response = text;
            t.respondedAt = now();
            t.respondedBy = caller.id();
            return applications.findById(t.applicationId).chain(a -> accounts.findById(caller.id())
                    .chain(actor -> recorder.record(a, actor, "STAFF", "RECTIFICATION_" + t.outcome, a.state, text, null, caller.ip())))
                    .map(v -> task(t, found.evaluation(), found.number(), today));
        }));
    }

    private Uni<EvaluationRepository.TaskRow> lockedTask(UUID id) {
        return Panache.getSession().chain(s -> s.find(Rectification.class, id, LockMode.PESSIMISTIC_WRITE))
                .chain(t -> {
                    if (t == null) {
                        throw ProblemException.notFound("problem.not-found.rectification");
                    }
                    return evaluations.findById(t.evaluationId).chain(e -> applications.findById(t.applicationId)
                            .map(a -> new EvaluationRepository.TaskRow(t, e, a.number)));
                });
    }

    private EvaluationView view(Evaluation e, Rectification t, String number) {
        return new EvaluationView(e.grade, label(e.grade), e.comment, dimensions(e.dimensions), e.channel, e.createdAt,
                t == null ? null : task(t, e, number, calendars.today()));
    }

    static RectificationView task(Rectification t, Evaluation e, String number, LocalDate today) {
        boolean overdue = (t.state == Rectification.State.OPEN && today.isAfter(t.dueDate));
        return new RectificationView(t.id, t.applicationId, number, t.state, t.dueDate, overdue, e.grade, e.comment,
                t.callbackAt, t.callbackNote, t.outcome, t.response, t.respondedAt, t.onTime, t.appeal, t.appealedAt, t.version);
    }

    private String label(int grade) {
        List<String> labels = config.labels();
        return grade >= 1 && grade <= labels.size() ? labels.get(grade - 1) : String.valueOf(grade);
    }

    private static Map<String, Integer> check(Rating rating) {
        List<Violation> violations = new ArrayList<>();
        if (rating == null || rating.grade() == null) {
            violations.add(Violation.of("grade", "field.required"));
        } else if (rating.grade() < 1 || rating.grade() > 5) {
            violations.add(Violation.of("grade", "param.range", 1, 5));
        }
        if (rating != null && rating.comment() != null && rating.comment().length() > COMMENT_MAX) {
            violations.add(Violation.of("comment", "field.too-long", COMMENT_MAX));
        }
        Map<String, Integer> dimensions = new LinkedHashMap<>();
        if (rating != null && rating.dimensions() != null) {
            rating.dimensions().forEach((key, value) -> {
                if (!DIMENSIONS.contains(key)) {
                    violations.add(Violation.of("dimensions." + key, "form.unknown"));
                } else if (value == null || value < 1 || value > 5) {
                    violations.add(Violation.of("dimensions." + key, "param.range", 1, 5));
                } else {
                    dimensions.put(key, value);
                }
            });
        }
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable("invalid-rating", violations);
        }
        return dimensions;
    }

    private Map<String, Integer> dimensions(String text) {
        return text == null ? Map.of() : json.read(text, GRADES_BY_DIMENSION);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
