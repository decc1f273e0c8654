package org.onevisit.application;

import static org.onevisit.application.ApplicationState.APPROVED;
import static org.onevisit.application.ApplicationState.COMPLETED;
import static org.onevisit.application.ApplicationState.CORRECTION_REQUIRED;
import static org.onevisit.application.ApplicationState.DENIED;
import static org.onevisit.application.ApplicationState.DRAFT;
import static org.onevisit.application.ApplicationState.NOT_ACCEPTED;
import static org.onevisit.application.ApplicationState.PENDING_DECISION;
import static org.onevisit.application.ApplicationState.SUBMITTED;
import static org.onevisit.application.ApplicationState.UNDER_REVIEW;
import static org.onevisit.application.ApplicationState.WITHDRAWN;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.onevisit.identity.Role;

/**
 * The procedure of a case as a state machine (Administrative Licensing Law): who may do what in
 * which state, and where it leads. Anything not in the table is an invalid move (409); the right
 * move by the wrong role is refused (403).
 *
 * <pre>
 * DRAFT --SUBMIT--> SUBMITTED --ACCEPT(WINDOW)--> UNDER_REVIEW --RECOMMEND(REVIEWER)--> PENDING_DECISION
 *                             --NOT_ACCEPT(WINDOW)--> NOT_ACCEPTED
 *                             --REQUEST_CORRECTION(WINDOW)--> CORRECTION_REQUIRED --RESUBMIT--> SUBMITTED
 * PENDING_DECISION --APPROVE(APPROVER)--> APPROVED --DELIVER(WINDOW)--> COMPLETED
 *                                                    (by post: DISPATCH with the waybill, then DELIVER when signed for)
 *                  --DENY(APPROVER)--> DENIED
 * an immediate item (即办件): ACCEPT may approve at once (SUBMITTED → APPROVED, the same day)
 * special procedures (site inspection, expert review, hearing) pause the clock during review
 * the applicant may WITHDRAW any undecided case
 * </pre>
 */
public final class Procedure {

    /** Who moves a case: its applicant, or staff holding a role. */
    public sealed interface Actor permits Applicant, Staff {}

    public record Applicant() implements Actor {}

    public record Staff(Role role) implements Actor {}

    public static final Actor APPLICANT = new Applicant();

    private record Move(Actor actor, ApplicationState to) {}

    private static final Map<ApplicationState, Map<Action, Move>> TABLE = new EnumMap<>(ApplicationState.class);

    static {
        allow(DRAFT, Action.SUBMIT, APPLICANT, SUBMITTED);
        allow(CORRECTION_REQUIRED, Action.RESUBMIT, APPLICANT, SUBMITTED);
        allow(SUBMITTED, Action.ACCEPT, new Staff(Role.WINDOW), UNDER_REVIEW);
        allow(SUBMITTED, Action.NOT_ACCEPT, new Staff(Role.WINDOW), NOT_ACCEPTED);
        allow(SUBMITTED, Action.REQUEST_CORRECTION, new Staff(Role.WINDOW), CORRECTION_REQUIRED);
        allow(UNDER_REVIEW, Action.RECOMMEND, new Staff(Role.REVIEWER), PENDING_DECISION);
        allow(UNDER_REVIEW, Action.START_SPECIAL_PROCEDURE, new Staff(Role.REVIEWER), UNDER_REVIEW);
        allow(UNDER_REVIEW, Action.END_SPECIAL_PROCEDURE, new Staff(Role.REVIEWER), UNDER_REVIEW);
        allow(PENDING_DECISION, Action.APPROVE, new Staff(Role.APPROVER), APPROVED);
        allow(PENDING_DECISION, Action.DENY, new Staff(Role.APPROVER), DENIED);
        allow(APPROVED, Action.DISPATCH, new Staff(Role.WINDOW), APPROVED);
        allow(APPROVED, Action.DELIVER, new Staff(Role.WINDOW), COMPLETED);
        for (ApplicationState state : ApplicationState.UNDECIDED) {
            allow(state, Action.WITHDRAW, APPLICANT, WITHDRAWN);
        }
    }

    private Procedure() {
    }

    private static void allow(ApplicationState from, Action action, Actor actor, ApplicationState to) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(Action.class)).put(action, new Move(actor, to));
    }

    /** The outcome of asking to make a move. */
    public sealed interface Outcome permits Allowed, WrongActor, InvalidMove {}

    /** The move is made: the case goes to {@code to}. */
    public record Allowed(ApplicationState to) implements Outcome {}

    /** The move exists in this state, but belongs to someone else (403). */
    public record WrongActor(Actor expected) implements Outcome {}

    /** No such move from this state (409). */
    public record InvalidMove() implements Outcome {}

    /**
     * Decides a move. {@code immediateItem}: an ACCEPT of a 即办件 with {@code approveNow} approves at once.
     */
    public static Outcome decide(ApplicationState from, Action action, Actor actor, boolean immediateItem,
                                 boolean approveNow) {
        Move move = Optional.ofNullable(TABLE.get(from)).map(m -> m.get(action)).orElse(null);
        if (move == null) {
            return new InvalidMove();
        }
        if (!move.actor().equals(actor)) {
            return new WrongActor(move.actor());
        }
        if (action == Action.ACCEPT && approveNow) {
            return immediateItem ? new Allowed(APPROVED) : new InvalidMove();
        }
        return new Allowed(move.to());
    }

    /** The actions an actor may take now (for the workbench's action panel). */
    public static java.util.List<Action> available(ApplicationState from, Actor actor) {
        return Optional.ofNullable(TABLE.get(from)).map(m -> m.entrySet().stream()
                .filter(e -> e.getValue().actor().equals(actor)).map(Map.Entry::getKey).sorted().toList())
                .orElse(java.util.List.of());
    }
}
