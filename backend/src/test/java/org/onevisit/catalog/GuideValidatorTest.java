package org.onevisit.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onevisit.platform.Violation;

/** Each rule of the guide validation rejects a guide that breaks it, and only names what is wrong. */
class GuideValidatorTest {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    static final int LICENSING = 0;   // item 1: 危险化学品经营许可证 新申请
    static final int ZERO_VISIT = 10; // item 11: 应急预案备案
    static final int IMMEDIATE = 12;  // item 13: 易制毒化学品经营备案 (即办)

    static ObjectNode item(int index) throws Exception {
        try (InputStream in = GuideValidatorTest.class.getClassLoader().getResourceAsStream(CatalogSeeder.DEFAULT_CATALOGUE)) {
            return (ObjectNode) ((ArrayNode) JSON.readTree(in)).get(index);
        }
    }

    static List<Violation> violations(int index, Consumer<ObjectNode> change) throws Exception {
        ObjectNode node = item(index);
        change.accept(node);
        return GuideValidator.validate(JSON.treeToValue(node, Guide.class));
    }

    static void assertRejected(List<Violation> violations, String field, String key) {
        assertTrue(violations.stream().anyMatch(v -> v.field().equals(field) && v.messageKey().equals(key)),
                () -> "expected " + field + " / " + key + " in " + violations);
    }

    @Test
    void everyDefaultItemPasses() throws Exception {
        for (int i = 0; i < 20; i++) {
            ObjectNode node = item(i);
            List<Violation> violations = GuideValidator.validate(JSON.treeToValue(node, Guide.class));
            assertEquals(List.of(), violations, "item " + (i + 1) + " " + node.get("name"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "subType", "theme", "quantityLimit", "rightsAndDuties", "implementationCode",
            "provisionalAcceptanceScope"})
    void mandatoryTextElementsMustBePresent(String field) throws Exception {
        assertRejected(violations(LICENSING, n -> n.put(field, " ")), field, "guide.required");
        assertRejected(violations(LICENSING, n -> n.putNull(field)), field, "guide.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"legalBases", "acceptanceConditions", "nonAcceptanceCases", "materials", "steps",
            "serviceObjects"})
    void mandatoryListsMustNotBeEmpty(String field) throws Exception {
        assertRejected(violations(LICENSING, n -> n.putArray(field)), field, "guide.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fee", "channels", "serviceCenter", "cityWide", "result", "contact", "remedies",
            "implementingBody", "type", "kind", "effectiveDate"})
    void mandatoryElementsMustBePresent(String field) throws Exception {
        assertRejected(violations(LICENSING, n -> n.putNull(field)), field, "guide.required");
    }

    /** Item 1's materials: 0 is the applicant's own application, 4 the business licence, 5 the emergency plan filing. */
    @Test
    void aRetrievableMaterialIsAGovernmentDocumentAndOneFromTheRegisterNamesTheItemsThatIssueIt() throws Exception {
        assertRejected(violations(LICENSING, n -> ((ObjectNode) n.get("materials").get(0)).put("retrievableFrom", "LICENCE_LIBRARY")),
                "materials[0].retrievableFrom", "guide.material.retrieval.source");
        assertRejected(violations(LICENSING, n -> ((ObjectNode) n.get("materials").get(5)).putArray("registerItems")),
                "materials[5].registerItems", "guide.material.register-items.required");
        assertRejected(violations(LICENSING, n -> ((ObjectNode) n.get("materials").get(5)).putNull("registerItems")),
                "materials[5].registerItems", "guide.material.register-items.required");
        assertRejected(violations(LICENSING, n -> ((ObjectNode) n.get("materials").get(5)).putArray("registerItems").add("1000101")),
                "materials[5].registerItems[0]", "guide.code.format");
        assertRejected(violations(LICENSING, n -> ((ObjectNode) n.get("materials").get(4)).putArray("registerItems").add("100010100000")),
                "materials[4].registerItems", "guide.material.register-items.unused");
        assertRejected(violations(LICENSING, n -> ((ObjectNode) n.get("materials").get(0)).putArray("registerItems").add("100010100000")),
                "materials[0].registerItems", "guide.material.register-items.unused");
        assertEquals("REGISTER", item(LICENSING).get("materials").get(5).get("retrievableFrom").asText());
        assertEquals("LICENCE_LIBRARY", item(LICENSING).get("materials").get(4).get("retrievableFrom").asText());
    }

    @Test
    void materialAttributesAreMandatory() throws Exception {
        List<Violation> v = violations(LICENSING, n -> {
            ObjectNode m = (ObjectNode) n.get("materials").get(0);
            m.putNull("acceptanceStandard");
            m.putNull("legalBasis");
            m.putNull("source");
        });
        assertRejected(v, "materials[0].acceptanceStandard", "guide.required");
        assertRejected(v, "materials[0].legalBasis", "guide.required");
        assertRejected(v, "materials[0].source", "guide.required");
    }

    @Test
    void materialCodesAreWellFormedAndUnique() throws Exception {
        assertRejected(violations(LICENSING, n -> ((ObjectNode) n.get("materials").get(0)).put("code", "bad code")),
                "materials[0].code", "guide.material.code.format");
        assertRejected(violations(LICENSING, n -> ((ObjectNode) n.get("materials").get(1))
                .put("code", n.get("materials").get(0).get("code").asText())), "materials[1].code", "guide.material.code.duplicate");
    }

    @Test
    void codeIsTwelveDigits() throws Exception {
        assertRejected(violations(LICENSING, n -> n.put("code", "ABC")), "code", "guide.code.format");
    }

    @Test
    void promisedLimitMayNotExceedStatutoryLimit() throws Exception {
        assertRejected(violations(LICENSING, n -> n.put("promisedDays", n.get("statutoryDays").asInt() + 1)),
                "promisedDays", "guide.promised.exceeds-statutory");
    }

    @Test
    void immediateItemsAreDecidedTheSameDayAndViceVersa() throws Exception {
        assertRejected(violations(IMMEDIATE, n -> n.put("promisedDays", 3)), "promisedDays", "guide.immediate.same-day");
        assertRejected(violations(LICENSING, n -> n.put("promisedDays", 0)), "kind", "guide.same-day.immediate");
    }

    @Test
    void zeroVisitItemsGiveNoVisitReasonAndOfferOnlineOrPost() throws Exception {
        assertRejected(violations(ZERO_VISIT, n -> n.put("visitReason", "领取证书")), "visitReason", "guide.zero-visit.no-reason");
        assertRejected(violations(ZERO_VISIT, n -> {
            ObjectNode channels = (ObjectNode) n.get("channels");
            channels.put("online", false);
            channels.put("postIn", false);
            channels.put("onlineDepth", "I");
        }), "channels", "guide.zero-visit.channel");
    }

    @Test
    void itemsThatNeedAVisitSayWhy() throws Exception {
        assertRejected(violations(LICENSING, n -> n.putNull("visitReason")), "visitReason", "guide.visit.reason");
    }

    @Test
    void itemsThatNeedAVisitSayWhenItHappens() throws Exception {
        assertRejected(violations(LICENSING, n -> n.remove("visitMoment")), "visitMoment", "guide.visit.moment");
        assertRejected(violations(LICENSING, n -> n.putNull("visitMoment")), "visitMoment", "guide.visit.moment");
    }

    @Test
    void zeroVisitItemsNameNoVisitMoment() throws Exception {
        assertRejected(violations(ZERO_VISIT, n -> n.put("visitMoment", "ACCEPTANCE")), "visitMoment",
                "guide.zero-visit.no-moment");
    }

    @Test
    void aPickupVisitNeedsPickupAtTheWindow() throws Exception {
        List<Violation> v = violations(LICENSING, n -> {
            n.put("visitMoment", "PICKUP");
            ((ObjectNode) n.get("result")).putArray("delivery").add("ELECTRONIC").add("POST");
        });
        assertRejected(v, "visitMoment", "guide.visit.pickup-window");
        assertEquals(List.of(), violations(LICENSING, n -> n.put("visitMoment", "PICKUP")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SITE_CHECK", "MEETING"})
    void aSiteCheckOrMeetingVisitNeedsThatMandatoryStep(String moment) throws Exception {
        assertRejected(violations(LICENSING, n -> {
            n.put("visitMoment", moment);
            ((ObjectNode) n.get("specialProcedures").get(0)).put("mandatory", false);
        }), "visitMoment", "guide.visit.moment-procedure");
        assertEquals(List.of(), violations(LICENSING, n -> n.put("visitMoment", moment)));
    }

    @Test
    void aMandatoryProcedureNamesItsLegalBasis() throws Exception {
        assertRejected(violations(LICENSING, n -> ((ObjectNode) n.get("specialProcedures").get(0)).putNull("legalBasis")),
                "specialProcedures[0].legalBasis", "guide.procedure.mandatory-basis");
        // an optional one may leave it out
        assertEquals(List.of(), violations(LICENSING, n -> ((ObjectNode) n.get("specialProcedures").get(0))
                .put("mandatory", false).putNull("legalBasis")));
    }

    @Test
    void specialProceduresHaveDistinctNames() throws Exception {
        List<Violation> v = violations(LICENSING, n -> {
            ArrayNode procedures = (ArrayNode) n.get("specialProcedures");
            procedures.add(procedures.get(0).deepCopy());
        });
        assertRejected(v, "specialProcedures[1].name", "guide.procedure.duplicate");
        assertRejected(violations(LICENSING, n -> ((ObjectNode) n.get("specialProcedures").get(0)).put("name", " ")),
                "specialProcedures[0].name", "guide.required");
    }

    /** What the window and the applicant are told to bring: the originals of the materials, with their counts. */
    @Test
    void theOriginalsToBringAreTheMaterialsHandedInAsOriginals() throws Exception {
        Guide reward = JSON.treeToValue(item(19), Guide.class);
        assertEquals(List.of(new Guide.Original("REWARD_APPLICATION", "安全生产举报奖励申请表", 1, 0, Guide.Necessity.REQUIRED),
                new Guide.Original("ID_CARD", "举报人居民身份证", 1, 1, Guide.Necessity.REQUIRED)), reward.visitOriginals());
        Guide licensing = JSON.treeToValue(item(LICENSING), Guide.class);
        assertTrue(licensing.visitOriginals().stream().allMatch(o -> licensing.materials().stream()
                .anyMatch(m -> m.code().equals(o.code()) && m.form() != Guide.MaterialForm.COPY)));
        assertEquals(List.of(), JSON.treeToValue(item(ZERO_VISIT), Guide.class).visitOriginals());
    }

    @Test
    void fullyOnlineItemsNeedNoVisit() throws Exception {
        assertRejected(violations(LICENSING, n -> ((ObjectNode) n.get("channels")).put("onlineDepth", "IV")),
                "visits", "guide.depth-iv.zero-visit");
    }

    @Test
    void chargedItemsStateItemStandardAndBasis() throws Exception {
        assertRejected(violations(LICENSING, n -> ((ObjectNode) n.get("fee")).put("charged", true)),
                "fee.items", "guide.fee.items");
        List<Violation> v = violations(LICENSING, n -> {
            ObjectNode fee = (ObjectNode) n.get("fee");
            fee.put("charged", true);
            fee.putArray("items").addObject().put("name", "工本费");
        });
        assertRejected(v, "fee.items[0].standard", "guide.required");
        assertRejected(v, "fee.items[0].legalBasis", "guide.required");
    }

    @Test
    void licensingItemsHaveTheFiveStepsAndAFaq() throws Exception {
        assertRejected(violations(LICENSING, n -> ((ArrayNode) n.get("steps")).remove(2)), "steps", "guide.licensing.steps");
        assertRejected(violations(LICENSING, n -> n.putArray("faq")), "faq", "guide.licensing.faq");
    }

    @Test
    void everyResultHasASample() throws Exception {
        assertRejected(violations(ZERO_VISIT, n -> ((ObjectNode) n.get("result")).putNull("sample")), "result.sample", "guide.required");
    }

    @Test
    void resultNameAndTypeAgree() throws Exception {
        assertRejected(violations(LICENSING, n -> ((ObjectNode) n.get("result")).put("type", "DOCUMENT")),
                "result.type", "guide.result.certificate");
    }

    @Test
    void zeroVisitResultsAreNotCollectedAtTheWindow() throws Exception {
        assertRejected(violations(ZERO_VISIT, n -> ((ObjectNode) n.get("result")).putArray("delivery").add("WINDOW")),
                "result.delivery", "guide.zero-visit.delivery");
    }

    @Test
    void consultationAndComplaintNumbersDiffer() throws Exception {
        assertRejected(violations(LICENSING, n -> ((ObjectNode) n.get("contact"))
                .put("complaintPhone", n.get("contact").get("consultationPhone").asText())), "contact.complaintPhone", "guide.contact.distinct");
    }

    @Test
    void cityWideItemsNameTheirScopeAndWindows() throws Exception {
        assertRejected(violations(LICENSING, n -> ((ObjectNode) n.get("cityWide")).putArray("acceptingWindows")),
                "cityWide.acceptingWindows", "guide.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"其他材料", "相关材料", "等材料", "其他有关文件", "其他相关证明"})
    void catchAllWordingIsRejectedInMaterials(String phrase) throws Exception {
        assertRejected(violations(LICENSING, n -> ((ObjectNode) n.get("materials").get(0)).put("name", "营业执照及" + phrase)),
                "materials[0].name", "guide.catch-all");
    }

    @Test
    void catchAllWordingIsRejectedInConditions() throws Exception {
        assertRejected(violations(LICENSING, n -> ((ArrayNode) n.get("acceptanceConditions")).add("提交其他相关材料")),
                "acceptanceConditions[" + item(LICENSING).get("acceptanceConditions").size() + "]", "guide.catch-all");
        assertRejected(violations(LICENSING, n -> ((ArrayNode) n.get("nonAcceptanceCases")).set(0, "未提交其他有关证明的")),
                "nonAcceptanceCases[0]", "guide.catch-all");
    }

    @Test
    void everyItemHasAWellFormedApplicationForm() throws Exception {
        assertRejected(violations(LICENSING, n -> n.putNull("form")), "form.fields", "guide.required");
        assertRejected(violations(LICENSING, n -> ((ObjectNode) n.get("form").get("fields").get(1))
                .put("key", n.get("form").get("fields").get(0).get("key").asText())), "form.fields[1].key", "guide.form.key.duplicate");
        assertRejected(violations(LICENSING, n -> ((ObjectNode) n.get("form").get("fields").get(0)).put("key", "Bad Key")),
                "form.fields[0].key", "guide.form.key.format");
        assertRejected(violations(LICENSING, n -> ((ObjectNode) n.get("form").get("fields").get(0))
                .put("type", "select").putNull("options")), "form.fields[0].options", "guide.form.options");
        assertRejected(violations(LICENSING, n -> ((ObjectNode) n.get("form").get("fields").get(0)).put("pattern", "([")),
                "form.fields[0].pattern", "guide.form.pattern");
        assertRejected(violations(LICENSING, n -> ((ObjectNode) n.get("form").get("fields").get(0)).put("min", 10).put("max", 5)),
                "form.fields[0].min", "guide.form.min-max");
    }

    @Test
    void aValidGuideHasNoViolations() throws Exception {
        assertEquals(List.of(), violations(ZERO_VISIT, n -> { }));
    }
}
