package org.onevisit.audit;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.onevisit.identity.Role;
import org.onevisit.platform.QueryParams;

/** The audit trail, for the auditor only. */
@Path("/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.AUDITOR)
public class AuditResource {

    private final AuditService audit;

    public AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Audit events, newest first")
    public Uni<AuditService.AuditPage> list(@RestQuery String page, @RestQuery String size, @RestQuery String action) {
        QueryParams params = new QueryParams();
        int p = params.integer("page", page, 0, 0, Integer.MAX_VALUE);
        int s = params.integer("size", size, 50, 1, 200);
        String a = params.text("action", action, 48).orElse(null);
        params.check();
        return audit.page(p, s, a);
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Check the hash chain of the whole trail")
    public Uni<AuditService.ChainCheck> verify() {
        return audit.verify();
    }
}
