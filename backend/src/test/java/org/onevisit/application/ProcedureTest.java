package org.onevisit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevisit.application.Procedure.Actor;
import org.onevisit.application.Procedure.Allowed;
import org.onevisit.application.Procedure.InvalidMove;
import org.onevisit.application.Procedure.Staff;
import org.onevisit.application.Procedure.WrongActor;
import org.onevisit.identity.Role;

/** Every allowed move, and every other (state, action, actor) combination refused with the right reason. */
class ProcedureTest {

    record Expected(ApplicationState from, Action action, Actor actor, ApplicationState to) {}

    static final Actor APPLICANT = Procedure.APPLICANT;
    static final Actor WINDOW = new Staff(Role.WINDOW);
    static final Actor REVIEWER = new Staff(Role.REVIEWER);
    static final Actor APPROVER = new Staff(Role.APPROVER);

    static final List<Expected> ALLOWED = new ArrayList<>(List.of(
            new Expected(ApplicationState.DRAFT, Action.SUBMIT, APPLICANT, ApplicationState.SUBMITTED),
            new Expected(ApplicationState.CORRECTION_REQUIRED, Action.RESUBMIT, APPLICANT, ApplicationState.SUBMITTED),
            new Expected(ApplicationState.SUBMITTED, Action.ACCEPT, WINDOW, ApplicationState.UNDER_REVIEW),
            new Expected(ApplicationState.SUBMITTED, Action.NOT_ACCEPT, WINDOW, ApplicationState.NOT_ACCEPTED),
            new Expected(ApplicationState.SUBMITTED, Action.REQUEST_CORRECTION, WINDOW, ApplicationState.CORRECTION_REQUIRED),
            new Expected(ApplicationState.UNDER_REVIEW, Action.RECOMMEND, REVIEWER, ApplicationState.PENDING_DECISION),
            new Expected(ApplicationState.UNDER_REVIEW, Action.START_SPECIAL_PROCEDURE, REVIEWER, ApplicationState.UNDER_REVIEW),
            new Expected(ApplicationState.UNDER_REVIEW, Action.END_SPECIAL_PROCEDURE, REVIEWER, ApplicationState.UNDER_REVIEW),
            new Expected(ApplicationState.PENDING_DECISION, Action.APPROVE, APPROVER, ApplicationState.APPROVED),
            new Expected(ApplicationState.PENDING_DECISION, Action.DENY, APPROVER, ApplicationState.DENIED),
            new Expected(ApplicationState.APPROVED, Action.DISPATCH, WINDOW, ApplicationState.APPROVED),
            new Expected(ApplicationState.APPROVED, Action.DELIVER, WINDOW, ApplicationState.COMPLETED)));

    static {
        for (ApplicationState s : ApplicationState.UNDECIDED) {
            ALLOWED.add(new Expected(s, Action.WITHDRAW, APPLICANT, ApplicationState.WITHDRAWN));
        }
    }

    static List<Actor> actors() {
        List<Actor> actors = new ArrayList<>(List.of(APPLICANT));
        for (Role role : Role.STAFF) {
            actors.add(new Staff(role));
        }
        return actors;
    }

    @Test
    void everyCombinationIsDecidedAsTheTableSays() {
        int checked = 0;
        for (ApplicationState from : ApplicationState.values()) {
            for (Action action : Action.values()) {
                Expected allowed = ALLOWED.stream().filter(e -> e.from() == from && e.action() == action).findFirst().orElse(null);
                for (Actor actor : actors()) {
                    Procedure.Outcome outcome = Procedure.decide(from, action, actor, false, false);
                    if (allowed == null) {
                        assertInstanceOf(InvalidMove.class, outcome, from + " " + action + " by " + actor);
                    } else if (allowed.actor().equals(actor)) {
                        assertEquals(new Allowed(allowed.to()), outcome, from + " " + action + " by " + actor);
                    } else {
                        assertEquals(new WrongActor(allowed.actor()), outcome, from + " " + action + " by " + actor);
                    }
                    checked++;
                }
            }
        }
        assertEquals(ApplicationState.values().length * Action.values().length * actors().size(), checked);
    }

    @Test
    void finalStatesAllowNothing() {
        for (ApplicationState state : ApplicationState.FINAL) {
            for (Actor actor : actors()) {
                assertEquals(List.of(), Procedure.available(state, actor), state + " " + actor);
            }
        }
    }

    @Test
    void anImmediateItemIsApprovedAtAcceptance() {
        assertEquals(new Allowed(ApplicationState.APPROVED),
                Procedure.decide(ApplicationState.SUBMITTED, Action.ACCEPT, WINDOW, true, true));
        assertInstanceOf(InvalidMove.class, Procedure.decide(ApplicationState.SUBMITTED, Action.ACCEPT, WINDOW, false, true),
                "only an immediate item can be approved at acceptance");
        assertEquals(new Allowed(ApplicationState.UNDER_REVIEW),
                Procedure.decide(ApplicationState.SUBMITTED, Action.ACCEPT, WINDOW, true, false));
    }

    @Test
    void theActionPanelOffersWhatTheRoleMayDoNow() {
        assertEquals(List.of(Action.ACCEPT, Action.NOT_ACCEPT, Action.REQUEST_CORRECTION),
                Procedure.available(ApplicationState.SUBMITTED, WINDOW));
        assertEquals(List.of(Action.WITHDRAW), Procedure.available(ApplicationState.SUBMITTED, APPLICANT));
        assertEquals(List.of(Action.RECOMMEND, Action.START_SPECIAL_PROCEDURE, Action.END_SPECIAL_PROCEDURE),
                Procedure.available(ApplicationState.UNDER_REVIEW, REVIEWER));
    }
}
