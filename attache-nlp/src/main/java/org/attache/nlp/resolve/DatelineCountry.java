package org.attache.nlp.resolve;

import org.attache.nlp.gazetteer.CountryGazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = DatelineCountry.class.getResourceAsStream("/org/attache/nlp/resolve/dateline-cities.txt")) {
            if (in == null) {
                throw new IllegalStateException("dateline-cities.txt missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|");
                for (int i = 1; i < f.length; i++) {
                    out.putIfAbsent(CountryGazetteer.key(f[i]), f[0].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading dateline-cities.txt", e);
        }
        return out;
    }
}
