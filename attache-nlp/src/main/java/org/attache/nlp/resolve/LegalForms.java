package org.attache.nlp.resolve;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The country a company's legal form points to: the words that end its name ("Pirelli SpA", "Nomura Securities KK",
 * "Cable and Wireless Plc", "Volvo AB"). A form that one country's company law (or nearly only one's) gives is
 * evidence of the company's home ({@link #country}); the American "Inc" and "Corp" are common abroad too
 * (Japanese firms in English: "Toyota Motor Corp"), so they are weak evidence only ({@link #weakCountry}). Forms
 * several countries share ("AG", "SA", "Ltd", "Co") give nothing. Stateless.
 */
final class LegalForms {
    /** Folded form → alpha-3 of the country whose company law gives it (or overwhelmingly its companies). */
    private static final Map<String, String> FORMS = Map.ofEntries(
            Map.entry("plc", "GBR"), Map.entry("spa", "ITA"), Map.entry("srl", "ITA"), Map.entry("kk", "JPN"),
            Map.entry("kabushikikaisha", "JPN"), Map.entry("gmbh", "DEU"), Map.entry("nv", "NLD"), Map.entry("bv", "NLD"),
            Map.entry("ab", "SWE"), Map.entry("asa", "NOR"), Map.entry("oy", "FIN"), Map.entry("oyj", "FIN"),
            Map.entry("pty", "AUS"), Map.entry("bhd", "MYS"), Map.entry("sarl", "FRA"), Map.entry("llc", "USA"));
    private static final Set<String> AMERICAN = Set.of("inc", "incorporated", "corp", "corporation");
    /** Forms that may stand between the name and a telling form ("Broken Hill Pty Co Ltd"). */
    private static final Set<String> SHARED = Set.of("co", "cos", "company", "ltd", "limited", "ag", "sa", "se", "and");

    private LegalForms() {
    }

    /** The country of the legal form(s) ending {@code name}, or null. */
    static String country(String name) {
        List<String> t = NameKeys.tokens(name);
        for (int i = t.size() - 1; i >= 1; i--) {
            String form = t.get(i);
            String c = FORMS.get(form);
            if (c != null) {
                return c;
            }
            if (!SHARED.contains(form) && !AMERICAN.contains(form)) {
                return null;
            }
        }
        return null;
    }

    /**
     * True when a word after the first of {@code name} is a legal form ("Puma AG Rudolf Dassler Sport", "Texaco Inc",
     * "Baring Brothers and Co Ltd"): the name is a company's.
     */
    static boolean isCompany(String name) {
        List<String> t = NameKeys.tokens(name);
        for (int i = 1; i < t.size(); i++) {
            String form = t.get(i);
            if (FORMS.containsKey(form) || AMERICAN.contains(form) || !"and".equals(form) && SHARED.contains(form)) {
                return true;
            }
        }
        return false;
    }

    /** USA when {@code name} ends with "Inc" or "Corp" (a shared form after them allowed), else null. */
    static String weakCountry(String name) {
        List<String> t = NameKeys.tokens(name);
        for (int i = t.size() - 1; i >= 1; i--) {
            String form = t.get(i);
            if (AMERICAN.contains(form)) {
                return "USA";
            }
            if (!SHARED.contains(form) || "ltd".equals(form) || "limited".equals(form)) {
                return null; // "Co Ltd" is the Japanese and Korean style, not the American
            }
        }
        return null;
    }
}
