package org.onevisit.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificatePayloadTest {

    @Test
    void canonicalFormIsFixedOrderCompactJson() {
        String expected = "{\"format\":\"onevisit-certificate/1\",\"number\":\"CXBA-2026-0042\",\"type\":\"FILING_RECEIPT\","
                + "\"title\":\"备案回执\",\"itemCode\":\"010020100000\",\"itemName\":\"生产安全事故应急预案备案\","
                + "\"holderName\":\"张伟\",\"holderIdentifier\":\"3302**********1234\",\"scope\":\"慈溪市某工贸企业综合应急预案\","
                + "\"issuer\":\"慈溪市应急管理局\",\"issuedAt\":\"2026-03-02\",\"validFrom\":\"2026-03-02\",\"validTo\":null}";
        CertificatePayload legacy = CertificateFixtures.filingReceipt();
        legacy = new CertificatePayload(legacy.number(), legacy.type(), legacy.title(), legacy.itemCode(), legacy.itemName(),
                legacy.holderName(), legacy.holderIdentifier(), legacy.scope(), legacy.issuer(), legacy.issuedAt(),
                legacy.validFrom(), legacy.validTo(), null);
        // a certificate issued before fields existed keeps its format 1 bytes, so its signature still holds
        assertEquals(expected, new String(legacy.canonicalBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void formatTwoSignsTheTypesFieldsInOrder() {
        CertificatePayload p = CertificateFixtures.filingReceipt();
        p = new CertificatePayload(p.number(), p.type(), p.title(), p.itemCode(), p.itemName(), p.holderName(),
                p.holderIdentifier(), p.scope(), p.issuer(), p.issuedAt(), p.validFrom(), p.validTo(),
                java.util.List.of(new CertificateField("mode", "经营方式", "批发"), new CertificateField("scope", "许可范围", "甲苯")));
        String text = new String(p.canonicalBytes(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\"format\":\"onevisit-certificate/2\""), text);
        assertTrue(text.endsWith(",\"validTo\":null,\"fields\":[{\"key\":\"mode\",\"label\":\"经营方式\",\"value\":\"批发\"},"
                + "{\"key\":\"scope\",\"label\":\"许可范围\",\"value\":\"甲苯\"}]}"), text);
    }

    @Test
    void equalPayloadsGiveEqualBytes() {
        assertArrayEquals(CertificateFixtures.licence().canonicalBytes(), CertificateFixtures.licence().canonicalBytes());
    }

    @Test
    void canonicalFormIsValidJsonWithEveryFieldInRecordOrder() throws Exception {
        CertificatePayload tricky = new CertificatePayload("No. \"7\"", CertificateType.APPROVAL, "准予行政许可决定书",
                "C\\1", "事项\t名称", "A&B <公司>", "91330282MA2H1234X5", "第一行\r\n第二行\u0001", "某局",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 2), List.of());
        JsonNode json = new ObjectMapper().readTree(tricky.canonicalBytes());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        List<String> expected = new ArrayList<>(List.of("format"));
        Arrays.stream(CertificatePayload.class.getRecordComponents()).map(RecordComponent::getName).forEach(expected::add);
        assertEquals(expected, keys);
        assertEquals("No. \"7\"", json.get("number").asText());
        assertEquals("C\\1", json.get("itemCode").asText());
        assertEquals("事项\t名称", json.get("itemName").asText());
        assertEquals("第一行\r\n第二行\u0001", json.get("scope").asText());
        assertEquals("2026-01-02", json.get("validTo").asText());
    }

    @Test
    void everyFieldChangesTheCanonicalBytes() throws Exception {
        CertificatePayload original = CertificateFixtures.licence();
        for (RecordComponent component : CertificatePayload.class.getRecordComponents()) {
            CertificatePayload changed = CertificateFixtures.withChanged(original, component);
            assertFalse(Arrays.equals(original.canonicalBytes(), changed.canonicalBytes()), component.getName());
        }
    }

    @Test
    void rejectsIncompleteOrInconsistentPayloads() {
        CertificatePayload p = CertificateFixtures.licence();
        assertThrows(IllegalArgumentException.class, () -> new CertificatePayload(" ", p.type(), p.title(), p.itemCode(), p.itemName(),
                p.holderName(), p.holderIdentifier(), p.scope(), p.issuer(), p.issuedAt(), p.validFrom(), p.validTo()));
        assertThrows(NullPointerException.class, () -> new CertificatePayload(p.number(), null, p.title(), p.itemCode(), p.itemName(),
                p.holderName(), p.holderIdentifier(), p.scope(), p.issuer(), p.issuedAt(), p.validFrom(), p.validTo()));
        assertThrows(IllegalArgumentException.class, () -> new CertificatePayload(p.number(), p.type(), p.title(), p.itemCode(), p.itemName(),
                p.holderName(), p.holderIdentifier(), p.scope(), p.issuer(), p.issuedAt(), p.validFrom(), p.validFrom().minusDays(1)));
        // "\uD800" and "?" would both become "?" in UTF-8: refuse the unpaired surrogate.
        assertThrows(IllegalArgumentException.class, () -> new CertificatePayload(p.number(), p.type(), p.title(), p.itemCode(), p.itemName(),
                "王\uD800", p.holderIdentifier(), p.scope(), p.issuer(), p.issuedAt(), p.validFrom(), p.validTo()));
        // A supplementary character (a proper surrogate pair) is fine.
        assertTrue(new CertificatePayload(p.number(), p.type(), p.title(), p.itemCode(), p.itemName(), "𠀀", p.holderIdentifier(),
                p.scope(), p.issuer(), p.issuedAt(), p.validFrom(), p.validTo()).holderName().codePoints().count() == 1);
    }
}
