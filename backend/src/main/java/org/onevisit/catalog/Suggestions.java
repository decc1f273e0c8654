package org.onevisit.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Did you mean": for a search that found nothing, the items whose names share the most characters
 * with what was typed (or with what its synonyms stand for), so a typo or a partial memory of a name
 * still leads somewhere.
 */
final class Suggestions {

    static final int MAX = 5;
    /** Share of the typed characters a name must contain to be offered. */
    static final double MIN_OVERLAP = 0.5;

    private Suggestions() {
    }

    static List<ItemPage.Suggestion> closeTo(String text, Set<String> alternatives, List<Guide> guides) {
        Map<Guide, Double> scores = guides.stream().collect(Collectors.toMap(g -> g, g -> alternatives.stream()
                .mapToDouble(a -> overlap(a, g.name())).max().orElse(0), (a, b) -> a));
        return guides.stream()
                .filter(g -> scores.get(g) >= MIN_OVERLAP)
                .sorted(Comparator.comparingDouble((Guide g) -> -scores.get(g))
                        .thenComparingInt(g -> distance(text, g.name())))
                .limit(MAX)
                .map(g -> new ItemPage.Suggestion(g.code(), g.name()))
                .toList();
    }

    /** The share of the query's distinct characters (letters and digits) that the name contains. */
    static double overlap(String query, String name) {
        Set<Integer> wanted = query.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).boxed()
                .collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return 0;
        }
        Set<Integer> have = name.toLowerCase(Locale.ROOT).codePoints().boxed().collect(Collectors.toSet());
        return wanted.stream().filter(have::contains).count() / (double) wanted.size();
    }

    /** Levenshtein distance, to order names that share as many characters. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
