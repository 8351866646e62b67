package org.attache.nlp.resolve;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import org.attache.api.Article;
import org.attache.api.MentionType;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.attache.nlp.gazetteer.RegionNames;

/**
 * A place written in short, named as the place it abbreviates, so that its mentions join the entity of the full name
 * instead of making a second one without a country:
 * <ul>
 *   <li>a state's or province's press abbreviation ("Calif.", "Calif", "N.Y.", "Ont."; the US Postal Service / AP
 *       style and Canadian Press forms listed in the gazetteer's {@code regions.txt}) is that state or province;
 *       an abbreviation of fewer than four letters must be printed with its full stop ("N.Y.", not "NY"), and one
 *       whose full name is also a country's ("Ga." / Georgia) is left alone;</li>
 *   <li>a territory's initials the press prints ("H.K." for Hong Kong, "N.Z." for New Zealand) are that place;</li>
 *   <li>a bare "Korea", in an article that names no North Korea (no "North Korea", "Pyongyang", "DPRK") and either
 *       names South Korea ("South Korea", "Seoul", "Republic of Korea") or speaks of trade or money (exports,
 *       tariffs, the won), is South Korea, as the wire writes it after 1948.</li>
 * </ul>
 * The name is a function of the mention and its own article only, so it does not depend on which article came
 * first. Stateless; thread-safe.
 */
final class PlaceShortForms {
    /** Initials of places the country table names in full, as the wire prints them (general knowledge). */
    private static final Map<String, String> TERRITORIES = Map.of("hk", "Hong Kong", "nz", "New Zealand");
    private static final Pattern NORTH = Pattern.compile("North Korea|Pyongyang|DPRK|Democratic People's Republic");
    private static final Pattern SOUTH = Pattern.compile("South Korea|Seoul|Republic of Korea|ROK\\b");
    private static final Pattern ECONOMY = Pattern.compile("(?i)\\b(?:trade|exports?|imports?|exporters?|importers?"
            + "|tariffs?|surplus|deficit|quotas?|won|textiles?|semiconductors?|shipbuild\\w*)\\b");
    private static final LocalDate DIVIDED = LocalDate.of(1948, 8, 15);

    private PlaceShortForms() {
    }

    /** The full name of the place {@code name} (a mention's name, printed as {@code printed}) abbreviates, or {@code name}. */
    static String expand(MentionType type, String name, String printed, Article article) {
        if (type != MentionType.LOCATION || name == null) {
            return name;
        }
        String key = CountryGazetteer.key(name);
        String region = RegionNames.fullNameOf(name);
        if (region != null && (key.length() >= 4 || printed.contains(".") || name.contains("."))
                && CountryGazetteer.standard().countryOfName(region) == null) {
            return region;
        }
        String territory = TERRITORIES.get(key);
        if (territory != null && name.contains(".")) {
            return territory;
        }
        if (key.equals("korea") && southKorea(article)) {
            return "South Korea";
        }
        return name;
    }

    /** True when a bare "Korea" of this article can only be the South (see the class comment). */
    static boolean southKorea(Article article) {
        LocalDate day = org.attache.nlp.gazetteer.CountriesAsOfLayer.dayOf(article);
        if (day != null && day.isBefore(DIVIDED)) {
            return false;
        }
        String text = String.join("\n", nonNull(article.title()), nonNull(article.bodyText()));
        if (NORTH.matcher(text).find()) {
            return false;
        }
        return SOUTH.matcher(text).find() || ECONOMY.matcher(text).find();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
