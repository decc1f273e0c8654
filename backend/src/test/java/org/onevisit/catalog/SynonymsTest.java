package org.onevisit.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synonym groups: parsing, merging an administrator's file, and what a search finds with them. */
class SynonymsTest {

    static final Catalog CATALOG_WITHOUT = new Catalog(ShippedCatalogue.guides(), LocalDate.now(), Instant.now());

    @Test
    void aTermStandsForEveryTermOfItsGroupAndForTheTextAroundIt() {
        Synonyms s = Synonyms.of("# comment\n危险化学品, 危化品、危化\n\n单独\n");
        assertEquals(Set.of("危险化学品", "危化品", "危化"), s.group("危化品"));
        assertTrue(s.expand("危化品经营").contains("危险化学品经营"));
        assertTrue(s.expand("危险化学品").contains("危化品"));
        assertEquals(Set.of("单独"), s.group("单独"), "a line of one term is no group");
    }

    @Test
    void anAdministratorsFileIsAddedAndGroupsSharingATermAreMerged(@TempDir Path dir) throws Exception {
        Path extra = dir.resolve("synonyms.txt");
        Files.writeString(extra, "双重预防机制, 风险分级管控\n危化品, 化学危险品\n", StandardCharsets.UTF_8);
        Synonyms s = Synonyms.load(Optional.of(extra));
        assertTrue(s.group("危险化学品").containsAll(List.of("危化品", "化学危险品")), "merged with the shipped group");
        assertEquals(Set.of("双重预防机制", "风险分级管控"), s.group("风险分级管控"));

        Catalog catalog = new Catalog(ShippedCatalogue.guides(), LocalDate.now(), Instant.now(), s);
        ItemQuery byAdminTerm = ItemQuery.parse("化学危险品", null, null, null, null, null, null, null);
        ItemQuery byName = ItemQuery.parse("危险化学品", null, null, null, null, null, null, null);
        assertEquals(0, CATALOG_WITHOUT.search(byAdminTerm).total());
        assertEquals(catalog.search(byName).total(), catalog.search(byAdminTerm).total());
        assertTrue(catalog.search(byAdminTerm).total() >= 10);
    }

    @Test
    void aMissingAdministratorsFileIsAnError() {
        assertThrows(UncheckedIOException.class, () -> Synonyms.load(Optional.of(Path.of("/no/such/synonyms.txt"))));
    }

    @Test
    void suggestionsShareMostCharactersWithWhatWasTyped() {
        assertEquals(1.0, Suggestions.overlap("烟花", "烟花爆竹经营（零售）许可证核发"));
        assertEquals(0.0, Suggestions.overlap("xyz", "烟花爆竹经营（零售）许可证核发"));
        assertEquals(1, Suggestions.distance("危险化学晶", "危险化学品"));
    }
}
