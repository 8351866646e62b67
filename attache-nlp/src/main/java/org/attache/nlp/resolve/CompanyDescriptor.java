package org.attache.nlp.resolve;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.api.Mention;
import org.attache.nlp.gazetteer.CountryGazetteer;

/**
 * An organisation's country from a descriptive apposition that names it as a country's firm: "Japan's largest chip
 * maker, NEC Corp", "NEC Corp, Japan's biggest electronics firm,", "a West German chemicals group, Hoechst AG". The
 * qualifier is a country's name (with or
 * without "'s") or demonym, the head a noun of a firm or body by trade ({@link #HEADS}), with at most four
 * lower-case words between; the phrase must touch the name (or its comma). Unlike a dateline or the story's
 * topic, this says what the organisation is. English only: the gazetteer's demonyms are English ones. Stateless;
 * thread-safe.
 */
final class CompanyDescriptor {
    /** Nouns naming a firm or a body by its trade, singular and plural. */
    static final Set<String> HEADS = Set.of("company", "companies", "firm", "firms", "group", "groups", "maker",
            "makers", "manufacturer", "manufacturers", "producer", "producers", "carrier", "carriers", "airline",
            "airlines", "automaker", "automakers", "carmaker", "carmakers", "bank", "banks", "insurer", "insurers",
            "utility", "conglomerate", "conglomerates", "retailer", "retailers", "refiner", "refiners", "exporter",
            "exporters", "importer", "importers", "concern", "concerns", "supplier", "suppliers", "broker", "brokers",
            "brokerage", "shipper", "shippers", "miner", "miners", "house", "houses", "chain", "subsidiary", "unit",
            "operator", "operators", "union", "agency", "giant", "giants", "developer", "distributor");

    private static final String LOWER = "[\\p{Ll}][\\p{Ll}-]*";
    /** English, before: "Japan's largest chip maker, " / "a West German chemicals group, " / "firms, including ". */
    private static final Pattern BEFORE = Pattern.compile("(?<![\\p{L}\\p{M}])((?:\\p{Lu}[\\p{L}.'’-]*[ \\u00a0]+){0,2}"
            + "\\p{Lu}[\\p{L}.'’-]*)[ \\u00a0]+((?:" + LOWER + "[ \\u00a0]+){0,4}" + LOWER + "),?(?:[ \\u00a0]+including)?"
            + "[ \\u00a0]+$");
    /** English, after: ", Japan's largest chip maker" / ", a Swiss drugs group". */
    private static final Pattern AFTER = Pattern.compile("^,[ \\u00a0]+(?:(?:a|an|the)[ \\u00a0]+)?"
            + "((?:\\p{Lu}[\\p{L}.'’-]*[ \\u00a0]+){0,2}\\p{Lu}[\\p{L}.'’-]*)[ \\u00a0]+((?:" + LOWER
            + "[ \\u00a0]+){0,4}" + LOWER + ")\\b");
    /** Words that end a phrase rather than modify a head ("Japan said the company …" describes nobody). */
    private static final Set<String> NOT_MODIFIERS = Set.of("said", "says", "told", "and", "or", "of", "to", "by",
            "for", "with", "in", "on", "at", "from", "that", "which", "who", "was", "is", "were", "are", "has", "had",
            "have", "its", "their", "his", "her", "than", "but", "after", "before", "when", "while", "bought",
            "sold", "acquired", "owns", "owned", "against", "over", "into", "about");

    private final CountryGazetteer gazetteer;

    CompanyDescriptor(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The country the descriptive phrase right before or after {@code org} gives, or null. */
    String of(String body, Mention org) {
        String code = before(body, org.start());
        return code != null ? code : after(body, org.end());
    }

    private String before(String body, int start) {
        if (start <= 0 || start > body.length()) {
            return null;
        }
        String window = body.substring(Math.max(0, start - 100), start);
        Matcher m = BEFORE.matcher(window);
        if (m.find()) {
            String code = qualified(m.group(1), m.group(2));
            return code;
        }
        return null;
    }

    private String after(String body, int end) {
        if (end >= body.length()) {
            return null;
        }
        String window = body.substring(end, Math.min(body.length(), end + 100));
        Matcher m = AFTER.matcher(window);
        return m.find() ? qualified(m.group(1), m.group(2)) : null;
    }

    /** English, a description opening {@code text}: "U.K. merchant bank Baring Brothers", "West German chemicals group". */
    private static final Pattern OPENING = Pattern.compile("\\A((?:\\p{Lu}[\\p{L}.'’-]*[ \\u00a0]+){0,2}\\p{Lu}[\\p{L}.'’-]*)"
            + "[ \\u00a0\\n]+((?:" + LOWER + "[ \\u00a0\\n]+){0,4}" + LOWER + ")\\b");

    /** The country a description of a firm that opens {@code text} gives ("U.K. merchant bank Y"), or null. */
    String described(String text) {
        Matcher m = OPENING.matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        String code = qualified(m.group(1), m.group(2).replace('\n', ' '));
        String[] q = m.group(1).strip().split("[ \\u00a0]+");
        for (int k = 1; code == null && k < q.length; k++) {
            // "U.K. Merchant bank": the wire capitalised a word of the description after the country
            String rest = String.join(" ", java.util.Arrays.copyOfRange(q, k, q.length)).toLowerCase(Locale.ROOT);
            code = qualified(String.join(" ", java.util.Arrays.copyOf(q, k)), rest + " " + m.group(2));
        }
        return code;
    }

    /** "Japan's" / "West German" + "largest chip maker": the country, when the words end in a firm's noun. */
    private String qualified(String qualifier, String words) {
        String[] w = words.strip().split("[ \\u00a0\\n]+");
        if (!HEADS.contains(w[w.length - 1].toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (String x : w) {
            if (NOT_MODIFIERS.contains(x)) {
                return null;
            }
        }
        String q = qualifier.strip();
        if (q.endsWith("'s") || q.endsWith("’s")) {
            q = q.substring(0, q.length() - 2);
        }
        String code = gazetteer.countryOf(q);
        if (code == null && q.indexOf(' ') > 0) {
            code = gazetteer.countryOf(q.substring(q.lastIndexOf(' ') + 1)); // "U.S. Japan's": the nearest
            code = code != null && q.split(" ").length == 2 && gazetteer.countryOf(q.split(" ")[0]) == null ? code : null;
        }
        return code;
    }
}
