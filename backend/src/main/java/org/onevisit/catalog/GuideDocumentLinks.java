package org.onevisit.catalog;

import io.quarkus.qute.TemplateExtension;

/** For the printable guide: which material's blank form and sample are the generated documents ({@code {guide.formMaterialCode}}). */
@TemplateExtension
public final class GuideDocumentLinks {

    private GuideDocumentLinks() {
    }

    static String formMaterialCode(Guide guide) {
        return GuideDocuments.formMaterial(guide).map(Guide.Material::code).orElse("");
    }
}
