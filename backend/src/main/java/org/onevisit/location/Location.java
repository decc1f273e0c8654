package org.onevisit.location;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** A service location as the API shows it. */
@Schema(name = "ServiceLocation")
public record Location(String code, String name, ServiceLocation.Kind kind, String address, boolean bureauWindow) {

    static Location of(ServiceLocation l) {
        return new Location(l.code, l.name, l.kind, l.address, l.bureauWindow);
    }
}
