package org.onevisit.application;

import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.Optional;
import org.onevisit.catalog.Guide;
import org.onevisit.identity.Account;

/**
 * The electronic licence library (电子证照库) as this service sees it: the licence of the kind a
 * material names that the applicant holds, if any. The shipped implementation answers from the
 * account's verified registration; a connection to the provincial library replaces it.
 */
public interface LicenceSource {

    /** A licence as the library holds it. */
    record Licence(String number, String title, String holderName, LocalDate validFrom, LocalDate validTo) {}

    Uni<Optional<Licence>> find(Account holder, Guide.Material material);
}
