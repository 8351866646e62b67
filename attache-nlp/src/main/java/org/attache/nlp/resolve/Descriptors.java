package org.attache.nlp.resolve;

import org.attache.nlp.BundledTable;
import org.attache.nlp.gazetteer.CountryGazetteer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Words that describe rather than name: nationality adjectives and nouns ("Japanese", "Soviet",
 * "Singaporeans"), regional, religious and political adjectives ("European", "Arab", "Muslim",
 * "Republican"), and hyphenated compounds of them ("Sino-Soviet", "Japanese-American", "Soviet-backed").
 * Such a word is an attribute of the phrase it stands in, giving it a country or a group; it is never an
 * entity. Country demonyms come from {@link CountryGazetteer}, the rest from the bundled
 * {@code descriptors.txt}. Immutable and thread-safe.
 */
public final class Descriptors {
    /** Combining forms that open a hyphenated compound of nationalities ("Sino-", "Anglo-"). */
    private static final Set<String> COMBINING = Set.of("sino", "anglo", "franco", "indo", "afro", "euro", "russo",
            "austro", "italo", "greco", "judeo", "pan", "irano", "turco", "hispano", "luso", "germano", "nippo",
            "us", "uk", "eu", "un", "non", "anti", "pro", "ex");
    /** Lower-case participles and nouns that make a compound an adjective ("Soviet-backed", "US-made"). */
    private static final Set<String> ADJECTIVE_ENDS = Set.of("backed", "made", "born", "based", "owned", "led",
            "run", "built", "style", "educated", "trained", "supported", "sponsored", "controlled", "occupied",
            "brokered", "funded", "speaking", "dominated", "allied", "aligned", "inspired", "designed",
            "produced", "registered", "flagged", "bound", "era");

    /** Points of the compass that make a descriptor of a part ("West German", "Northern Irish"). */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "upper", "lower",
            "gulf");

    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    private Descriptors() {
    }

    /** True when {@code text} as a whole is a descriptor, not a name. */
    public static boolean isDescriptor(String text) {
        String t = unwrapped(NameKeys.display(text));
        if (t.isEmpty() || !Character.isLetter(t.codePointAt(0))) {
            return false;
        }
        if (word(t)) {
            return true;
        }
        String[] words = t.split("\\s+");
        if (words.length >= 2 && word(words[words.length - 1])) {
            boolean compass = true;
            for (int i = 0; i < words.length - 1; i++) {
                compass &= COMPASS.contains(words[i].toLowerCase(Locale.ROOT));
            }
            if (compass) {
                return true; // "West German", "South Korean"
            }
        }
        String[] parts = t.split("[-‑–]");
        if (parts.length < 2) {
            return false;
        }
        boolean descriptor = false;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            String folded = p.replace(".", "").toLowerCase(Locale.ROOT);
            if (p.isEmpty()) {
                return false;
            }
            if (word(p) || CountryGazetteer.standard().countryOfName(p) != null && i < parts.length - 1) {
                descriptor = true;
            } else if (!(i < parts.length - 1 && COMBINING.contains(folded))
                    && !(i == parts.length - 1 && ADJECTIVE_ENDS.contains(folded))) {
                return false;
            }
        }
        return descriptor;
    }

    /** The country a descriptor ties to ("Soviet" → SUN, "Japanese-made" → JPN), or null (none or several). */
    public static String country(String text) {
        String t = unwrapped(NameKeys.display(text));
        String[] words = t.split("\\s+");
        if (words.length >= 2 && demonymCountry(t) == null && COMPASS.contains(words[0].toLowerCase(Locale.ROOT))) {
            t = words[words.length - 1];
        }
        String whole = demonymCountry(t);
        if (whole != null) {
            return whole;
        }
        String found = null;
        for (String p : t.split("[-‑–]")) {
            String c = demonymCountry(p.strip());
            if (c == null) {
                c = CountryGazetteer.standard().countryOfName(p.strip());
            }
            if (c != null) {
                if (found != null && !found.equals(c)) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    /** Without the brackets and quotes a recogniser may leave around a word ("<Welsh", "“Soviet”"). */
    private static String unwrapped(String t) {
        return WRAPPING.matcher(t).replaceAll("");
    }

    private static final java.util.regex.Pattern WRAPPING = java.util.regex.Pattern.compile(
            "^[\\p{Ps}\\p{Pi}<\"'«]+|[\\p{Pe}\\p{Pf}>\"'»,;:]+$");

    private static boolean word(String w) {
        if (CountryGazetteer.standard().countryOfName(w) != null) {
            return false; // "Philippines" names a country, though "Philippine" + s looks like a plural
        }
        return demonymCountry(w) != null || Holder.WORDS.contains(CountryGazetteer.key(w))
                || w.length() > 3 && w.endsWith("s") && Holder.WORDS.contains(CountryGazetteer.key(w.substring(0, w.length() - 1)));
    }

    private static String demonymCountry(String w) {
        CountryGazetteer g = CountryGazetteer.standard();
        String c = g.countryOfDemonym(w);
        if (c == null && w.length() > 3 && w.endsWith("s")) {
            c = g.countryOfDemonym(w.substring(0, w.length() - 1));
        }
        return c;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        BundledTable.read(Descriptors.class, "descriptors.txt", (n, line) -> words.add(CountryGazetteer.key(line.strip())));
        return Set.copyOf(words);
    }
}
