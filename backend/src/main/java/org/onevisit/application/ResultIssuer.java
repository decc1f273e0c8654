package org.onevisit.application;

import io.smallrye.mutiny.Uni;
import org.onevisit.catalog.Guide;

/**
 * Issues the result of a case the moment it is approved (the certificate register implements it), in
 * the approval's transaction: an approval without its result never commits.
 */
public interface ResultIssuer {

    Uni<Void> issue(Application approved, Guide guide);

    /** What the decision letter states of the issued result: its number and validity ({@code validTo} null: no end). */
    record Issued(String number, String title, java.time.LocalDate validFrom, java.time.LocalDate validTo) {}

    /** The result issued for a case, or null when there is none (yet). */
    Uni<Issued> issuedFor(java.util.UUID applicationId);
}
