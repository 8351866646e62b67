package org.attache.nlp.gazetteer;

import java.util.Optional;

/**
 * The one lookup of a display name for every actor code Attaché shows: a current country ("USA" → "United
 * States", from the JDK's ISO 3166 data), a former state or a state ICU names but the JDK does not ("SUN" →
 * "Soviet Union", "XKX" → "Kosovo", from {@link CountryHistory}), or an international organisation ("IMF" →
 * "International Monetary Fund", from {@link Igos}). The web pages, the API and the CLI all name codes through
 * it. Stateless; thread-safe.
 */
public final class CodeNames {
    private CodeNames() {
    }

    /** The display name of a code, or null when the code is unknown (null in, null out). */
    public static String displayName(String code) {
        if (code == null) {
            return null;
        }
        String country = CountryGazetteer.englishName(code);
        if (country != null) {
            return country;
        }
        return Igos.standard().byCode(code).map(Igos.Igo::displayName).orElse(null);
    }

    /** The display name, else the code itself (for labels that must show something). */
    public static String displayNameOrCode(String code) {
        String name = displayName(code);
        return name != null ? name : code;
    }

    /** True for the code of an international organisation of the bundled table. */
    public static boolean isIgo(String code) {
        return Igos.standard().isIgo(code);
    }

    /** True for a code that names a state, current or former (not an organisation). */
    public static boolean isCountry(String code) {
        return CountryGazetteer.englishName(code) != null;
    }

    /** The display name, as an optional. */
    public static Optional<String> find(String code) {
        return Optional.ofNullable(displayName(code));
    }
}
