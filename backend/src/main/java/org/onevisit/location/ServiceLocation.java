package org.onevisit.location;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A service centre where applications are accepted (shipped as data in the migrations). */
@Entity
@Table(name = "service_location")
public class ServiceLocation {

    @Schema(name = "LocationKind")
    public enum Kind { CITY_CENTRE, TOWN_CENTRE }

    @Id
    public String code;

    public String name;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Kind kind;

    public String address;

    /** The bureau's own window: every item may be accepted here; elsewhere only city-wide items. */
    @Column(name = "bureau_window")
    public boolean bureauWindow;
}
