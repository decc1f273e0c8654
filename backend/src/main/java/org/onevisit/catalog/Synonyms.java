package org.onevisit.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups of words that mean the same to someone searching the catalogue (危化品 and 危险化学品, 职业卫生 and
 * 职业病危害): the shipped {@code catalog/synonyms.txt} plus an administrator's file. A search term that
 * contains a term of a group also stands for the same text with each other term of the group in its place.
 */
public final class Synonyms {

    static final String RESOURCE = "/catalog/synonyms.txt";
    public static final Synonyms NONE = new Synonyms(List.of());

    /** Each term (lower case) to the group it belongs to; longest terms first when expanding. */
    private final Map<String, Set<String>> groups;

    private Synonyms(List<Set<String>> groupList) {
        Map<String, Set<String>> byTerm = new TreeMap<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (Set<String> group : groupList) {
            Set<String> merged = new LinkedHashSet<>(group);
            for (String term : group) {
                Set<String> existing = byTerm.get(term);
                if (existing != null) {
                    merged.addAll(existing);
                }
            }
            // every term of a merged group, old or new, points to the merged set
            for (String term : List.copyOf(merged)) {
                Set<String> old = byTerm.get(term);
                if (old != null) {
                    merged.addAll(old);
                }
            }
            merged.forEach(term -> byTerm.put(term, merged));
        }
        this.groups = byTerm;
    }

    /** The shipped groups and, if named, those of an administrator's file (which must exist). */
    public static Synonyms load(java.util.Optional<Path> extra) {
        List<Set<String>> groups = new ArrayList<>(parse(shipped()));
        extra.ifPresent(path -> {
            try {
                groups.addAll(parse(Files.readString(path, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the synonyms file " + path
                        + " (ONEVISIT_CATALOG_SYNONYMS_FILE)", e);
            }
        });
        return new Synonyms(groups);
    }

    static Synonyms of(String text) {
        return new Synonyms(parse(text));
    }

    /** The term and what it stands for: each group term it contains replaced by the group's other terms. */
    public Set<String> expand(String term) {
        String t = term.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        out.add(t);
        groups.forEach((word, group) -> {
            if (t.contains(word)) {
                group.forEach(other -> out.add(t.replace(word, other)));
            }
        });
        return out;
    }

    /** Every term of the group the word belongs to (itself included), or just the word. */
    public Set<String> group(String word) {
        return groups.getOrDefault(word.toLowerCase(Locale.ROOT), Set.of(word.toLowerCase(Locale.ROOT)));
    }

    static List<Set<String>> parse(String text) {
        List<Set<String>> groups = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            Set<String> group = new LinkedHashSet<>();
            Arrays.stream(content.split("[,，、]")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> s.toLowerCase(Locale.ROOT)).forEach(group::add);
            if (group.size() > 1) {
                groups.add(group);
            }
        }
        return groups;
    }

    private static String shipped() {
        try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
