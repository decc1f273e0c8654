package org.onevisit.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onevisit.application.Cases.PDF;
import static org.onevisit.application.Cases.PNG;
import static org.onevisit.application.Cases.ZERO_VISIT_ITEM;
import static org.onevisit.application.Cases.as;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.onevisit.platform.storage.StorageConfig;

/** Uploads: checked by content, size and name; stored with their hash; file and row together or neither. */
@QuarkusTest
class MaterialUploadTest {

    @Inject
    Pool pool;

    @Inject
    StorageConfig storage;

    @Test
    void aPdfIsStoredWithItsHashAndReplacedByTheNextUploadOfTheSameMaterial() throws Exception {
        String token = Cases.enterprise();
        String id = Cases.create(token, ZERO_VISIT_ITEM).getString("id");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        Cases.upload(token, id, "FILING_FORM", "申报表.pdf", "application/pdf", PDF).then().statusCode(201)
                .body("sha256", equalTo(sha)).body("size", equalTo(PDF.length)).body("contentType", equalTo("application/pdf"))
                .body("materialName", equalTo("生产安全事故应急预案备案申报表"));
        Cases.upload(token, id, "FILING_FORM", "scan.png", "image/png", PNG).then().statusCode(201);
        as(token).when().get("/api/applications/" + id).then()
                .body("materials", hasSize(1)).body("materials[0].fileName", equalTo("scan.png"));
        String materialId = as(token).when().get("/api/applications/" + id).then().extract().path("materials[0].id");
        byte[] back = as(token).when().get("/api/applications/" + id + "/materials/" + materialId).then().statusCode(200)
                .header("Content-Disposition", containsString("filename*=UTF-8''scan.png")).extract().asByteArray();
        assertEquals(Arrays.toString(PNG), Arrays.toString(back));
        as(token).when().delete("/api/applications/" + id + "/materials/" + materialId).then().statusCode(204);
        as(token).when().get("/api/applications/" + id).then().body("materials", hasSize(0));
        as(token).when().delete("/api/applications/" + id + "/materials/" + materialId).then().statusCode(404);
    }

    @Test
    void everyBadUploadIsRefusedWithAClearProblem() {
        String token = Cases.enterprise();
        String id = Cases.create(token, ZERO_VISIT_ITEM).getString("id");
        byte[] text = "just some text, not a document".getBytes(StandardCharsets.UTF_8);
        Cases.upload(token, id, "FILING_FORM", "notes.pdf", "application/pdf", text).then().statusCode(415)
                .body("type", containsString("unsupported-file-type"));
        Cases.upload(token, id, "FILING_FORM", "photo.png", "image/png", PDF).then().statusCode(415)
                .body("type", containsString("file-type-mismatch"));
        Cases.upload(token, id, "FILING_FORM", "scan", "image/jpeg", PDF).then().statusCode(415)
                .body("type", containsString("file-type-mismatch"));
        Cases.upload(token, id, "FILING_FORM", "empty.pdf", "application/pdf", new byte[0]).then().statusCode(422)
                .body("errors[0].field", equalTo("file"));
        Cases.upload(token, id, "FILING_FORM", "../../etc/passwd.pdf", "application/pdf", PDF).then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
        Cases.upload(token, id, "NO_SUCH_MATERIAL", "a.pdf", "application/pdf", PDF).then().statusCode(422)
                .body("errors[0].field", equalTo("materialCode"));
        given().auth().oauth2(token).multiPart("materialCode", "FILING_FORM").when()
                .post("/api/applications/" + id + "/materials").then().statusCode(422).body("errors[0].field", equalTo("file"));
        as(token).when().get("/api/applications/" + id).then().body("materials", hasSize(0));
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413() {
        String token = Cases.enterprise();
        String id = Cases.create(token, ZERO_VISIT_ITEM).getString("id");
        byte[] big = new byte[(int) storage.maxUploadSize().asLongValue() + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Cases.upload(token, id, "FILING_FORM", "big.pdf", "application/pdf", big).then().statusCode(413);
        as(token).when().get("/api/applications/" + id).then().body("materials", hasSize(0));
    }

    @Test
    void aBodyOverTheHttpLimitGetsAProblemBeforeItIsRead() {
        String token = Cases.enterprise();
        String id = Cases.create(token, ZERO_VISIT_ITEM).getString("id");
        byte[] huge = new byte[26 * 1024 * 1024];
        given().auth().oauth2(token).header("Accept-Language", "en").multiPart("materialCode", "FILING_FORM")
                .multiPart("file", "huge.pdf", huge, "application/pdf")
                .when().post("/api/applications/" + id + "/materials").then().statusCode(413)
                .contentType("application/problem+json").body("type", containsString("too-large"))
                .body("title", equalTo("Too large"));
    }

    @Test
    void noUploadAfterSubmission() {
        String token = Cases.enterprise();
        String id = Cases.submitted(token, ZERO_VISIT_ITEM).getString("id");
        Cases.upload(token, id, "FILING_FORM", "late.pdf", "application/pdf", PDF).then().statusCode(409);
    }

    @Test
    void whenTheRowCannotBeWrittenTheStoredFileIsRemovedToo() throws IOException {
        String token = Cases.enterprise();
        String id = Cases.create(token, ZERO_VISIT_ITEM).getString("id");
        sql("""
                create or replace function test_fail_upload() returns trigger language plpgsql as $$
                begin
                  if new.file_name = 'fail-on-insert.pdf' then raise exception 'simulated database failure'; end if;
                  return new;
                end $$""");
        sql("create trigger test_fail_upload before insert on application_material for each row execute function test_fail_upload()");
        try {
            long filesBefore = countFiles();
            int status = Cases.upload(token, id, "FILING_FORM", "fail-on-insert.pdf", "application/pdf", PDF)
                    .then().extract().statusCode();
            org.junit.jupiter.api.Assertions.assertTrue(status >= 500, "answered " + status);
            assertEquals(filesBefore, countFiles(), "the stored file was left behind");
            as(token).when().get("/api/applications/" + id).then().body("materials", hasSize(0));
        } finally {
            sql("drop trigger test_fail_upload on application_material");
        }
        Cases.upload(token, id, "FILING_FORM", "fine.pdf", "application/pdf", PDF).then().statusCode(201);
    }

    private void sql(String statement) {
        pool.query(statement).execute().await().indefinitely();
    }

    private long countFiles() throws IOException {
        Path root = Path.of(storage.dir());
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
