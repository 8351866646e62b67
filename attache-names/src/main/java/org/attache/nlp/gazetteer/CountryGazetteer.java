package org.attache.nlp.gazetteer;

import org.attache.nlp.BundledTable;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.util.ULocale;
import org.attache.nlp.names.AsciiFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;

/**
 * Countries, former states, capitals, demonyms and international organisations keyed by a spelling-insensitive
 * key: diacritics folded, lower case, spaces and punctuation removed, so "Việt Nam", "Viet Nam" and "Vietnam"
 * are one key. Country names are generated from the JDK's ISO-3166 list (alpha-2 → alpha-3) and ICU's English
 * display names with derived variants (parentheses split, "&" spelled out, "St." as "Saint", "SAR China"
 * dropped); aliases, former states, capitals and demonyms come from small tables written for Attaché, IGO names
 * from {@link Igos}. The country lookups ({@link #countryOfName}, {@link #countryOfPlace}, …) never answer with
 * an IGO; {@link #lookup} (the tagger's) and {@link #igoOfName} do. Immutable after {@link #standard()};
 * thread-safe.
 */
public final class CountryGazetteer {
    private static final Logger LOG = LoggerFactory.getLogger(CountryGazetteer.class);
    private static final Set<String> COMMON_WORDS = Set.of("turkey", "chad", "jordan", "guinea", "polish",
            "lao");
    private static final String RESOURCES = "/org/attache/nlp/gazetteer/";
    private static volatile CountryGazetteer standard;

    private final Map<String, Place> byKey = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();
    private final Set<String> ambiguous = new HashSet<>();

    private CountryGazetteer() {
    }

    /** The gazetteer built from ICU and the bundled tables (built once, then shared). */
    public static CountryGazetteer standard() {
        CountryGazetteer g = standard;
        if (g == null) {
            synchronized (CountryGazetteer.class) {
                g = standard;
                if (g == null) {
                    g = build();
                    standard = g;
                }
            }
        }
        return g;
    }

    /** The match key of a name form: folded, lower case, letters and digits only. */
    public static String key(CharSequence form) {
        StringBuilder sb = new StringBuilder(form.length());
        for (int i = 0; i < form.length(); i++) {
            char c = AsciiFolder.fold(form.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** The entry for a key made by {@link #key}, if any. */
    public Optional<Place> lookup(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** ISO3 of a country or former-state name as written ("Singapore", "Viet Nam", "Việt Nam"), or null. */
    public String countryOfName(String name) {
        Place p = name == null ? null : byKey.get(key(name));
        return p == null || p.kind() == Place.Kind.DEMONYM || p.kind() == Place.Kind.CAPITAL
                || p.kind() == Place.Kind.IGO ? null : p.country();
    }

    /** The code of an international organisation named so ("International Monetary Fund", "EEC"), or null. */
    public String igoOfName(String name) {
        Place p = name == null ? null : byKey.get(key(name));
        return p == null || p.kind() != Place.Kind.IGO ? null : p.country();
    }

    /**
     * The actor code a person means when naming a country to filter by: a code with a display name in any case
     * ("vnm" → VNM, "sun" → SUN, "imf" → IMF, see {@link CodeNames}), a country, former state or IGO name in any
     * spelling ("Viet Nam", "Soviet Union", "World Bank"), or another IGO acronym as event actors may carry it
     * (two, or four to ten, capitals). Empty for anything else. The CLI and the API both read their country
     * options with it.
     */
    public static Optional<String> actorCode(String input) {
        String s = input == null ? "" : input.strip();
        String upper = s.toUpperCase(Locale.ROOT);
        if (upper.matches("[A-Z0-9]{2,10}") && CodeNames.displayName(upper) != null) {
            return Optional.of(upper);
        }
        String byName = s.isEmpty() ? null : standard().countryOfName(s);
        if (byName == null && !s.isEmpty()) {
            byName = standard().igoOfName(s);
        }
        if (byName != null) {
            return Optional.of(byName);
        }
        return s.matches("[A-Z]{2}|[A-Z]{4,10}") ? Optional.of(s) : Optional.empty();
    }

    /**
     * The country's short English name ("United States" for USA, "Vietnam" for VNM, "Soviet Union" for SUN), the
     * one spelling all of a country's names resolve to: the JDK's locale data for current ISO 3166 codes, else
     * {@link CountryHistory} (former states, and Kosovo, which the JDK lacks); null for other codes (IGOs: see
     * {@link CodeNames}).
     */
    public static String englishName(String iso3) {
        return englishName(iso3, null);
    }

    /**
     * The country's English name as of {@code day} (null: today): as {@link #englishName(String)}, but a country
     * renamed under the same code is named as it was then (SWZ in 2005 "Swaziland", TUR in 1987 "Turkey"), and the
     * JDK's forms that carry a status or a second name are the news desk's ("Hong Kong", not "Hong Kong SAR China";
     * "Myanmar"), from the bundled {@code country-names.txt} (CLDR's short forms, cited there); "&amp;" is written
     * "and" and a leading "St." "Saint" ("Trinidad and Tobago", "Saint Lucia").
     */
    public static String englishName(String iso3, LocalDate day) {
        if (iso3 == null) {
            return null;
        }
        for (DatedName d : DATED_NAMES.getOrDefault(iso3, List.of())) {
            if ((d.first() == null || day != null && !day.isBefore(d.first()))
                    && (d.last() == null || day == null ? d.last() == null : !day.isAfter(d.last()))) {
                return d.name();
            }
        }
        String name = ENGLISH_NAMES.get(iso3);
        return name != null ? name
                : CountryHistory.standard().state(iso3).map(CountryHistory.State::name).orElse(null);
    }

    /** A name a code had between two days (either null: open). */
    private record DatedName(String name, LocalDate first, LocalDate last) {
    }

    private static final Map<String, List<DatedName>> DATED_NAMES = datedNames();

    private static Map<String, List<DatedName>> datedNames() {
        Map<String, List<DatedName>> names = new HashMap<>();
        BundledTable.read(CountryGazetteer.class, "/org/attache/nlp/gazetteer/country-names.txt",
                (n, line) -> {
                    String[] f = line.split("\\|", -1);
                    if (f.length != 4) {
                        throw new IllegalStateException("country-names.txt:" + n + ": expected 4 columns");
                    }
                    names.computeIfAbsent(f[0].strip(), k -> new ArrayList<>()).add(new DatedName(f[1].strip(),
                            f[2].isBlank() ? null : LocalDate.parse(f[2].strip()),
                            f[3].isBlank() ? null : LocalDate.parse(f[3].strip())));
                });
        return Map.copyOf(names);
    }

    private static final Map<String, String> ENGLISH_NAMES = englishNames();

    private static Map<String, String> englishNames() {
        Map<String, String> names = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            Locale locale = Locale.of("", iso2);
            try {
                String name = locale.getDisplayCountry(Locale.ENGLISH).replace(" & ", " and ");
                names.put(locale.getISO3Country(), name.startsWith("St. ") ? "Saint " + name.substring(4) : name);
            } catch (MissingResourceException noIso3) {
                // a code without an alpha-3 form: not a country we can name
            }
        }
        return Map.copyOf(names);
    }

    /** ISO3 of a demonym as written ("Singaporean", "Vietnamese"), or null. */
    public String countryOfDemonym(String word) {
        Place p = word == null ? null : byKey.get(key(word));
        return p == null || p.kind() != Place.Kind.DEMONYM ? null : p.country();
    }

    /** ISO3 of a country name or a demonym, or null (capitals are not countries here). */
    public String countryOf(String nameOrDemonym) {
        String iso = countryOfName(nameOrDemonym);
        return iso != null ? iso : countryOfDemonym(nameOrDemonym);
    }

    /** ISO3 of any entry: country, former state, capital or demonym ("Hanoi", "KUALA LUMPUR"), or null. */
    public String countryOfPlace(String form) {
        Place p = form == null ? null : byKey.get(key(form));
        return p == null || p.kind() == Place.Kind.IGO ? null : p.country();
    }

    /**
     * Like {@link #countryOfPlace}, but an international organisation's name gives its IGO code (not an acronym
     * with other common meanings, such as "ICC").
     */
    public String affiliationOfName(String form) {
        Place p = form == null ? null : byKey.get(key(form));
        return p == null || p.confirmed() ? null : p.country();
    }

    /** True when some entry's key starts with {@code keyPrefix}. */
    public boolean isPrefix(String keyPrefix) {
        return prefixes.contains(keyPrefix);
    }

    public int size() {
        return byKey.size();
    }

    private static CountryGazetteer build() {
        CountryGazetteer g = new CountryGazetteer();
        LocaleDisplayNames full = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
        LocaleDisplayNames shortNames = LocaleDisplayNames.getInstance(ULocale.ENGLISH,
                DisplayContext.LENGTH_SHORT);
        for (String alpha2 : Locale.getISOCountries()) {
            String alpha3;
            try {
                alpha3 = Locale.of("", alpha2).getISO3Country();
            } catch (MissingResourceException e) {
                continue;
            }
            if (alpha3.isEmpty()) {
                continue;
            }
            for (String name : new String[] {full.regionDisplayName(alpha2), shortNames.regionDisplayName(alpha2)}) {
                if (name != null && !name.equals(alpha2)) {
                    for (String variant : variants(name)) {
                        g.add(place(alpha3, variant, Place.Kind.COUNTRY));
                    }
                }
            }
        }
        g.load("aliases.txt", Place.Kind.COUNTRY);
        g.load("historical.txt", Place.Kind.FORMER_STATE);
        g.load("capitals.txt", Place.Kind.CAPITAL);
        g.load("demonyms.txt", Place.Kind.DEMONYM);
        for (Igos.Igo igo : Igos.standard().all()) {
            for (String form : igo.names()) {
                Place p = place(igo.code(), form, Place.Kind.IGO);
                g.add(new Place(p.country(), p.name(), p.kind(), p.abbreviation(), p.needsCapital(),
                        igo.confirmed().contains(form), igo.standalone().contains(form)));
                if (form.endsWith(" Corporation")) { // the wires' "International Finance Corp"
                    String corp = form.substring(0, form.length() - "oration".length());
                    g.add(new Place(p.country(), corp, p.kind(), p.abbreviation(), p.needsCapital(),
                            igo.confirmed().contains(form), igo.standalone().contains(form)));
                }
            }
        }
        g.ambiguous.forEach(g.byKey::remove);
        for (String k : g.byKey.keySet()) {
            for (int i = 1; i <= k.length(); i++) {
                g.prefixes.add(k.substring(0, i));
            }
        }
        LOG.debug("country gazetteer: {} keys, {} ambiguous dropped", g.byKey.size(), g.ambiguous.size());
        return g;
    }

    /** A display name and the forms derived from it. */
    static Set<String> variants(String name) {
        Set<String> out = new HashSet<>();
        String n = name.replace(" SAR China", "").replace("&", "and");
        int paren = n.indexOf('(');
        if (paren > 0 && n.endsWith(")")) {
            out.add(n.substring(0, paren).trim());
            out.add(n.substring(paren + 1, n.length() - 1).trim());
        } else {
            out.add(n.trim());
        }
        for (String v : Set.copyOf(out)) {
            if (v.startsWith("St. ")) {
                out.add("Saint " + v.substring(4));
            }
            if (v.startsWith("The ")) {
                out.add(v.substring(4));
            }
        }
        return out;
    }

    private void load(String file, Place.Kind kind) {
        readTable(CountryGazetteer.class, RESOURCES + file, (code, form) -> {
            add(place(code, form, kind));
            if (kind == Place.Kind.DEMONYM && pluralises(form)) {
                add(place(code, form + "s", kind));
            }
        });
    }

    /**
     * Reads a bundled table of lines {@code CODE|form|form…} ({@code #} comments and blank lines
     * skipped), handing each (code, form) pair to {@code row}; the format of every gazetteer table.
     */
    public static void readTable(Class<?> owner, String resource, java.util.function.BiConsumer<String, String> row) {
        BundledTable.read(owner, resource, (n, line) -> {
            String[] f = line.split("\\|");
            for (int k = 1; k < f.length; k++) {
                row.accept(f[0].trim(), f[k].trim());
            }
        });
    }

    private static Place place(String code, String form, Place.Kind kind) {
        boolean abbreviation = form.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return new Place(code, form, kind, abbreviation, COMMON_WORDS.contains(key(form)));
    }

    private static boolean pluralises(String demonym) {
        String d = demonym.toLowerCase(Locale.ROOT);
        return !(d.endsWith("ese") || d.endsWith("sh") || d.endsWith("ss") || d.endsWith("ch")
                || d.endsWith("man") || d.endsWith("woman") || d.contains(" "));
    }

    private void add(Place p) {
        String k = key(p.name());
        if (k.isEmpty()) {
            return;
        }
        Place old = byKey.putIfAbsent(k, p);
        if (old != null && !old.country().equals(p.country())
                && old.kind().mentionType() == p.kind().mentionType() && old.kind() != Place.Kind.FORMER_STATE
                && p.kind() != Place.Kind.FORMER_STATE) {
            ambiguous.add(k);
        }
    }
}
