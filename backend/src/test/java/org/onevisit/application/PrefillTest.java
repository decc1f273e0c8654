package org.onevisit.application;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.onevisit.application.Cases.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.Api;
import org.onevisit.identity.TestData;

/** A new draft holds what the account already knows, for every item of the catalogue; what the request gives wins. */
@QuarkusTest
class PrefillTest {

    static final String UNIT = "慈溪市预填化工有限公司";
    static final String CITIZEN = "孙晓明";

    /** What a registered enterprise (Api.registerEnterprise) and citizen (below) told the bureau, by form field key. */
    static Map<String, Object> enterpriseKnows(Api.Enterprise e) {
        return Map.of("unitName", UNIT, "creditCode", e.creditCode(), "legalRepresentative", "王五", "contactName", "赵六",
                "contactMobile", e.mobile());
    }

    record Citizen(String token, String idNumber, String mobile) {}

    static Citizen citizen() {
        String id = TestData.idNumber();
        String mobile = TestData.mobile();
        given().contentType(ContentType.JSON).body(Map.of("kind", "CITIZEN", "idNumber", id, "name", CITIZEN, "mobile", mobile,
                "password", TestData.PASSWORD)).when().post("/api/auth/register").then().statusCode(201);
        return new Citizen(Api.accessToken(id, TestData.PASSWORD), id, mobile);
    }

    static List<String> itemCodes() {
        List<String> codes = given().when().get("/api/items?size=50").then().statusCode(200).extract().path("items.code");
        assertEquals(20, codes.size());
        return codes;
    }

    @Test
    void everyItemsDraftHoldsExactlyWhatTheAccountKnows() {
        Api.Enterprise e = Api.registerEnterprise(UNIT);
        String enterprise = Api.accessToken(e.creditCode(), e.password());
        Citizen c = citizen();
        Map<String, Object> citizenKnows = Map.of("applicantName", CITIZEN, "idNumber", c.idNumber(), "mobile", c.mobile());
        for (String code : itemCodes()) {
            JsonPath guide = Cases.guide(code);
            boolean forEnterprises = guide.getList("serviceObjects").contains("LEGAL_PERSON");
            Map<String, Object> knows = forEnterprises ? enterpriseKnows(e) : citizenKnows;
            List<String> keys = guide.getList("form.fields.key");
            Map<String, Object> expected = new LinkedHashMap<>();
            knows.forEach((key, value) -> {
                if (keys.contains(key)) {
                    expected.put(key, value);
                }
            });
            // every item asks for all of them: the catalogue's forms use the same keys
            assertEquals(knows.keySet(), expected.keySet(), code);
            JsonPath draft = Cases.create(forEnterprises ? enterprise : c.token(), code);
            assertEquals(expected, draft.getMap("formData"), code);
        }
    }

    @Test
    void theWizardReadsThePrefillBeforeTheDraftExists() {
        Api.Enterprise e = Api.registerEnterprise(UNIT);
        String enterprise = Api.accessToken(e.creditCode(), e.password());
        JsonPath prefill = as(enterprise).when().get("/api/applications/prefill?itemCode=010019600100").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(enterpriseKnows(e), prefill.getMap("formData"));
        assertEquals("赵六", prefill.getString("delivery.recipient"));
        assertEquals(e.mobile(), prefill.getString("delivery.mobile"));
        as(enterprise).when().get("/api/applications").then().body("total", org.hamcrest.Matchers.equalTo(0));
        as(enterprise).when().get("/api/applications/prefill?itemCode=010020200000").then().statusCode(422); // a citizen's item
        as(enterprise).when().get("/api/applications/prefill?itemCode=999999999999").then().statusCode(422);
        as(enterprise).when().get("/api/applications/prefill").then().statusCode(422);
        given().when().get("/api/applications/prefill?itemCode=010019600100").then().statusCode(401);
    }

    @Test
    void aValueInTheRequestWinsAndAFieldOfAnotherMeaningIsLeftAlone() {
        Api.Enterprise e = Api.registerEnterprise(UNIT);
        String enterprise = Api.accessToken(e.creditCode(), e.password());
        JsonPath draft = as(enterprise).body(Map.of("itemCode", "010019600100",
                        "formData", Map.of("unitName", "慈溪市预填化工有限公司第一分公司", "contactName", "钱七")))
                .when().post("/api/applications").then().statusCode(201).extract().jsonPath();
        assertEquals("慈溪市预填化工有限公司第一分公司", draft.getString("formData.unitName"));
        assertEquals("钱七", draft.getString("formData.contactName"));
        assertEquals(e.creditCode(), draft.getString("formData.creditCode"));
        assertEquals("王五", draft.getString("formData.legalRepresentative"));
        // the employer's credit code of a citizen's item is not the citizen's own data
        Citizen c = citizen();
        JsonPath assessment = Cases.create(c.token(), "100010800000");
        assertFalse(assessment.getMap("formData").containsKey("employerCreditCode"));
        assertEquals(c.idNumber(), assessment.getString("formData.idNumber"));
        // the prefilled draft saves and submits like any other
        as(c.token()).body(Map.of("formData", Cases.completeForm("100010800000"), "delivery", Cases.ELECTRONIC))
                .when().put("/api/applications/" + assessment.getString("id")).then().statusCode(200);
    }
}
