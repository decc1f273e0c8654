package org.onevisit.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An immutable snapshot of the catalogue in effect on one day, with a search text per item.
 * Twenty guides fit in memory many times over; filtering them here beats a query per request.
 */
public final class Catalog {

    private final List<Guide> guides;
    private final Map<String, Guide> byCode;
    private final Map<String, String> searchText;
    private final LocalDate day;
    private final Instant loadedAt;
    private final Synonyms synonyms;

    Catalog(List<Guide> guides, LocalDate day, Instant loadedAt) {
        this(guides, day, loadedAt, Synonyms.NONE);
    }

    Catalog(List<Guide> guides, LocalDate day, Instant loadedAt, Synonyms synonyms) {
        this.guides = List.copyOf(guides);
        this.byCode = guides.stream().collect(Collectors.toMap(Guide::code, g -> g, (a, b) -> b, LinkedHashMap::new));
        this.searchText = guides.stream().collect(Collectors.toMap(Guide::code, Catalog::searchable));
        this.day = day;
        this.loadedAt = loadedAt;
        this.synonyms = synonyms;
    }

    public List<Guide> guides() {
        return guides;
    }

    public Optional<Guide> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    LocalDate day() {
        return day;
    }

    Instant loadedAt() {
        return loadedAt;
    }

    /**
     * The items that pass every filter and contain every word of the text (or a synonym of it, see
     * {@link Synonyms}); when the text found nothing, suggestions of close names.
     */
    public ItemPage search(ItemQuery query) {
        List<Set<String>> words = query.text().map(t -> Arrays.stream(t.strip().split("\\s+"))
                .filter(w -> !w.isEmpty()).map(synonyms::expand).toList()).orElse(List.of());
        List<Guide> matches = guides.stream()
                .filter(g -> words.stream().allMatch(alternatives -> alternatives.stream().anyMatch(searchText.get(g.code())::contains)))
                .filter(g -> query.type().map(t -> t == g.type()).orElse(true))
                .filter(g -> query.zeroVisit().map(z -> z == g.zeroVisit()).orElse(true))
                .filter(g -> query.cityWide().map(c -> c == g.cityWideEnabled()).orElse(true))
                .filter(g -> query.online().map(o -> o == g.online()).orElse(true))
                .filter(g -> query.serviceObject().map(o -> g.serviceObjects().contains(o)).orElse(true))
                .toList();
        long from = (long) query.page() * query.size();
        List<ItemSummary> page = matches.stream().skip(from).limit(query.size()).map(ItemSummary::of).toList();
        List<ItemPage.Suggestion> suggestions = matches.isEmpty() && !words.isEmpty()
                ? Suggestions.closeTo(query.text().get(), words.stream().flatMap(Set::stream).collect(Collectors.toSet()), guides)
                : List.of();
        return new ItemPage(page, matches.size(), query.page(), query.size(), suggestions);
    }

    /** Name, codes, legal bases and material names: what people search a guide by. */
    private static String searchable(Guide g) {
        Stream<String> own = Stream.of(g.name(), g.code(), g.implementationCode(), g.subType(), g.mainItem());
        Stream<String> laws = g.legalBases().stream().flatMap(b -> Stream.of(b.law(), b.article()));
        Stream<String> materials = g.materials().stream().map(Guide.Material::name);
        return Stream.of(own, laws, materials).flatMap(s -> s)
                .filter(s -> s != null)
                .collect(Collectors.joining("\n"))
                .toLowerCase(Locale.ROOT);
    }
}
