package org.onevisit.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.onevisit.application.Cases;
import org.onevisit.identity.Api;
import org.onevisit.identity.Role;
import org.onevisit.identity.TokenService;

/**
 * Malformed variants of every operation of the OpenAPI document (wrong types, oversized values, bad
 * percent-encodings, NUL, unpaired surrogates, duplicate keys, broken JSON and multipart, bad
 * Accept-Language, Content-Type, Accept and Authorization headers), each sent with no token, an
 * applicant's token and a staff token. No answer may be a 5xx, and every 4xx must be problem JSON.
 *
 * <p>Deterministic (fixed seed). Only malformed requests are sent: a mutating operation always gets a
 * broken body or an unknown id, so the fuzzing has no successful side effects on shared test data
 * (the applicant is its own account).
 */
@QuarkusTest
class OpenApiFuzzTest {

    private static final long SEED = 20261206L;
    private static final int MIN_VARIANTS = 5_000;

    @Inject
    TokenService tokens;

    record Variant(String method, String target, Map<String, String> headers, byte[] body) {
        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 120), StandardCharsets.ISO_8859_1);
            return method + " " + (target.length() > 160 ? target.substring(0, 160) + "…" : target) + " " + headers.keySet() + " " + shown;
        }
    }

    @Test
    void noMalformedRequestGetsA5xxOrANonProblemError() throws Exception {
        JsonNode openApi = new ObjectMapper().readTree(given().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        Map<String, String> identities = new LinkedHashMap<>();
        identities.put("anonymous", null);
        identities.put("applicant", Cases.enterprise());
        identities.put("staff", Api.staffToken(tokens, "admin", Role.STAFF.toArray(Role[]::new)));

        List<Variant> variants = new ArrayList<>();
        Random random = new Random(SEED);
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!List.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                    continue;
                }
                List<Variant> ofOperation = new Operation(openApi, path.getKey(), op.getKey().toUpperCase(), op.getValue(), random)
                        .variants();
                for (Map.Entry<String, String> identity : identities.entrySet()) {
                    for (Variant v : ofOperation) {
                        variants.add(identity.getValue() == null || v.headers().containsKey("Authorization") ? v
                                : withHeader(v, "Authorization", "Bearer " + identity.getValue()));
                    }
                }
            }
        }
        assertTrue(variants.size() >= MIN_VARIANTS, "only " + variants.size() + " variants");

        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sent = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Variant v : variants) {
                done.add(pool.submit(() -> {
                    try {
                        RawHttp.Answer answer = RawHttp.send(v.method(), v.target(), v.headers(), v.body());
                        sent.incrementAndGet();
                        if (answer.status() >= 500 || (answer.status() >= 400 && !answer.isProblem())) {
                            failures.add(answer.status() + " " + answer.contentType() + " for " + v);
                        }
                    } catch (Exception e) {
                        failures.add("no answer (" + e + ") for " + v);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        failures.stream().map(f -> f.length() > 300 ? f.substring(0, 300) : f).sorted().limit(300).forEach(System.out::println);
        System.out.printf("OpenAPI fuzzing: %d malformed requests in %d s, %d failures%n", sent.get(),
                (System.nanoTime() - started) / 1_000_000_000, failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, e.g.:\n" + String.join("\n",
                failures.subList(0, Math.min(25, failures.size()))));
    }

    private static Variant withHeader(Variant v, String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(v.headers());
        headers.put(name, value);
        return new Variant(v.method(), v.target(), headers, v.body());
    }

    /** The malformed variants of one operation. */
    static final class Operation {
        /** Path and query values: each is wrong for any parameter (percent-encoded as sent). */
        // (A request line over 4 KiB is refused by the HTTP codec with a bare 414 before any application
        // code runs, like a target that is no URI at all: oversized values stay under that.)
        static final List<String> BAD_VALUES = List.of("%00", "a%00b", "%ED%A0%80", "%C3%28", "%C0%AF", "1e999",
                "x".repeat(3000), "%E2%80%AE%F0%9F%98%80%22%3E");
        static final List<String> BAD_LANGUAGES = List.of("en;q=abc", "*;q=2", ";;;", "en,,zh-");
        static final List<String> BAD_CONTENT_TYPES = List.of("application/json;;;", "/", "text/plain",
                "multipart/form-data");
        static final List<String> BAD_AUTHORIZATION = List.of("Bearer x.y.z", "Basic Zm9vOmJhcg==",
                "Bearer " + "A".repeat(3000));

        private final JsonNode openApi;
        private final String path;
        private final String method;
        private final JsonNode op;
        private final Random random;
        private final List<Variant> out = new ArrayList<>();

        Operation(JsonNode openApi, String path, String method, JsonNode op, Random random) {
            this.openApi = openApi;
            this.path = path;
            this.method = method;
            this.op = op;
            this.random = random;
        }

        private boolean hasPathParams() {
            return path.contains("{");
        }

        private String contentType() {
            JsonNode content = op.path("requestBody").path("content");
            return content.fieldNames().hasNext() ? content.fieldNames().next() : null;
        }

        /** The path with every parameter an id that exists nowhere (so mutations find nothing). */
        private String placeholderPath(String except, String value) {
            String result = path;
            for (JsonNode p : op.path("parameters")) {
                if ("path".equals(p.path("in").asText())) {
                    String name = p.path("name").asText();
                    String filler = name.equals(except) ? value
                            : "integer".equals(p.path("schema").path("type").asText()) ? "2026" : UUID.randomUUID().toString();
                    result = result.replace("{" + name + "}", filler);
                }
            }
            return result;
        }

        /** A body that never parses: mutating requests that are not about the body still change nothing. */
        private byte[] brokenBody() {
            return method.equals("GET") || method.equals("DELETE") ? null : "{\"broken\":".getBytes(StandardCharsets.UTF_8);
        }

        private Map<String, String> baseHeaders() {
            Map<String, String> headers = new LinkedHashMap<>();
            String type = contentType();
            if (type != null && brokenBody() != null) {
                headers.put("Content-Type", type.startsWith("multipart") ? type + "; boundary=fuzz" : type);
            }
            return headers;
        }

        private void add(String target, Map<String, String> headers, byte[] body) {
            out.add(new Variant(method, target, headers, body));
        }

        /** Mutations with neither a path id nor a body (read-all, TOTP enrolment) only get refused headers. */
        private boolean safeToReach() {
            return method.equals("GET") || hasPathParams() || contentType() != null;
        }

        List<Variant> variants() {
            String target = placeholderPath(null, null);
            for (JsonNode p : op.path("parameters")) {
                String in = p.path("in").asText();
                String name = p.path("name").asText();
                if ("path".equals(in)) {
                    for (String bad : BAD_VALUES) {
                        add(placeholderPath(name, bad), baseHeaders(), brokenBody());
                    }
                } else if ("query".equals(in) && safeToReach()) {
                    for (String bad : BAD_VALUES) {
                        add(target + "?" + name + "=" + bad, baseHeaders(), brokenBody());
                    }
                    add(target + "?" + name + "=1&" + name + "=2", baseHeaders(), brokenBody());
                } else if ("header".equals(in) && safeToReach()) {
                    for (String bad : List.of("x".repeat(3000), "\u00ff\u00fe", "a,b;q=abc")) {
                        Map<String, String> headers = baseHeaders();
                        headers.put(name, bad);
                        add(target, headers, brokenBody());
                    }
                }
            }
            for (String language : BAD_LANGUAGES) {
                Map<String, String> headers = baseHeaders();
                headers.put("Accept-Language", language);
                add(target, headers, brokenBody());
            }
            for (String type : BAD_CONTENT_TYPES) {
                Map<String, String> headers = baseHeaders();
                headers.put("Content-Type", type);
                add(target, headers, brokenBody() == null ? "x".getBytes() : brokenBody());
            }
            if (safeToReach()) {
                for (String authorization : BAD_AUTHORIZATION) {
                    Map<String, String> headers = baseHeaders();
                    headers.put("Authorization", authorization);
                    add(target, headers, brokenBody());
                }
                for (String accept : List.of("application/xml", "text/html;q=abc")) {
                    Map<String, String> headers = baseHeaders();
                    headers.put("Accept", accept);
                    add(target, headers, brokenBody());
                }
            }
            String type = contentType();
            if (type != null && type.contains("json")) {
                jsonBodies(target);
            } else if (type != null && type.startsWith("multipart")) {
                multipartBodies(target);
            }
            return out;
        }

        private void json(String target, String body) {
            json(target, body.getBytes(StandardCharsets.UTF_8));
        }

        private void json(String target, byte[] body) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            add(target, headers, body);
        }

        private void jsonBodies(String target) {
            for (String broken : List.of("{", "{\"a\":", "\"unterminated", "{'a':1}", "{\"a\":01}",
                    "[]", "123", "{\"\\ud800\":1}",
                    "[".repeat(5000), "{\"a\":" + "9".repeat(2000) + "}", "{\"a\":1,\"a\":2}")) {
                json(target, broken);
            }
            json(target, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}); // invalid UTF-8
            json(target, new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{', 0, '}'}); // UTF-16 with a BOM
            json(target, ("{\"a\":\"" + "x".repeat(1100 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8)); // over 1 MiB
            JsonNode schema = resolve(op.path("requestBody").path("content").path(contentType()).path("schema"));
            for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext(); ) {
                Map.Entry<String, JsonNode> prop = props.next();
                String name = prop.getKey();
                String q = "\"" + name + "\"";
                // values that no field accepts (objects and arrays are never coerced into a string)
                json(target, "{" + q + ":{\"nested\":{}}}");
                json(target, "{" + q + ":[[1],{}]}");
                json(target, "{" + q + ":\"a\\u0000b\"}");
                json(target, "{" + q + ":\"\\udc00\"}");
                json(target, "{" + q + ":1," + q + ":2}");
                if (hasPathParams()) { // an unknown id: even a well-formed oversized value changes nothing
                    json(target, "{" + q + ":\"" + "長".repeat(20_000 + random.nextInt(1000)) + "\"}");
                    json(target, "{" + q + ":-99999999999999999999}");
                    json(target, "{" + q + ":\"9999-99-99\"}");
                }
            }
        }

        private JsonNode resolve(JsonNode schema) {
            String ref = schema.path("$ref").asText("");
            if (ref.startsWith("#/components/schemas/")) {
                return openApi.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
            }
            return schema;
        }

        private void multipart(String target, String type, String body) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", type);
            add(target, headers, body.getBytes(StandardCharsets.ISO_8859_1));
        }

        private void multipartBodies(String target) {
            String field = "--B\r\nContent-Disposition: form-data; name=\"materialCode\"\r\n\r\nM01\r\n";
            String file = "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n";
            multipart(target, "multipart/form-data; boundary=B", field + file); // truncated: no closing boundary
            multipart(target, "multipart/form-data; boundary=B", field.substring(0, 20));
            multipart(target, "multipart/form-data; boundary=Other", field + file + "\r\n--B--\r\n");
            multipart(target, "multipart/form-data", field + "--B--\r\n");
            multipart(target, "multipart/form-data; boundary=B", "");
            multipart(target, "multipart/form-data; boundary=B",
                    "--B\r\nContent-Disposition: form-data; name=\"materialCode\"\r\n\r\nM\0\r\n" + file + "\r\n--B--\r\n");
            multipart(target, "multipart/form-data; boundary=B", "--B\r\nContent-Disposition: form-data\r\n\r\nx\r\n--B--\r\n");
            multipart(target, "multipart/form-data; boundary=B", "--B\r\nno headers at all\r\n--B--\r\n");
            multipart(target, "multipart/form-data; boundary=B",
                    "--B\r\nContent-Disposition: form-data; name=\"" + "n".repeat(10_000) + "\"\r\n\r\nx\r\n--B--\r\n");
        }
    }
}
