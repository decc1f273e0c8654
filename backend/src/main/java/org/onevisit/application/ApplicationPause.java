package org.onevisit.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.onevisit.workday.Pause;

/** A stop of a case's clock: a pending correction or a special procedure; {@code toDate} is exclusive. */
@Entity
@Table(name = "application_pause")
public class ApplicationPause {

    public enum Kind { CORRECTION, SPECIAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String reason;

    @Column(name = "from_date")
    public LocalDate fromDate;

    @Column(name = "to_date")
    public LocalDate toDate;

    public Pause asPause() {
        return new Pause(fromDate, toDate);
    }
}
