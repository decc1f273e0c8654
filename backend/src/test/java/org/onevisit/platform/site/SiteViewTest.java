package org.onevisit.platform.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A deployment's optional settings (承办单位, e-mail) reach the view when set. */
class SiteViewTest {

    @Test
    void optionalSettingsAreCarriedWhenSet() {
        SiteView view = SiteView.of(new SiteConfig() {
            public String governmentWebsiteId() { return "3302820001"; }
            public String icpNumber() { return "浙ICP备12345678号"; }
            public String icpUrl() { return "https://beian.miit.gov.cn/"; }
            public String publicSecurityNumber() { return "浙公网安备 33028202000001号"; }
            public String publicSecurityUrl() { return "https://beian.mps.gov.cn/"; }
            public String organiser() { return "慈溪市应急管理局"; }
            public Optional<String> host() { return Optional.of("慈溪市大数据发展管理局"); }
            public String siteMapUrl() { return "https://example.gov.cn/map"; }
            public Contact contact() {
                return new Contact() {
                    public String address() { return "慈溪市"; }
                    public String phone() { return "0574-1"; }
                    public Optional<String> email() { return Optional.empty(); }
                };
            }
        });
        assertEquals("慈溪市大数据发展管理局", view.host());
        assertEquals(null, view.contact().email());
        assertEquals("https://example.gov.cn/map", view.siteMapUrl());
    }
}
