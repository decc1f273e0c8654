package org.onevisit.application;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.regex.Pattern;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.QueryParams;

/**
 * The public progress lookup (办件查询): a case number and its check code, or the number alone for the
 * case's own applicant when logged in. An unknown number and a wrong code get the same answer, so the lookup
 * tells nothing about which numbers exist.
 */
@ApplicationScoped
public class CaseLookup {

    static final Pattern NUMBER = Pattern.compile("AJ-\\d{8}-\\d{4,7}");

    private final ApplicationRepository applications;

    public CaseLookup(ApplicationRepository applications) {
        this.applications = applications;
    }

    /** Checks the shape of the parameters (400 naming each bad one): a number, and a code unless logged in. */
    static void checkParameters(String number, String code, boolean loggedIn) {
        QueryParams params = new QueryParams();
        if (number == null || number.isBlank()) {
            params.reject("number", "field.required");
        } else if (number.length() > 24 || !NUMBER.matcher(number.strip()).matches()) {
            params.reject("number", "lookup.number.format");
        }
        if (code == null || code.isBlank()) {
            if (!loggedIn) {
                params.reject("code", "field.required");
            }
        } else if (!CheckCodes.wellFormed(code)) {
            params.reject("code", "lookup.code.format");
        }
        params.check();
    }

    /** The progress of the case, for the holder of its code or for its applicant ({@code callerId}, may be null). */
    @WithSession
    public Uni<CaseProgress> find(String number, String code, UUID callerId) {
        return applications.find("number", number.strip()).firstResult().chain(a -> {
            boolean own = a != null && callerId != null && a.applicantId.equals(callerId);
            boolean codeFits = a != null && code != null && !code.isBlank() && CheckCodes.matches(a.checkCode, code);
            if (!own && !codeFits) {
                throw ProblemException.notFound("problem.not-found.case-lookup");
            }
            return certificateNumber(a.id).map(certificate -> new CaseProgress(a.number, a.itemCode, a.itemName, a.state,
                    a.channel, a.submittedAt, a.acceptedAt, a.dueDate, a.decidedAt, a.completedAt, certificate,
                    own ? a.id : null));
        });
    }

    /** The result's number from the register (read here by SQL: the register's package depends on this one). */
    private Uni<String> certificateNumber(UUID applicationId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select number from certificate where application_id = :id", String.class)
                .setParameter("id", applicationId).getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }
}
