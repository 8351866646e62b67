package org.attache.nlp.gazetteer;

import java.util.HashMap;
import java.util.Map;

/**
 * States, provinces and territories of the bundled {@code regions.txt} ("New Mexico", "British Columbia", "New
 * South Wales"), spelled out in full, with their country. A place named so is in that country, although its name
 * holds another country's name or demonym. Immutable; thread-safe.
 */
public final class RegionNames {
    private static final Map<String, String> FULL = load();

    private RegionNames() {
    }

    /** ISO3 of the state or province spelled out as {@code form} ("New Mexico" → USA), or null. */
    public static String countryOf(String form) {
        return form == null ? null : FULL.get(CountryGazetteer.key(form));
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        CountryGazetteer.readTable(RegionNames.class, "/org/attache/nlp/gazetteer/regions.txt", (code, form) -> {
            if (!form.contains(".")) {
                m.put(CountryGazetteer.key(form), code);
            }
        });
        return Map.copyOf(m);
    }
}
