package org.onevisit.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.onevisit.audit.AuditEntry;
import org.onevisit.audit.AuditService;
import org.onevisit.identity.Account;
import org.onevisit.identity.AuthService;
import org.onevisit.notification.NotificationService;

/**
 * Writes down every step of a case, in the caller's transaction (全过程记录): the case's timeline,
 * the audit trail, and a message to the applicant whenever the case changes state.
 */
@ApplicationScoped
public class CaseRecorder {

    /** What the applicant is told, by action (the app words it in the reader's language from the event). */
    /** The applicant's message for an ACCEPT that approved an immediate item on the spot: not "under review". */
    static final String ACCEPT_AND_APPROVE = "ACCEPT_AND_APPROVE";
    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("WALK_IN", "窗口工作人员已为您登记申请。"),
            Map.entry("SUBMIT", "已提交，等待窗口受理（5 个工作日内）。"),
            Map.entry("RESUBMIT", "补正材料已提交，等待窗口受理。"),
            Map.entry("WITHDRAW", "已撤回。"),
            Map.entry("ACCEPT", "已受理，进入审查。"),
            Map.entry(ACCEPT_AND_APPROVE, "已受理并当场准予（即办件），等待送达结果。"),
            Map.entry("NOT_ACCEPT", "不予受理，请查看不予受理通知书。"),
            Map.entry("REQUEST_CORRECTION", "需要补正材料，请按一次性告知书补正后重新提交。"),
            Map.entry("RECOMMEND", "审查完成，等待决定。"),
            Map.entry("APPROVE", "已准予许可/办结审批，等待送达结果。"),
            Map.entry("DENY", "不予许可，请查看决定书及救济途径。"),
            Map.entry("DISPATCH", "结果已通过邮政寄出，请留意查收。"),
            Map.entry("DELIVER", "结果已送达，办件已办结。"),
            Map.entry("START_SPECIAL_PROCEDURE", "进入特别程序（不计入办理时限）。"),
            Map.entry("END_SPECIAL_PROCEDURE", "特别程序结束，恢复计时。"),
            Map.entry("WAIVE_VISIT", "窗口已核实，本事项无需您再到现场。"));

    /** Steps the applicant hears of although the case keeps its state. */
    private static final Set<String> NOTIFIED_WITHOUT_STATE_CHANGE = Set.of("WALK_IN", "DISPATCH", "START_SPECIAL_PROCEDURE",
            "END_SPECIAL_PROCEDURE", "WAIVE_VISIT");

    /** Steps whose message (and SMS) tells the applicant the case's check code for the public lookup. */
    private static final Set<String> CHECK_CODE_TOLD = Set.of("SUBMIT", "WALK_IN");

    private final AuditService audit;
    private final NotificationService notifications;
    private final ObjectMapper mapper;

    public CaseRecorder(AuditService audit, NotificationService notifications, ObjectMapper mapper) {
        this.audit = audit;
        this.notifications = notifications;
        this.mapper = mapper;
    }

    public ObjectNode detail() {
        return mapper.createObjectNode();
    }

    /** Records a step by {@code actor}, acting as {@code role} (APPLICANT or a staff role). */
    public Uni<Void> record(Application a, Account actor, String role, String action, ApplicationState from,
                            String comment, ObjectNode detail, String ip) {
        ApplicationEvent e = new ApplicationEvent();
        e.applicationId = a.id;
        e.occurredAt = now();
        e.actorId = actor.id;
        e.actorName = actor.name;
        e.actorRole = role;
        e.action = action;
        e.fromState = from == null ? null : from.name();
        e.toState = a.state.name();
        e.comment = comment;
        e.clientIp = ip;
        e.detail = detail == null || detail.isEmpty() ? null : detail.toString();
        String target = a.number + " " + a.itemCode + (from == null || from == a.state ? "" : " " + from + "->" + a.state);
        Uni<Void> written = Panache.getSession().chain(s -> s.persist(e))
                .chain(() -> audit.record(new AuditEntry(actor.id, AuthService.actorName(actor), "CASE_" + action,
                        target, ip, AuditEntry.Result.SUCCESS, comment == null ? null : abbreviate(comment))));
        String event = "ACCEPT".equals(action) && a.state == ApplicationState.APPROVED ? ACCEPT_AND_APPROVE : action;
        String message = MESSAGES.get(event);
        if (message == null || (from == a.state && !NOTIFIED_WITHOUT_STATE_CHANGE.contains(action))) {
            return written;
        }
        // an acceptance tells the applicant when the one visit happens and what to bring (VisitPromise)
        String visitNotice = detail == null || !detail.hasNonNull("visitNotice") ? "" : detail.get("visitNotice").asText();
        return written.chain(() -> notifications.notify(a.applicantId, a.id, event, "办件 " + a.number + "（" + a.itemName + "）",
                (CHECK_CODE_TOLD.contains(event) ? message + "查询码：" + a.checkCode + "。" : message) + visitNotice));
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
