package org.attache.nlp.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attache.api.registry.NameForm;

/**
 * Near spellings of one organisation's long name across articles: a misprint of one long word ("Internatinal
 * Monetary Fund", "Commodity Credit Crporation", "U.S. Food and Drug Adminstration") and the same content words
 * with other function words or hyphens ("Securities Exchange Commission" / "Securities and Exchange Commission",
 * "Organisation of Economic Cooperation and Development" / "Organisation for Economic Co-operation and
 * Development"). Wire copy is typed fast and such a spelling otherwise starts an entity of its own.
 *
 * <p>Both sides are read as their {@linkplain EntityResolver#core core} (a leading country name, a legal form, a
 * trailing "Board" set aside) reduced to its <em>content words</em>: folded, hyphenated parts joined, the function
 * words ({@link #FUNCTION_WORDS}) dropped. Two names are near when their content words are the same words in the
 * same order, or all but one, that one a misprint ({@link NameKeys#oneLetterOff}) of at least
 * {@value #MIN_WORD} letters. Short names never are: at least {@value #MIN_WORDS} content words and
 * {@value #MIN_KEY} letters, so "Iran"/"Iraq" or "Bank Leu"/"Bank Lea" stay apart, and a word more or less
 * ("General Motors" / "General Motors Acceptance") is another body.
 *
 * <p>The registry finds candidates through {@link #indexKeys}: the symmetric deletes of the content-word key (a
 * key and every key one letter shorter), stored with the spelling's {@link NameForm#wordKeys()}; two near names
 * share one of them whichever was stored first, so the join does not depend on which article came first.
 */
final class OrganisationSpellings {
    /** Function words a body's name is written with and without ("of"/"for", "and", "&amp;", "the"). */
    static final Set<String> FUNCTION_WORDS = Set.of("and", "of", "for", "the", "on", "in", "to", "de", "du", "des",
            "la", "le", "del", "der", "und", "y", "et");
    static final int MIN_WORDS = 2;
    static final int MIN_KEY = 12;
    static final int MIN_WORD = 6;
    /** Marks these keys in the registry's variant index, apart from a person's surname variants. */
    private static final String MARK = "~";

    private OrganisationSpellings() {
    }

    /** The content words of a name's core, folded; hyphenated parts joined ("Co-operation" → "cooperation"). */
    static List<String> contentWords(String name) {
        List<String> out = new ArrayList<>();
        for (String word : NameKeys.display(EntityResolver.core(name)).split("[\\s,/]+")) {
            String key = NameKeys.key(word);
            if (!key.isEmpty() && !FUNCTION_WORDS.contains(key.toLowerCase(Locale.ROOT)) && !word.equals("&")) {
                out.add(key);
            }
        }
        return out;
    }

    /** True when the name is long enough for the near-spelling rules. */
    static boolean eligible(List<String> words) {
        return words.size() >= MIN_WORDS && String.join("", words).length() >= MIN_KEY;
    }

    /** The keys an organisation's spelling is indexed and looked up under; empty for a short name. */
    static Set<String> indexKeys(String name) {
        List<String> words = contentWords(name);
        Set<String> out = new LinkedHashSet<>();
        if (!eligible(words)) {
            return out;
        }
        String key = String.join(" ", words);
        out.add(MARK + key);
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != ' ') {
                out.add(MARK + key.substring(0, i) + key.substring(i + 1));
            }
        }
        return out;
    }

    /**
     * Which near spelling {@code a} is of {@code b}, or null: {@code "misprint"} for one word one letter off,
     * {@code "words"} for the same content words with other function words or hyphens; null when the names are
     * the same key, too short, or further apart.
     */
    static String near(String a, String b) {
        if (NameKeys.key(a).equals(NameKeys.key(b))) {
            return null;
        }
        List<String> x = contentWords(a);
        List<String> y = contentWords(b);
        if (!eligible(x) || !eligible(y) || x.size() != y.size()) {
            return null;
        }
        if (x.equals(y)) {
            return "words";
        }
        int differing = -1;
        for (int i = 0; i < x.size(); i++) {
            if (!x.get(i).equals(y.get(i))) {
                if (differing >= 0) {
                    return null;
                }
                differing = i;
            }
        }
        String u = x.get(differing);
        String v = y.get(differing);
        return Math.min(u.length(), v.length()) >= MIN_WORD && NameKeys.oneLetterOff(u, v)
                && !u.chars().anyMatch(Character::isDigit) && !v.chars().anyMatch(Character::isDigit) ? "misprint" : null;
    }
}
