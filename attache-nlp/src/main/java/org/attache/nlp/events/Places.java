package org.attache.nlp.events;

import java.util.HashMap;
import java.util.Map;
import org.attache.nlp.gazetteer.CountryGazetteer;

/**
 * Cities, regions and territories with their country ({@code places.txt}), for places the country gazetteer
 * (countries, capitals, demonyms) does not hold: "shelled Juba", "in the West Bank city of Hebron"; and the
 * country of well-known parties and armed groups ({@code organisations.txt}: "Hamas", "Tamil Tigers"). Written
 * from general knowledge; the first country listed for a name wins.
 */
final class Places {
    private static final Map<String, String> BY_KEY = load("places.txt");
    private static final Map<String, String> ORGANISATIONS = load("organisations.txt");

    private Places() {
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> m = new HashMap<>();
        CountryGazetteer.readTable(Places.class, resource, (code, form) -> m.putIfAbsent(CountryGazetteer.key(form), code));
        return Map.copyOf(m);
    }

    /** ISO3 of the country a party, movement or armed group ("Hamas", "Tamil Tigers") acts in, or null. */
    static String countryOfOrganisation(String name) {
        if (name == null) {
            return null;
        }
        String k = CountryGazetteer.key(name);
        String c = ORGANISATIONS.get(k);
        if (c == null && k.startsWith("the")) {
            c = ORGANISATIONS.get(k.substring(3));
        }
        return c;
    }

    /** ISO3 of a place name as printed ("Khartoum", "Gaza Strip"), or null. */
    static String countryOf(String name) {
        if (name == null) {
            return null;
        }
        String k = CountryGazetteer.key(name);
        String c = BY_KEY.get(k);
        if (c == null && k.startsWith("the")) {
            c = BY_KEY.get(k.substring(3));
        }
        return c;
    }
}
