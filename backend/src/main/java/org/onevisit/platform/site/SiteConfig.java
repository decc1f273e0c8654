package org.onevisit.platform.site;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The site's identity that every government website shows in its footer (prefix {@code onevisit.site},
 * environment variables ONEVISIT_SITE_*). The demo values live in application.properties; a deployment
 * sets its own registration numbers.
 */
@ConfigMapping(prefix = "onevisit.site")
public interface SiteConfig {

    /** 政府网站标识码 (the government website ID, ten digits for a county site). */
    String governmentWebsiteId();

    /** ICP 备案号, e.g. 浙ICP备12345678号-1. */
    String icpNumber();

    /** Where the ICP number is checked (the MIIT filing system). */
    String icpUrl();

    /** 公安机关备案号, e.g. 浙公网安备 33028202000001号. */
    String publicSecurityNumber();

    /** The public-security filing's page on beian.mps.gov.cn. */
    String publicSecurityUrl();

    /** 主办单位. */
    String organiser();

    /** 承办单位, when another body runs the site. */
    Optional<String> host();

    Contact contact();

    /** The site map: a path of this site or an absolute address. */
    String siteMapUrl();

    interface Contact {
        String address();

        String phone();

        Optional<String> email();
    }
}
