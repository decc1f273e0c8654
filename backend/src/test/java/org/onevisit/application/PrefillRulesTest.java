package org.onevisit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.Guide;
import org.onevisit.identity.Account;

/** The mapping's own rules: a field of that key and type only, an account without the value leaves it empty. */
class PrefillRulesTest {

    static Guide.FormField field(String key, Guide.FieldType type) {
        return new Guide.FormField(key, key, type, true, null, null, null, null, null);
    }

    @Test
    void onlyAFieldOfTheSameKeyAndTypeIsFilledAndOnlyWithAValue() {
        Account a = new Account();
        a.kind = Account.Kind.ENTERPRISE;
        a.name = "慈溪市某某有限公司";
        a.creditCode = "91330282MA2CX1A7U1";
        a.mobile = "13805740001";
        a.contactName = null; // not known: stays empty
        a.legalRepresentative = " ";
        Guide.Form form = new Guide.Form(List.of(field("unitName", Guide.FieldType.TEXT),
                field("creditCode", Guide.FieldType.TEXT), // a text of the same key: another meaning
                field("contactName", Guide.FieldType.TEXT), field("legalRepresentative", Guide.FieldType.TEXT),
                field("contactMobile", Guide.FieldType.MOBILE)));
        assertEquals(Map.of("unitName", "慈溪市某某有限公司", "contactMobile", "13805740001"), Prefill.fill(form, a, Map.of()));
        assertEquals(Map.of("unitName", "", "contactMobile", "13805740001"), Prefill.fill(form, a, Map.of("unitName", "")));
        a.kind = Account.Kind.STAFF;
        assertEquals(Map.of(), Prefill.fill(form, a, Map.of()));
    }
}
