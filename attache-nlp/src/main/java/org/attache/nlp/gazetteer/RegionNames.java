package org.attache.nlp.gazetteer;

import java.util.HashMap;
import java.util.Map;

/**
 * States, provinces and territories of the bundled {@code regions.txt} ("New Mexico", "British Columbia", "New
 * South Wales", and the press's "N.M.", "B.C."), with their country. A place named so is in that country, although
 * its name holds another country's name or demonym. Immutable; thread-safe.
 */
public final class RegionNames {
    private static final Map<String, String> ANY = load(true);
    /** Forms spelled out in full: "Indiana", not "Ind.", which inside a name may be anything. */
    private static final Map<String, String> FULL = load(false);
    /** Each press abbreviation's full form, read as the full form it follows in its row ("Calif." → California). */
    private static final Map<String, String> EXPANSIONS = expansions();

    private RegionNames() {
    }

    /** ISO3 of the state or province spelled out as {@code form} ("New Mexico" → USA), or null. */
    public static String countryOf(String form) {
        return form == null ? null : FULL.get(CountryGazetteer.key(form));
    }

    /** ISO3 of the state or province written as {@code form}, in full or abbreviated ("Mass." → USA), or null. */
    public static String countryOfAnyForm(String form) {
        return form == null ? null : ANY.get(CountryGazetteer.key(form));
    }

    /**
     * The full name of a state or province that {@code form} abbreviates in the press's way ("Calif.", "Calif",
     * "N.Y." → "California", "New York"), or null when {@code form} is no listed abbreviation.
     */
    public static String fullNameOf(String form) {
        return form == null ? null : EXPANSIONS.get(CountryGazetteer.key(form));
    }

    private static Map<String, String> expansions() {
        Map<String, String> m = new HashMap<>();
        String[] full = {null};
        CountryGazetteer.readTable(RegionNames.class, "/org/attache/nlp/gazetteer/regions.txt", (code, form) -> {
            if (!form.contains(".")) {
                full[0] = form; // rows list a full name before its abbreviations, and every row opens with one
            } else if (full[0] != null) {
                m.putIfAbsent(CountryGazetteer.key(form), full[0]);
            }
        });
        return Map.copyOf(m);
    }

    private static Map<String, String> load(boolean abbreviations) {
        Map<String, String> m = new HashMap<>();
        CountryGazetteer.readTable(RegionNames.class, "/org/attache/nlp/gazetteer/regions.txt", (code, form) -> {
            if (abbreviations || !form.contains(".")) {
                m.put(CountryGazetteer.key(form), code);
            }
        });
        return Map.copyOf(m);
    }
}
