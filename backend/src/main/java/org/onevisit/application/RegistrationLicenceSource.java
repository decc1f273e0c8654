package org.onevisit.application;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.onevisit.catalog.Guide;
import org.onevisit.identity.Account;
import org.onevisit.identity.CreditCode;

/**
 * The business licence (营业执照) from the account's registration: an enterprise registers with its
 * unified social credit code (checked at sign-up) and its name, which are the licence's number and
 * holder. Citizens hold no business licence.
 */
@ApplicationScoped
@DefaultBean
public class RegistrationLicenceSource implements LicenceSource {

    @Override
    public Uni<Optional<Licence>> find(Account holder, Guide.Material material) {
        if (holder == null || holder.kind != Account.Kind.ENTERPRISE || !CreditCode.isValid(holder.creditCode)
                || holder.name == null || holder.name.isBlank()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return Uni.createFrom().item(Optional.of(new Licence(holder.creditCode, "营业执照", holder.name, null, null)));
    }
}
