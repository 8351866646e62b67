package org.attache.nlp.resolve;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person named once by a first name alone in an article that names that person in full ("Dilson Funaro … Dilson
 * said", as Brazilian usage has it; "Kim Dae-jung … Kim") is that person: the bare word opens the name of exactly one
 * person of the article, and no person of the article ends in it (where one does, the word is read as a surname, as
 * before). Only the article's own names are read, so the answer does not depend on the order of articles or of
 * the names within the article. Stateless; thread-safe.
 */
final class GivenNames {
    private static final int MIN_LENGTH = 3;

    private GivenNames() {
    }

    /**
     * For the article's person names, the full name each bare first name stands for, keyed by the bare name's
     * {@link NameKeys#key}; names without one are absent.
     */
    static Map<String, String> fullNames(List<String> personNames) {
        Map<String, Set<String>> opening = new HashMap<>(); // first word → full names' keys
        Map<String, String> fullByKey = new LinkedHashMap<>();
        Set<String> lastWords = new java.util.HashSet<>();
        for (String name : personNames) {
            List<String> tokens = NameKeys.tokens(name);
            if (tokens.size() >= 2) {
                opening.computeIfAbsent(tokens.getFirst(), k -> new LinkedHashSet<>()).add(NameKeys.key(name));
                fullByKey.merge(NameKeys.key(name), name, (a, b) -> NameKeys.moreComplete(b, a) ? b : a);
                lastWords.add(tokens.getLast());
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String name : personNames) {
            if (!NameKeys.isPartial(name) || !Character.isUpperCase(name.codePointAt(0))) {
                continue;
            }
            String key = NameKeys.key(name);
            Set<String> fulls = opening.getOrDefault(key, Set.of());
            if (key.length() >= MIN_LENGTH && fulls.size() == 1 && !lastWords.contains(key)) {
                out.put(key, fullByKey.get(fulls.iterator().next()));
            }
        }
        return out;
    }
}
