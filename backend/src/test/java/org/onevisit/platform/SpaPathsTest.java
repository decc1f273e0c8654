package org.onevisit.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpaPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/items/010019600100", "/items/xyz", "/my/applications", "/login", "/favicon.svg"})
    void theIndexPageAndEveryAppRouteAreRevalidated(String path) {
        assertEquals("no-cache", SpaPaths.cacheControl(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/assets/index-B1x2y3z4.js", "/assets/ItemGuideView-Cq9.css", "/assets/logo-abc123.svg"})
    void hashedAssetsAreKeptForAYear(String path) {
        assertEquals("public, max-age=31536000, immutable", SpaPaths.cacheControl(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api", "/api/items", "/api/items/010019600100/guide", "/q/health/ready", "/q/openapi"})
    void theBackendSetsItsOwnCaching(String path) {
        assertNull(SpaPaths.cacheControl(path));
    }

    @ParameterizedTest
    @CsvSource({
            "/assets/nope-123.js, true",
            "/favicon-missing.png, true",
            "/robots.txt, true",
            "/items/xyz, false",
            "/my/applications, false",
            "/, false",
            "/verify/CXAJ-ZS-2026-1, false",
            "/apiary/x.js, true",
    })
    void aPathWithAnExtensionNamesAFile(String path, boolean file) {
        assertEquals(file, SpaPaths.namesAFile(path));
    }

    @ParameterizedTest
    @CsvSource({"/api/x, true", "/q/health, true", "/apiary, false", "/quote, false", "/items, false"})
    void onlyTheApiAndQuarkusPrefixesAreTheBackend(String path, boolean backend) {
        assertEquals(backend, SpaPaths.isBackend(path));
    }
}
