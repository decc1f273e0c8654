package org.onevisit.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onevisit.application.Cases.as;
import static org.onevisit.application.Cases.move;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.Api;
import org.onevisit.identity.Role;
import org.onevisit.identity.TokenService;

/** Data instead of documents (数据多跑路): every retrievable material of the catalogue, taken from where its guide says. */
@QuarkusTest
class RetrievalTest {

    static final String RENEWAL = "010019600200";

    @Inject
    TokenService tokens;

    record Retrievable(String item, String material, String source, List<String> registerItems) {}

    /** Every material of the catalogue that the guide marks as retrievable. */
    static List<Retrievable> retrievable() {
        List<Retrievable> found = new ArrayList<>();
        List<String> codes = given().when().get("/api/items?size=50").then().extract().path("items.code");
        for (String item : codes) {
            List<Map<String, Object>> materials = Cases.guide(item).getList("materials");
            for (Map<String, Object> m : materials) {
                if (m.get("retrievableFrom") != null) {
                    @SuppressWarnings("unchecked")
                    List<String> register = (List<String>) m.get("registerItems");
                    found.add(new Retrievable(item, (String) m.get("code"), (String) m.get("retrievableFrom"), register));
                }
            }
        }
        return found;
    }

    static String path(String id, String material) {
        return "/api/applications/" + id + "/materials/" + material + "/retrieval";
    }

    /** The number of a certificate of {@code item} issued to the applicant (the case taken to approval). */
    String certificate(String applicant, String item) {
        String id = Cases.submitted(applicant, item).getString("id");
        boolean immediate = "IMMEDIATE".equals(Cases.guide(item).getString("kind"));
        JsonPath accepted = move(Api.staffToken(tokens, "window", Role.WINDOW), id, "ACCEPT",
                immediate ? Map.of("approveNow", true) : Map.of());
        if (!"APPROVED".equals(accepted.getString("state"))) {
            Cases.recommend(Api.staffToken(tokens, "reviewer", Role.REVIEWER), id);
            move(Api.staffToken(tokens, "approver", Role.APPROVER), id, "APPROVE", Map.of());
        }
        List<Map<String, Object>> mine = as(applicant).when().get("/api/me/certificates").then().statusCode(200)
                .extract().jsonPath().getList("");
        return mine.stream().filter(c -> item.equals(c.get("itemCode"))).map(c -> (String) c.get("number")).findFirst()
                .orElseThrow();
    }

    @Test
    void everyRetrievableMaterialIsTakenFromWhereItsGuideSays() {
        List<Retrievable> all = retrievable();
        // the catalogue marks the current licence of a renewal and a change, and the business licence, at least
        assertTrue(all.contains(new Retrievable(RENEWAL, "ORIGINAL_LICENCE", "REGISTER",
                List.of("010019600100", "010019600200", "010019600300"))), all.toString());
        assertTrue(all.stream().anyMatch(r -> r.item().equals("010019600300") && r.material().equals("ORIGINAL_LICENCE")));
        assertTrue(all.stream().anyMatch(r -> r.material().equals("BUSINESS_LICENSE") && r.source().equals("LICENCE_LIBRARY")));
        for (Retrievable r : all) {
            Api.Enterprise e = Api.registerEnterprise();
            String applicant = Api.accessToken(e.creditCode(), e.password());
            String id = Cases.create(applicant, r.item()).getString("id");
            if (r.source().equals("REGISTER")) {
                // none held yet: the applicant is told to upload it
                as(applicant).when().post(path(id, r.material())).then().statusCode(422)
                        .body("type", containsString("no-licence-held")).body("errors.field", hasItem("materialCode"));
                String number = certificate(applicant, r.registerItems().get(0));
                JsonPath retrieved = as(applicant).when().post(path(id, r.material())).then().statusCode(201)
                        .extract().jsonPath();
                assertEquals("REGISTER", retrieved.getString("source"), r.toString());
                assertEquals(number, retrieved.getString("reference"), r.toString());
                assertEquals(number, retrieved.getString("certificateNumber"), r.toString());
                assertNotNull(retrieved.getString("validFrom"), r.toString());
            } else {
                JsonPath retrieved = as(applicant).when().post(path(id, r.material())).then().statusCode(201)
                        .extract().jsonPath();
                assertEquals("LICENCE_LIBRARY", retrieved.getString("source"), r.toString());
                assertEquals(e.creditCode(), retrieved.getString("reference"), r.toString());
                assertEquals("慈溪市测试化工有限公司", retrieved.getString("holderName"), r.toString());
            }
            JsonPath view = as(applicant).when().get("/api/applications/" + id).then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(r.material()), view.getList("retrievals.materialCode"), r.toString());
            assertEquals("RETRIEVE_MATERIAL", view.getString("timeline[-1].action"), r.toString());
            assertEquals(r.material(), view.getString("timeline[-1].detail.material"), r.toString());
        }
    }

    /** A renewal draft with everything but the current licence: form, delivery, the other materials. */
    String renewalWithoutLicence(String applicant) {
        String id = Cases.create(applicant, RENEWAL).getString("id");
        as(applicant).body(Map.of("formData", Cases.completeForm(RENEWAL), "delivery", Cases.ELECTRONIC))
                .when().put("/api/applications/" + id).then().statusCode(200);
        for (String code : Cases.requiredMaterials(RENEWAL)) {
            if (!code.equals("ORIGINAL_LICENCE")) {
                Cases.upload(applicant, id, code, code + ".pdf", "application/pdf", Cases.PDF).then().statusCode(201);
            }
        }
        return id;
    }

    @Test
    void aRetrievedLicenceCountsAsSuppliedAndTheStaffSeeWhereItCameFrom() {
        String applicant = Cases.enterprise();
        String number = certificate(applicant, "010019600100");
        String id = renewalWithoutLicence(applicant);
        as(applicant).body("{}").when().post("/api/applications/" + id + "/submit").then().statusCode(422)
                .body("errors.field", equalTo(List.of("materials.ORIGINAL_LICENCE")));
        as(applicant).when().post(path(id, "ORIGINAL_LICENCE")).then().statusCode(201);
        // again: replaces, one per material
        as(applicant).when().post(path(id, "ORIGINAL_LICENCE")).then().statusCode(201);
        as(applicant).body("{}").when().post("/api/applications/" + id + "/submit").then().statusCode(200)
                .body("state", equalTo("SUBMITTED"));
        JsonPath staff = Cases.staffView(Api.staffToken(tokens, "reviewer", Role.REVIEWER), id);
        assertEquals(List.of("ORIGINAL_LICENCE"), staff.getList("retrievals.materialCode"));
        assertEquals("危险化学品经营许可证（正、副本）", staff.getString("retrievals[0].materialName"));
        assertEquals(number, staff.getString("retrievals[0].certificateNumber"));
        assertNotNull(staff.getString("retrievals[0].retrievedAt"));
        assertFalse(staff.getList("materials.materialCode").contains("ORIGINAL_LICENCE"));
        // the staff may open the certificate it names
        as(Api.staffToken(tokens, "reviewer", Role.REVIEWER)).when()
                .get("/api/workbench/certificates/{number}/html", number).then().statusCode(200);
        // once submitted, the authorisation stands
        as(applicant).when().post(path(id, "ORIGINAL_LICENCE")).then().statusCode(409);
        as(applicant).when().delete(path(id, "ORIGINAL_LICENCE")).then().statusCode(409);
    }

    @Test
    void theAuthorisationIsWithdrawnAndTheMaterialIsMissingAgain() {
        String applicant = Cases.enterprise();
        certificate(applicant, "010019600100");
        String id = renewalWithoutLicence(applicant);
        as(applicant).when().delete(path(id, "ORIGINAL_LICENCE")).then().statusCode(404);
        as(applicant).when().post(path(id, "ORIGINAL_LICENCE")).then().statusCode(201);
        as(applicant).when().delete(path(id, "ORIGINAL_LICENCE")).then().statusCode(204);
        JsonPath view = as(applicant).when().get("/api/applications/" + id).then().extract().jsonPath();
        assertEquals(List.of(), view.getList("retrievals"));
        assertEquals("UNDO_RETRIEVAL", view.getString("timeline[-1].action"));
        as(applicant).body("{}").when().post("/api/applications/" + id + "/submit").then().statusCode(422)
                .body("errors.field", hasItem("materials.ORIGINAL_LICENCE"));
    }

    @Test
    void onlyAValidLicenceOfThatKindIsTaken() {
        String applicant = Cases.enterprise();
        // a licence of another kind (a filing receipt) is not the operating licence
        certificate(applicant, "100010100000");
        String id = Cases.create(applicant, RENEWAL).getString("id");
        as(applicant).when().post(path(id, "ORIGINAL_LICENCE")).then().statusCode(422)
                .body("type", containsString("no-licence-held"));
        // a revoked one is no longer valid
        String number = certificate(applicant, "010019600100");
        as(Api.staffToken(tokens, "approver", Role.APPROVER)).body(Map.of("reason", "以欺骗手段取得"))
                .when().post("/api/workbench/certificates/{number}/revoke", number)
                .then().statusCode(200);
        as(applicant).when().post(path(id, "ORIGINAL_LICENCE")).then().statusCode(422)
                .body("type", containsString("no-licence-held"));
        // another holder's licence is not this applicant's
        String other = Cases.enterprise();
        certificate(other, "010019600100");
        as(applicant).when().post(path(id, "ORIGINAL_LICENCE")).then().statusCode(422);
    }

    @Test
    void aMaterialIsRetrievedOnlyWhereTheGuideSaysAndOnlyByItsApplicant() {
        String applicant = Cases.enterprise();
        String id = Cases.create(applicant, RENEWAL).getString("id");
        as(applicant).when().post(path(id, "EXTENSION_APPLICATION")).then().statusCode(422)
                .body("type", containsString("invalid-retrieval")).body("errors.field", hasItem("materialCode"));
        as(applicant).when().post(path(id, "NO_SUCH_MATERIAL")).then().statusCode(422)
                .body("type", containsString("invalid-retrieval"));
        given().when().post(path(id, "ORIGINAL_LICENCE")).then().statusCode(401);
        as(Api.staffToken(tokens, "window", Role.WINDOW)).when().post(path(id, "ORIGINAL_LICENCE")).then().statusCode(403);
        as(Cases.enterprise()).when().post(path(id, "ORIGINAL_LICENCE")).then().statusCode(404);
        as(Cases.enterprise()).when().delete(path(id, "ORIGINAL_LICENCE")).then().statusCode(404);
        as(applicant).when().post(path(java.util.UUID.randomUUID().toString(), "ORIGINAL_LICENCE")).then().statusCode(404);
        as(applicant).when().get("/api/applications/" + id).then().body("retrievals", equalTo(List.of()));
    }
}
