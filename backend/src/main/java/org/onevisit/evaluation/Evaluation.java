package org.onevisit.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The one rating of a case (好差评). */
@Entity
@Table(name = "evaluation")
public class Evaluation {

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "applicant_id")
    public UUID applicantId;

    public int grade;

    public String comment;

    /** Optional dimension grades as a JSON object (text). */
    public String dimensions;

    /** ONLINE (by the applicant) or WINDOW (collected on the spot for a walk-in case). */
    public String channel;

    @Column(name = "collected_by")
    public UUID collectedBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The last two grades (不满意, 非常不满意) are bad reviews. */
    public boolean bad() {
        return grade <= 2;
    }
}
