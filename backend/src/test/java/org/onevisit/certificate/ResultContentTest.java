package org.onevisit.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onevisit.application.Cases.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.onevisit.application.Cases;
import org.onevisit.identity.Api;
import org.onevisit.identity.Role;
import org.onevisit.identity.TestData;
import org.onevisit.identity.TokenService;

/**
 * The result of EVERY item as issued: the title, the number in its type's style, each required field's value
 * (not a label), no form label and no application variant printed; a missing required value refuses the
 * approval (422) with nothing written; decision letters numbered per year; the sample of every item.
 */
@QuarkusTest
class ResultContentTest {

    static final String NEW = "010019600100";
    static final String RENEW = "010019600200";
    static final String CHANGE = "010019600300";
    static final String IMMEDIATE = "100010300000";

    @Inject
    TokenService tokens;

    @Inject
    Pool pool;

    final CertificateTypes types = CertificateTypes.shipped();

    String staff(String number, Role role) {
        return Api.staffToken(tokens, number, role);
    }

    static String citizen() {
        String id = TestData.idNumber();
        given().contentType(ContentType.JSON).body(Map.of("kind", "CITIZEN", "idNumber", id, "name", "陈晓燕",
                "mobile", TestData.mobile(), "password", TestData.PASSWORD)).when().post("/api/auth/register").then().statusCode(201);
        return Api.accessToken(id, TestData.PASSWORD);
    }

    /** Every form field with a value of its own (text fields say whose they are), so a printed value names its source. */
    static Map<String, Object> distinctForm(String itemCode) {
        Map<String, Object> form = Cases.completeForm(itemCode);
        List<Map<String, Object>> fields = Cases.guide(itemCode).getList("form.fields");
        for (Map<String, Object> f : fields) {
            String key = (String) f.get("key");
            if (List.of("text", "textarea").contains(f.get("type")) && form.get(key) instanceof String s && s.equals(f.get("type").equals("text") ? "测试" : "测试内容")) {
                form.put(key, "值" + key);
            }
        }
        return form;
    }

    /** A submitted case of the item, accepted, reviewed and approved: the case id. */
    String approved(String applicant, String itemCode, Map<String, Object> form) {
        String id = Cases.create(applicant, itemCode).getString("id");
        List<String> offered = Cases.guide(itemCode).getList("result.delivery");
        Map<String, Object> delivery = offered.contains("ELECTRONIC") ? Cases.ELECTRONIC : Cases.BY_POST;
        as(applicant).body(Map.of("formData", form, "delivery", delivery)).when().put("/api/applications/" + id)
                .then().statusCode(200);
        for (String code : Cases.requiredMaterials(itemCode)) {
            Cases.upload(applicant, id, code, code + ".pdf", "application/pdf", Cases.PDF).then().statusCode(201);
        }
        as(applicant).body("{}").when().post("/api/applications/" + id + "/submit").then().statusCode(200);
        String kind = Cases.guide(itemCode).getString("kind");
        if ("IMMEDIATE".equals(kind)) {
            Cases.move(staff("window", Role.WINDOW), id, "ACCEPT", Map.of("approveNow", true));
        } else {
            Cases.move(staff("window", Role.WINDOW), id, "ACCEPT", Map.of());
            Cases.recommend(staff("reviewer", Role.REVIEWER), id);
            Cases.move(staff("approver", Role.APPROVER), id, "APPROVE", Map.of());
        }
        return id;
    }

    static JsonPath certificateOf(String applicant, String caseId) {
        List<Map<String, Object>> mine = as(applicant).when().get("/api/me/certificates").then().statusCode(200).extract().jsonPath().getList("");
        Map<String, Object> c = mine.stream().filter(m -> caseId.equals(m.get("applicationId"))).findFirst().orElseThrow();
        return new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(c).toString());
    }

    static String pdfText(String applicant, String number) throws Exception {
        byte[] pdf = as(applicant).when().get("/api/me/certificates/{n}/pdf", number).then()
                .statusCode(200).extract().asByteArray();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s", "");
        }
    }

    static Pattern numberPattern(CertificateTypes.Definition d, int year) {
        String[] parts = d.number().replace("{year}", String.valueOf(year)).split("\\{seq(:\\d+)?}", -1);
        StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
        java.util.regex.Matcher m = Pattern.compile("\\{seq(?::(\\d+))?}").matcher(d.number());
        for (int i = 1; i < parts.length && m.find(); i++) {
            regex.append(m.group(1) == null ? "[1-9]\\d*" : "\\d{" + m.group(1) + "}").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }

    @Test
    void everyItemsResultCarriesWhatItsTypeRequires() throws Exception {
        List<String> codes = Cases.guideCodes();
        assertEquals(20, codes.size());
        String enterprise = Cases.enterprise(); // items 1-3: a renewal and a change carry over the licence
        List<String> order = new ArrayList<>(List.of(NEW, RENEW, CHANGE));
        codes.stream().filter(c -> !order.contains(c)).forEach(order::add);
        List<String> failures = new ArrayList<>();
        for (String code : order) {
            JsonPath guide = Cases.guide(code);
            boolean person = guide.getList("serviceObjects").equals(List.of("NATURAL_PERSON"));
            String applicant = List.of(NEW, RENEW, CHANGE).contains(code) ? enterprise : person ? citizen() : Cases.enterprise();
            Map<String, Object> form = distinctForm(code);
            String id;
            try { // items 2 and 3 name a licence number not in the register: the holder's newest licence is carried over
                id = approved(applicant, code, form);
            } catch (AssertionError e) {
                failures.add(code + ": " + e.getMessage());
                continue;
            }
            JsonPath c = certificateOf(applicant, id);
            CertificateTypes.Definition d = types.forItem(code).orElseThrow();
            int year = LocalDate.parse(c.getString("issuedAt")).getYear();
            String number = c.getString("number");
            String text = pdfText(applicant, number);
            check(failures, code, d.title().equals(c.getString("title")), "title " + c.getString("title"));
            check(failures, code, text.contains(d.title()), "printed title");
            check(failures, code, numberPattern(d, year).matcher(number).matches(), "number style " + number + " vs " + d.number());
            check(failures, code, text.contains(number.replaceAll("\\s", "")), "printed number");
            check(failures, code, !text.contains("—新申请") && !text.contains("—延期") && !text.contains("—变更"), "application variant printed");
            for (CertificateTypes.FieldDefinition f : d.fields()) {
                if (!f.required()) {
                    continue;
                }
                String value = f.from().stream().filter(s -> s.startsWith("form:")).map(s -> form.get(s.substring(5)))
                        .filter(v -> v != null && !String.valueOf(v).isBlank() && !(v instanceof Boolean)).map(ResultContentTest::printed).findFirst()
                        .orElse(f.from().stream().filter(s -> s.startsWith("text:")).map(s -> s.substring(5)).findFirst().orElse(null));
                if (value == null) { // carried over from the licence (items 2, 3) or the account
                    value = c.getList("fields.findAll { it.key == '" + f.key() + "' }.value").stream().map(String::valueOf).findFirst().orElse(null);
                }
                check(failures, code, value != null && text.contains((f.label() + value).replaceAll("\\s", "")),
                        "field " + f.label() + " = " + value);
            }
            Set<String> printed = new HashSet<>(d.fields().stream().map(CertificateTypes.FieldDefinition::label).toList());
            printed.addAll(List.of(d.holderLabel(), "统一社会信用代码", "证件号码")); // the holder's identifier, as on every licence
            for (Map<String, Object> f : guide.<Map<String, Object>>getList("form.fields")) {
                String label = (String) f.get("label");
                check(failures, code, printed.contains(label) || !text.contains(label), "form label leaks: " + label);
            }
            check(failures, code, !text.contains("拟经营"), "拟经营 printed");
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** A form value as a document prints it: a whole number without its ".0". */
    static String printed(Object value) {
        return value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.longValue()) : String.valueOf(value);
    }

    private static void check(List<String> failures, String code, boolean ok, String what) {
        if (!ok) {
            failures.add(code + ": " + what);
        }
    }

    @Test
    void aRenewalAndAChangeCarryOverTheLicenceAndAChangeKeepsItsDates() {
        String enterprise = Cases.enterprise();
        Map<String, Object> form = distinctForm(NEW);
        form.put("businessMode", "零售");
        form.put("chemicalVarieties", "甲苯、丙酮、乙醇");
        JsonPath first = certificateOf(enterprise, approved(enterprise, NEW, form));
        assertEquals("零售（不带储存设施）", first.getString("fields.find { it.key == 'mode' }.value"));
        assertEquals("甲苯、丙酮、乙醇", first.getString("scope"));
        Map<String, Object> change = distinctForm(CHANGE);
        change.put("originalLicenceNo", first.getString("number"));
        JsonPath changed = certificateOf(enterprise, approved(enterprise, CHANGE, change));
        assertEquals("甲苯、丙酮、乙醇", changed.getString("scope"));
        assertEquals(first.getString("validTo"), changed.getString("validTo"));
        assertEquals(first.getString("validFrom"), changed.getString("validFrom"));
        assertEquals("危险化学品经营许可证核发（不带储存设施）", changed.getString("itemName"));
    }

    @Test
    void anApprovalWhoseCaseLacksARequiredLicenceFieldIsRefusedNamingItAndNothingIsWritten() {
        // a change with no licence of the applicant to carry over: no scope, no 经营方式, no dates
        String enterprise = Cases.enterprise();
        String id = Cases.readyDraft(enterprise, CHANGE);
        as(enterprise).body("{}").when().post("/api/applications/" + id + "/submit").then().statusCode(200);
        Cases.move(staff("window", Role.WINDOW), id, "ACCEPT", Map.of());
        Cases.recommend(staff("reviewer", Role.REVIEWER), id);
        long version = Cases.staffView(staff("approver", Role.APPROVER), id).getLong("version");
        Cases.act(staff("approver", Role.APPROVER), id, Map.of("action", "APPROVE", "version", version)).then().statusCode(422)
                .contentType(containsString("problem+json")).body("type", containsString("certificate-incomplete"))
                .body("errors.field", hasItem("certificate.scope")).body("errors.field", hasItem("certificate.mode"));
        JsonPath after = Cases.staffView(staff("approver", Role.APPROVER), id);
        assertEquals("PENDING_DECISION", after.getString("state"));
        assertEquals(version, after.getLong("version"));
        as(enterprise).when().get("/api/me/certificates").then().statusCode(200).body("size()", equalTo(0));
        long letters = pool.query("select count(*) from application where id = '" + id + "' and decision_number is not null")
                .execute().await().indefinitely().iterator().next().getLong(0);
        assertEquals(0, letters);
    }

    @Test
    void decisionLettersCarryAUniqueYearlyNumberTheCertificateNumberAndValidityEvenUnderConcurrentApprovals() throws Exception {
        int n = 6;
        List<String[]> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String applicant = Cases.enterprise();
            String id = Cases.submitted(applicant, NEW).getString("id");
            Cases.move(staff("window", Role.WINDOW), id, "ACCEPT", Map.of());
            Cases.recommend(staff("reviewer", Role.REVIEWER), id);
            cases.add(new String[] {applicant, id});
        }
        String approver = staff("approver", Role.APPROVER);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String[] c : cases) {
                long version = Cases.staffView(approver, c[1]).getLong("version");
                results.add(pool.submit((Callable<Integer>) () -> Cases.act(approver, c[1],
                        Map.of("action", "APPROVE", "version", version)).then().extract().statusCode()));
            }
            for (Future<Integer> r : results) {
                assertEquals(200, r.get());
            }
        } finally {
            pool.shutdown();
        }
        Set<String> numbers = new HashSet<>();
        Pattern style = Pattern.compile("慈安监许〔(\\d{4})〕([1-9]\\d*)号");
        for (String[] c : cases) {
            String html = as(c[0]).when().get("/api/applications/" + c[1] + "/notices/decision").then().statusCode(200)
                    .body(containsString("准予行政许可决定书")).extract().asString();
            java.util.regex.Matcher m = style.matcher(html);
            assertTrue(m.find(), html);
            assertTrue(numbers.add(m.group()), "twice: " + m.group());
            JsonPath cert = certificateOf(c[0], c[1]);
            assertTrue(html.contains(cert.getString("number")), "certificate number in the letter");
            LocalDate to = LocalDate.parse(cert.getString("validTo"));
            assertTrue(html.contains(to.getYear() + "年" + to.getMonthValue() + "月" + to.getDayOfMonth() + "日"), "validity in the letter");
        }
        assertEquals(n, numbers.size());
    }

    @Test
    void theVerificationShowsScopeAndValidityButNoCreditCode() {
        String enterprise = Cases.enterprise();
        Map<String, Object> form = distinctForm(NEW);
        form.put("chemicalVarieties", "甲苯、丙酮");
        JsonPath c = certificateOf(enterprise, approved(enterprise, NEW, form));
        given().when().get("/api/certificates/{n}/verify", c.getString("number")).then().statusCode(200)
                .body("scope", equalTo("甲苯、丙酮")).body("validTo", equalTo(c.getString("validTo")))
                .body("validFrom", equalTo(c.getString("validFrom")))
                .body("$", not(org.hamcrest.Matchers.hasKey("holderIdentifier"))).body("$", not(org.hamcrest.Matchers.hasKey("fields")))
                .body(not(containsString(c.getString("holderIdentifier"))));
    }

    @Test
    void renewalIsOfferedOnlyInsideTheWindowBeforeTheEnd() {
        String enterprise = Cases.enterprise();
        JsonPath c = certificateOf(enterprise, approved(enterprise, NEW, distinctForm(NEW)));
        String number = c.getString("number");
        assertFalse(c.getBoolean("renewable"), "a new licence is not yet renewable");
        LocalDate today = LocalDate.parse(c.getString("issuedAt"));
        // the window is 90 days (P90D): the last day outside it, its first day, the last valid day, the day after
        Object[][] sides = {{91, false}, {90, true}, {0, true}, {-1, false}};
        for (Object[] side : sides) {
            LocalDate end = today.plusDays((Integer) side[0]);
            pool.query("update certificate set valid_to = '" + end + "' where number = '" + number + "'").execute().await().indefinitely();
            JsonPath now = certificateOf(enterprise, c.getString("applicationId"));
            assertEquals(side[1], now.getBoolean("renewable"), "ends in " + side[0] + " days");
            assertEquals(end.minusDays(90).toString(), now.getString("renewableFrom"));
        }
    }

    @Test
    void everyItemHasAMarkedResultSampleThatDoesNotVerify() throws Exception {
        for (String code : Cases.guideCodes()) {
            byte[] pdf = given().when().get("/api/items/" + code + "/documents/result-sample.pdf").then().statusCode(200)
                    .contentType("application/pdf").extract().asByteArray();
            CertificateTypes.Definition d = types.forItem(code).orElseThrow();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
                assertTrue(text.contains(d.title()), code + " title");
                assertTrue(text.contains("样本") && text.contains("SAMPLE"), code + " marked");
                assertFalse(text.contains("核验地址") || text.contains("签名指纹"), code + " verifies");
                for (CertificateTypes.FieldDefinition f : d.fields()) {
                    if (f.required()) {
                        assertTrue(text.contains(f.label()), code + " " + f.label());
                    }
                }
            }
        }
        given().when().get("/api/items/NO-SUCH/documents/result-sample.pdf").then().statusCode(404);
    }
}
