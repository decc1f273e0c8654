package org.onevisit.application;

import io.smallrye.mutiny.Uni;
import org.onevisit.catalog.Guide;

/**
 * Issues the result of a case the moment it is approved (the certificate register implements it), in
 * the approval's transaction: an approval without its result never commits.
 */
public interface ResultIssuer {

    Uni<Void> issue(Application approved, Guide guide);
}
