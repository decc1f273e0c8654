package org.onevisit.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/**
 * One line of a one-time correction notice (一次性告知): a material missing or defective, or a form
 * field to put right. {@code name} is filled in from the guide.
 */
public record CorrectionItem(Kind kind, String code, String name, String note) {

    @Schema(name = "CorrectionKind")
    public enum Kind { MATERIAL, FIELD }
}
