package org.onevisit.platform.site;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The site's identity for the footer: filing numbers, organiser and contact. */
@Schema(name = "Site")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SiteView(
        @Schema(description = "政府网站标识码", required = true) String governmentWebsiteId,
        @Schema(description = "ICP filing number (ICP备案号)", required = true) String icpNumber,
        @Schema(description = "Where the ICP number is checked", required = true) String icpUrl,
        @Schema(description = "Public-security filing number (公安机关备案号)", required = true) String publicSecurityNumber,
        @Schema(description = "The public-security filing's page", required = true) String publicSecurityUrl,
        @Schema(description = "主办单位", required = true) String organiser,
        @Schema(description = "承办单位, when another body runs the site") String host,
        @Schema(required = true) Contact contact,
        @Schema(description = "The site map: a path of this site or an absolute address", required = true) String siteMapUrl) {

    @Schema(name = "SiteContact")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contact(
            @Schema(required = true) String address,
            @Schema(required = true) String phone,
            String email) {
    }

    static SiteView of(SiteConfig config) {
        SiteConfig.Contact contact = config.contact();
        return new SiteView(config.governmentWebsiteId(), config.icpNumber(), config.icpUrl(),
                config.publicSecurityNumber(), config.publicSecurityUrl(), config.organiser(),
                config.host().orElse(null),
                new Contact(contact.address(), contact.phone(), contact.email().orElse(null)),
                config.siteMapUrl());
    }
}
