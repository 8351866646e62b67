package org.attache.nlp.resolve;

import org.attache.nlp.gazetteer.CountryGazetteer;

import java.util.HashMap;
import java.util.Map;

/**
 * The country of an article's dateline place ({@code Article.dateline()}: "SINGAPORE", "Hanoi", "KUALA
 * LUMPUR, Jan 5"): a country name or capital the {@link CountryGazetteer} knows, else a major city of the
 * bundled {@code dateline-cities.txt}. Text after a comma or parenthesis is ignored. A weak default only:
 * the resolver uses it for people and organisations that have no other evidence. Immutable, thread-safe.
 */
final class DatelineCountry {
    private static final class Holder {
        static final DatelineCountry STANDARD = new DatelineCountry(CountryGazetteer.standard(), load());
    }

    private final CountryGazetteer gazetteer;
    private final Map<String, String> cities;

    private DatelineCountry(CountryGazetteer gazetteer, Map<String, String> cities) {
        this.gazetteer = gazetteer;
        this.cities = Map.copyOf(cities);
    }

    static DatelineCountry standard() {
        return Holder.STANDARD;
    }

    /** ISO3 of the dateline's place, or null when absent or unknown. */
    String of(String dateline) {
        if (dateline == null) {
            return null;
        }
        String place = dateline.split("[,(\\u2013\\u2014]", 2)[0].strip();
        if (place.isEmpty()) {
            return null;
        }
        if (gazetteer.countryOfDemonym(place) != null) {
            return null;
        }
        String c = gazetteer.countryOfPlace(place);
        return c != null ? c : cities.get(CountryGazetteer.key(place));
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        CountryGazetteer.readTable(DatelineCountry.class, "/org/attache/nlp/resolve/dateline-cities.txt",
                (code, form) -> out.putIfAbsent(CountryGazetteer.key(form), code));
        return out;
    }
}
