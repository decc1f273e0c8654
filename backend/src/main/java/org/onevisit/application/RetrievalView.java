package org.onevisit.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onevisit.catalog.Guide;

/** A material retrieved from a register: what was taken, from where, when. */
@Schema(name = "MaterialRetrieval")
public record RetrievalView(String materialCode, String materialName, Guide.Retrieval source,
                            @Schema(description = "The certificate number (REGISTER) or the credit code (LICENCE_LIBRARY)") String reference,
                            String title, String holderName, LocalDate validFrom, LocalDate validTo,
                            @Schema(description = "REGISTER: the certificate's number, to view it") String certificateNumber,
                            OffsetDateTime retrievedAt) {

    static RetrievalView of(MaterialRetrieval r, String materialName) {
        return new RetrievalView(r.materialCode, materialName, r.source, r.reference, r.title, r.holderName, r.validFrom,
                r.validTo, r.source == Guide.Retrieval.REGISTER ? r.reference : null, r.retrievedAt);
    }
}
