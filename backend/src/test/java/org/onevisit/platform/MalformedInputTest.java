package org.onevisit.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.application.Cases;

/**
 * Each cause of a 500 the outside fuzzing found, and the framework's own error answers: all are
 * problem JSON with the right status, and text that the database cannot store never reaches it.
 */
@QuarkusTest
class MalformedInputTest {

    private static String token;
    private static String draft;

    @BeforeEach
    void applicantWithADraft() {
        if (token != null) {
            return;
        }
        token = Cases.enterprise();
        draft = Cases.create(token, Cases.ZERO_VISIT_ITEM).getString("id");
    }

    @Test
    void nulInAPathIdIsA400() throws Exception {
        expect(400, RawHttp.send("GET", "/api/applications/%00", auth(), null));
        expect(400, RawHttp.send("GET", "/api/applications/%00", Map.of(), null));
        expect(400, RawHttp.send("GET", "/api/items/%ED%A0%80", Map.of(), null)); // an encoded surrogate
        expect(400, RawHttp.send("GET", "/api/items/%C3", Map.of(), null)); // half a UTF-8 sequence
        // Not a URI at all (RFC 3986): Quarkus refuses it with a bare 400 before any route or filter runs.
        assertEquals(400, RawHttp.send("GET", "/api/items/%zz", Map.of(), null).status());
    }

    @Test
    void nulInAQueryParameterIsA400() throws Exception {
        expect(400, RawHttp.send("GET", "/api/items?q=%00", Map.of(), null));
    }

    @Test
    void malformedAcceptLanguageIsA400AndNeverA500() throws Exception {
        expect(400, RawHttp.send("GET", "/api/items/nope", Map.of("Accept-Language", "en;q=abc"), null));
        expect(400, RawHttp.send("GET", "/api/applications/" + draft, withAuth("Accept-Language", "en;q=abc"), null));
    }

    @Test
    void anUnparseableContentTypeIsA400() throws Exception {
        expect(400, RawHttp.send("POST", "/api/auth/login", Map.of("Content-Type", "application/json;;;"), "{}".getBytes()));
        expect(400, RawHttp.send("POST", "/api/auth/login", Map.of("Content-Type", "/"), "{}".getBytes()));
    }

    @Test
    void duplicateJsonKeysAreA400() throws Exception {
        expect(400, json("/api/auth/refresh", "{\"refreshToken\":\"x\",\"refreshToken\":\"y\"}"));
        expect(400, json("/api/auth/login", "{\"username\":\"a\",\"username\":\"b\",\"password\":\"p\"}"));
    }

    @Test
    void nulOrAnUnpairedSurrogateInJsonTextIsA400() throws Exception {
        expect(400, json("/api/auth/login", "{\"username\":\"91330282MA2CX1A7U1\\u0000\",\"password\":\"p\"}"));
        expect(400, json("/api/auth/login", "{\"username\":\"\\ud800\",\"password\":\"p\"}"));
        expect(400, json("/api/auth/login", "{\"username\":\"\\udc00x\",\"password\":\"p\"}"));
        // free-form form data: keys and nested values are checked too
        expect(400, RawHttp.send("PUT", "/api/applications/" + draft, withAuth("Content-Type", "application/json"),
                "{\"formData\":{\"a\\u0000\":\"x\"}}".getBytes(StandardCharsets.UTF_8)));
        expect(400, RawHttp.send("PUT", "/api/applications/" + draft, withAuth("Content-Type", "application/json"),
                "{\"formData\":{\"a\":[\"\\ud83d\"]}}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aTruncatedMultipartBodyIsA400() throws Exception {
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"materialCode\"\r\n\r\nM01\r\n--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 tru";
        expect(400, upload("multipart/form-data; boundary=XyZ", body));
    }

    @Test
    void aWrongMultipartBoundaryIsA400() throws Exception {
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"materialCode\"\r\n\r\nM01\r\n--XyZ--\r\n";
        expect(400, upload("multipart/form-data; boundary=Other", body));
        expect(400, upload("multipart/form-data", body)); // no boundary at all
    }

    @Test
    void nulInAMultipartFieldIsA400() throws Exception {
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"materialCode\"\r\n\r\nM\0\r\n--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                + new String(Cases.PDF, StandardCharsets.ISO_8859_1) + "\r\n--XyZ--\r\n";
        expect(400, upload("multipart/form-data; boundary=XyZ", body));
    }

    @Test
    void theFrameworksOwnErrorsAreProblems() throws Exception {
        expect(404, RawHttp.send("GET", "/api/no-such-thing", Map.of(), null));
        expect(405, RawHttp.send("DELETE", "/api/items", Map.of(), null));
        expect(406, RawHttp.send("GET", "/api/items", Map.of("Accept", "application/xml"), null));
        expect(415, RawHttp.send("POST", "/api/auth/login", Map.of("Content-Type", "text/plain"), "x".getBytes()));
        expect(413, RawHttp.send("POST", "/api/auth/login", Map.of("Content-Type", "application/json"),
                ("{\"username\":\"" + "a".repeat(1100 * 1024) + "\"}").getBytes()));
        expect(400, RawHttp.send("POST", "/api/auth/login", Map.of("Content-Type", "application/json"), "{".getBytes()));
        expect(400, RawHttp.send("POST", "/api/auth/login", Map.of("Content-Type", "application/json;;;"), "{}".getBytes()));
    }

    private static RawHttp.Answer json(String path, String body) throws Exception {
        return RawHttp.send("POST", path, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
    }

    private static RawHttp.Answer upload(String contentType, String body) throws Exception {
        return RawHttp.send("POST", "/api/applications/" + draft + "/materials", withAuth("Content-Type", contentType),
                body.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static Map<String, String> withAuth(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(auth());
        headers.put(name, value);
        return headers;
    }

    private static void expect(int status, RawHttp.Answer answer) {
        assertEquals(status, answer.status(), answer.toString());
        assertTrue(answer.isProblem(), "not problem JSON: " + answer);
    }
}
