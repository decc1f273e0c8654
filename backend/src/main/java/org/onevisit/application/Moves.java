package org.onevisit.application;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.onevisit.application.Procedure.Actor;
import org.onevisit.application.Procedure.Allowed;
import org.onevisit.application.Procedure.Outcome;
import org.onevisit.application.Procedure.WrongActor;
import org.onevisit.identity.Role;
import org.onevisit.platform.ProblemException;

/**
 * Applies the {@link Procedure} to a caller who may hold several staff roles: the move is made in
 * whichever of them the procedure asks for.
 */
final class Moves {

    private Moves() {
    }

    /** The actors a caller can be on a case: its applicant, or staff in each role they hold. */
    static List<Actor> actors(Caller caller, boolean isApplicant) {
        List<Actor> actors = new ArrayList<>();
        if (isApplicant) {
            actors.add(Procedure.APPLICANT);
        }
        for (Role role : caller.roles()) {
            if (Role.STAFF.contains(role)) {
                actors.add(new Procedure.Staff(role));
            }
        }
        return actors;
    }

    /** The state the move leads to, with the actor who makes it; 403 or 409 otherwise. */
    static Made decide(ApplicationState from, Action action, List<Actor> actors, boolean immediateItem, boolean approveNow) {
        boolean wrongActor = false;
        for (Actor actor : actors) {
            Outcome outcome = Procedure.decide(from, action, actor, immediateItem, approveNow);
            if (outcome instanceof Allowed allowed) {
                return new Made(actor, allowed.to());
            }
            wrongActor |= outcome instanceof WrongActor;
        }
        if (wrongActor) {
            throw new ProblemException(403, "wrong-role", "problem.wrong-role.detail", List.of(action.name()), List.of());
        }
        throw new ProblemException(409, "invalid-move", "problem.invalid-move.detail", List.of(action.name(), from.name()),
                List.of());
    }

    static List<Action> available(ApplicationState state, List<Actor> actors) {
        TreeSet<Action> actions = new TreeSet<>();
        actors.forEach(actor -> actions.addAll(Procedure.available(state, actor)));
        return List.copyOf(actions);
    }

    static String roleName(Actor actor) {
        return actor instanceof Procedure.Staff staff ? staff.role().name() : "APPLICANT";
    }

    record Made(Actor actor, ApplicationState to) {}
}
