package org.onevisit.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.Guide.FieldType;
import org.onevisit.catalog.Guide.FormField;
import org.onevisit.platform.Violation;

/** The server checks form data with the rules of the item's form definition, naming each field. */
class FormValidatorTest {

    static final Guide.Form FORM = new Guide.Form(List.of(
            new FormField("unitName", "单位名称", FieldType.TEXT, true, null, null, 2.0, 50.0, null),
            new FormField("creditCode", "统一社会信用代码", FieldType.CREDIT_CODE, true, null, null, null, null, null),
            new FormField("contactMobile", "联系电话", FieldType.MOBILE, true, null, null, null, null, null),
            new FormField("staffCount", "从业人员数", FieldType.NUMBER, false, null, null, 1.0, 100000.0, null),
            new FormField("mode", "经营方式", FieldType.SELECT, true, List.of("批发", "零售"), null, null, null, null),
            new FormField("licenceNumber", "原许可证编号", FieldType.TEXT, false, null, "^[A-Z]{2}\\d{4}$", null, null, null),
            new FormField("validUntil", "有效期至", FieldType.DATE, false, null, null, null, null, null),
            new FormField("notes", "说明", FieldType.TEXTAREA, false, null, null, null, null, null),
            new FormField("declaration", "承诺", FieldType.CHECKBOX, true, null, null, null, null, null)));

    static Map<String, Object> valid() {
        Map<String, Object> data = new HashMap<>();
        data.put("unitName", "慈溪市示范化工贸易有限公司");
        data.put("creditCode", "91330282MA2CX1A7U1");
        data.put("contactMobile", "13805740001");
        data.put("staffCount", 12);
        data.put("mode", "零售");
        data.put("licenceNumber", "ZJ2018");
        data.put("validUntil", "2027-06-30");
        data.put("notes", "无");
        data.put("declaration", true);
        return data;
    }

    static Map<String, String> problems(Map<String, Object> data, boolean complete) {
        Map<String, String> byField = new HashMap<>();
        for (Violation v : FormValidator.validate(FORM, data, complete)) {
            byField.put(v.field(), v.messageKey());
        }
        return byField;
    }

    @Test
    void validDataPasses() {
        assertEquals(Map.of(), problems(valid(), true));
    }

    @Test
    void aSubmissionReportsEveryMissingRequiredFieldAtOnce() {
        Map<String, String> p = problems(Map.of(), true);
        assertEquals(Map.of("formData.unitName", "form.required", "formData.creditCode", "form.required",
                "formData.contactMobile", "form.required", "formData.mode", "form.required",
                "formData.declaration", "form.required"), p);
        assertEquals(Map.of(), problems(Map.of(), false), "a draft may be incomplete");
        Map<String, Object> unchecked = valid();
        unchecked.put("declaration", false);
        assertEquals(Map.of("formData.declaration", "form.required"), problems(unchecked, true));
    }

    @Test
    void eachKindOfMalformedValueIsNamed() {
        Map<String, Object> data = valid();
        data.put("unitName", "慈");
        data.put("creditCode", "91330282MA2CX1A7U2");
        data.put("contactMobile", "12345");
        data.put("staffCount", "twelve");
        data.put("mode", "批零兼营");
        data.put("licenceNumber", "zj-2018");
        data.put("validUntil", "2027-02-30");
        data.put("notes", "字".repeat(2001));
        data.put("declaration", "yes");
        data.put("extra", "x");
        assertEquals(Map.of("formData.unitName", "form.length", "formData.creditCode", "creditCode.invalid",
                "formData.contactMobile", "mobile.invalid", "formData.staffCount", "form.number",
                "formData.mode", "form.option", "formData.licenceNumber", "form.pattern",
                "formData.validUntil", "form.date", "formData.notes", "form.length",
                "formData.declaration", "form.checkbox", "formData.extra", "form.unknown"), problems(data, true));
    }

    @Test
    void numbersRespectTheirBoundsAndTextsMustBeText() {
        Map<String, Object> data = valid();
        data.put("staffCount", 0);
        data.put("unitName", 42);
        assertEquals(Map.of("formData.staffCount", "form.range", "formData.unitName", "form.text"), problems(data, true));
    }
}
