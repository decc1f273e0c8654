package org.onevisit.application;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onevisit.identity.Api;

/** Test helpers for cases: an applicant with a draft, complete form data, uploads, staff actions. */
public final class Cases {

    /** A zero-visit filing item for enterprises, with four required materials. */
    public static final String ZERO_VISIT_ITEM = "100010100000";
    public static final byte[] PDF = "%PDF-1.4\n%test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private Cases() {
    }

    /** A newly registered enterprise's access token. */
    public static String enterprise() {
        Api.Enterprise e = Api.registerEnterprise();
        return Api.accessToken(e.creditCode(), e.password());
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static JsonPath guide(String itemCode) {
        return given().when().get("/api/items/" + itemCode).then().statusCode(200).extract().jsonPath();
    }

    /** The codes of every item of the catalogue. */
    public static List<String> guideCodes() {
        return given().when().get("/api/items?size=100").then().statusCode(200).extract().jsonPath().getList("items.code");
    }

    /** Values for the fields whose format is a pattern of the guide. */
    private static final Map<String, String> PATTERNED = Map.of(
            "varieties", "甲苯、丙酮",
            "hazchemLicenceNo", "甬慈安经字〔2018〕000123号",
            "originalLicenceNo", "甬慈安经字〔2018〕000123号",
            "conditionReviewDocNo", "慈安监〔2018〕12号",
            "bankAccount", "6222021234567890");

    /** Valid values for every field of the item's form. */
    public static Map<String, Object> completeForm(String itemCode) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<Map<String, Object>> fields = guide(itemCode).getList("form.fields");
        for (Map<String, Object> f : fields) {
            Object value = switch ((String) f.get("type")) {
                case "number" -> f.get("min") == null ? 1 : f.get("min");
                case "date" -> "2026-11-20";
                case "select" -> ((List<?>) f.get("options")).get(0);
                case "mobile" -> "13805740001";
                case "checkbox" -> true;
                case "creditCode" -> "91330282MA2CX1A7U1";
                case "idNumber" -> "330282199001011231";
                case "textarea" -> "测试内容";
                default -> "测试";
            };
            String key = (String) f.get("key");
            data.put(key, PATTERNED.containsKey(key) ? PATTERNED.get(key) : value);
        }
        return data;
    }

    public static List<String> requiredMaterials(String itemCode) {
        return guide(itemCode).getList("materials.findAll { it.necessity == 'REQUIRED' }.code");
    }

    public static JsonPath create(String token, String itemCode) {
        return as(token).body(Map.of("itemCode", itemCode)).when().post("/api/applications")
                .then().statusCode(201).extract().jsonPath();
    }

    public static Response upload(String token, String id, String materialCode, String fileName, String mime, byte[] content) {
        return given().auth().oauth2(token).multiPart("materialCode", materialCode)
                .multiPart("file", fileName, content, mime).when().post("/api/applications/" + id + "/materials");
    }

    /** The result electronically: every item offers it. */
    public static final Map<String, Object> ELECTRONIC = Map.of("method", "ELECTRONIC");
    public static final String POST_ADDRESS = "慈溪市浒山街道新城大道北路 1 号";
    /** The result by post, with everything a postal delivery needs. */
    public static final Map<String, Object> BY_POST = Map.of("method", "POST", "address", POST_ADDRESS,
            "recipient", "赵六", "mobile", "13805740002", "postcode", "315300");

    /** A draft with its form filled in, the result to come electronically, every required material uploaded: ready to submit. */
    public static String readyDraft(String token, String itemCode) {
        return readyDraft(token, itemCode, ELECTRONIC);
    }

    /** A draft ready to submit, with the delivery the applicant chose. */
    public static String readyDraft(String token, String itemCode, Map<String, Object> delivery) {
        String id = create(token, itemCode).getString("id");
        as(token).body(Map.of("formData", completeForm(itemCode), "delivery", delivery)).when().put("/api/applications/" + id)
                .then().statusCode(200);
        for (String code : requiredMaterials(itemCode)) {
            upload(token, id, code, code + ".pdf", "application/pdf", PDF).then().statusCode(201);
        }
        return id;
    }

    public static JsonPath submitted(String token, String itemCode) {
        return submitted(token, itemCode, ELECTRONIC);
    }

    public static JsonPath submitted(String token, String itemCode, Map<String, Object> delivery) {
        String id = readyDraft(token, itemCode, delivery);
        return as(token).body("{}").when().post("/api/applications/" + id + "/submit").then().statusCode(200)
                .extract().jsonPath();
    }

    public static JsonPath staffView(String staffToken, String id) {
        return as(staffToken).when().get("/api/workbench/applications/" + id).then().statusCode(200).extract().jsonPath();
    }

    public static Response act(String staffToken, String id, Map<String, Object> body) {
        return as(staffToken).body(body).when().post("/api/workbench/applications/" + id + "/actions");
    }

    /** Takes an action on the current version; asserts success. */
    public static JsonPath move(String staffToken, String id, String action, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>(extra);
        body.put("action", action);
        body.put("version", staffView(staffToken, id).getLong("version"));
        return act(staffToken, id, body).then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    /**
     * The reviewer's recommendation on a case whose guide requires special procedures (site check, expert review):
     * each one still pending is marked not needed with a reason first, as the workbench lets the reviewer do.
     */
    public static JsonPath recommend(String reviewerToken, String id) {
        List<Map<String, Object>> steps = staffView(reviewerToken, id).getList("visitPromise.mandatoryProcedures");
        for (Map<String, Object> step : steps == null ? List.<Map<String, Object>>of() : steps) {
            if ("PENDING".equals(step.get("status"))) {
                Map<String, Object> waiver = new LinkedHashMap<>();
                waiver.put("kind", "SPECIAL_PROCEDURE");
                waiver.put("procedure", step.get("name"));
                waiver.put("reason", "已在本年度监督检查中现场核查，情况未变");
                waiver.put("version", staffView(reviewerToken, id).getLong("version"));
                as(reviewerToken).body(waiver).when().post("/api/workbench/applications/" + id + "/waivers")
                        .then().statusCode(200);
            }
        }
        return move(reviewerToken, id, "RECOMMEND", Map.of());
    }
}
