package org.attache.nlp.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.nlp.BundledTable;

/**
 * International organisations as actors in their own right: the bundled table {@code igos.txt} of codes ("IMF",
 * "EU", "NATO"), display names, parent organisations, the CAMEO actor codes that mean them and the names,
 * acronyms and former names news prints ("European Community", "GATT", "OAU"). An IGO's code is its own
 * affiliation: it has no host country, and its officials take it as theirs. Immutable; thread-safe.
 */
public final class Igos {
    private static final String RESOURCE = "/org/attache/nlp/gazetteer/igos.txt";

    /**
     * One international organisation.
     *
     * @param code        its code, also its affiliation
     * @param displayName how pages name it
     * @param parent      the code of the organisation it belongs to ("UN" for UNHCR), or null
     * @param names       names, acronyms and former names as printed
     * @param confirmed   acronyms taken only in a text that also spells the organisation out ("ICC", "AU")
     * @param standalone  names taken only when no capitalised word comes right before them ("Security Council")
     */
    public record Igo(String code, String displayName, String parent, List<String> names, Set<String> confirmed,
                      Set<String> standalone) {
    }

    private static final class Holder {
        static final Igos STANDARD = load();
    }

    private final Map<String, Igo> byCode;
    private final Map<String, String> codeByKey;
    private final Map<String, String> codeByCameo;

    private Igos(Map<String, Igo> byCode, Map<String, String> codeByKey, Map<String, String> codeByCameo) {
        this.byCode = Collections.unmodifiableMap(byCode);
        this.codeByKey = Map.copyOf(codeByKey);
        this.codeByCameo = Map.copyOf(codeByCameo);
    }

    /** The bundled table (read once). */
    public static Igos standard() {
        return Holder.STANDARD;
    }

    /** All organisations, in table order. */
    public Collection<Igo> all() {
        return byCode.values();
    }

    /** The organisation with this code. */
    public Optional<Igo> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** True when {@code code} is an IGO code of the table. */
    public boolean isIgo(String code) {
        return code != null && byCode.containsKey(code);
    }

    /**
     * The code of an organisation named exactly so ("International Monetary Fund", "the EEC", "U.N."), or null.
     * Acronyms that need confirmation ("ICC") count here too: the caller has the whole name, not a guess.
     */
    public String codeOfName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip();
        if (n.regionMatches(true, 0, "the ", 0, 4)) {
            n = n.substring(4);
        }
        return codeByKey.get(CountryGazetteer.key(n));
    }

    /** Words an organisation's initials skip ("Organization of the Petroleum Exporting Countries" is OPEC). */
    private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for", "on", "in", "to", "de", "des", "du");

    /**
     * The spelling under which one organisation's variant names are kept as one entity, or null when {@code name}
     * is none of them. {@code code} is the IGO the tagger gave the name (null: none). The canonical name is the
     * first listed full name that {@code name} spells: itself in another spelling ("Organisation of Petroleum
     * Exporting Countries", British or American, with or without "the"), its initials ("ICO", "GATT", "U.N."),
     * or, for a name of at least {@value #MIN_TYPO_LENGTH} letters given that code, a misprint of it within two
     * letters ("General Agreeement on Tariffs and Trade"). A principal organ keeps its own listed name
     * ("UNSC" is "United Nations Security Council", not "United Nations"), so organs stay apart from their
     * organisation.
     */
    public String canonicalName(String name, String code) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip();
        if (n.regionMatches(true, 0, "the ", 0, 4)) {
            n = n.substring(4);
        }
        String named = codeByKey.get(CountryGazetteer.key(n));
        if (named == null && (code == null || !byCode.containsKey(code))) {
            return null;
        }
        Igo igo = byCode.get(named != null ? named : code);
        String letters = CountryGazetteer.key(n);
        // "Opec", "Nato": a listed acronym written as a word is that acronym
        boolean acronym = !n.contains(" ") && (n.chars().noneMatch(Character::isLowerCase) || igo.names().stream()
                .anyMatch(f -> f.chars().noneMatch(Character::isLowerCase) && CountryGazetteer.key(f).equals(letters)));
        String variant = variantKey(n);
        for (String form : igo.names()) {
            if (form.chars().noneMatch(Character::isLowerCase)) {
                continue; // acronyms are no canonical names
            }
            if (acronym ? initials(form).equals(letters) : variantKey(form).equals(variant)) {
                return form;
            }
        }
        if (named == null && !acronym && letters.length() >= MIN_TYPO_LENGTH) {
            for (String form : igo.names()) {
                if (form.chars().anyMatch(Character::isLowerCase) && withinTwoEdits(variantKey(form), variant)) {
                    return form;
                }
            }
        }
        return null;
    }

    /** Shortest name taken as a misprint of a listed one: shorter names are too close to others. */
    static final int MIN_TYPO_LENGTH = 15;

    /** Folded letters of the first letter of each word but the minor ones ("Organization of the …" → "o…"). */
    static String initials(String form) {
        StringBuilder sb = new StringBuilder();
        for (String w : form.split("[\\s\\-]+")) {
            String k = CountryGazetteer.key(w);
            if (!k.isEmpty() && !MINOR_WORDS.contains(k) && Character.isUpperCase(w.codePointAt(0))) {
                sb.append(k.charAt(0));
            }
        }
        return sb.toString();
    }

    /** A key that British and American spellings and "the"/"of" share ("Organisation of Petroleum …"). */
    static String variantKey(String form) {
        StringBuilder sb = new StringBuilder();
        for (String w : form.toLowerCase(Locale.ROOT).split("[\\s\\-]+")) {
            String k = CountryGazetteer.key(w);
            if (k.isEmpty() || k.equals("the") || k.equals("of")) {
                continue;
            }
            k = k.replace("isation", "ization").replace("labour", "labor").replace("programme", "program")
                    .replace("centre", "center").replace("defence", "defense");
            sb.append(k);
        }
        return sb.toString();
    }

    /** True when two keys are at most two single-letter insertions, deletions or replacements apart. */
    static boolean withinTwoEdits(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return false;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int best = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                best = Math.min(best, cur[j]);
            }
            if (best > 2) {
                return false;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()] <= 2;
    }

    /**
     * The IGO a CAMEO actor code stands for ("IGOBUSIMF" → IMF, "IGOUNODEVWBK" → WB), trying the whole code
     * and then ever shorter prefixes of whole three-letter parts; null when none is known.
     */
    public String fromCameo(String cameo) {
        if (cameo == null) {
            return null;
        }
        String c = cameo.toUpperCase(Locale.ROOT);
        for (int end = c.length(); end >= 6; end -= 3) {
            String code = codeByCameo.get(c.substring(0, end));
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    private static Igos load() {
        Map<String, Igo> byCode = new LinkedHashMap<>();
        Map<String, String> byKey = new HashMap<>();
        Map<String, String> byCameo = new HashMap<>();
        BundledTable.read(Igos.class, RESOURCE, (n, line) -> {
            String[] f = line.split("\\|");
            if (f.length < 5) {
                throw new IllegalStateException(RESOURCE + ":" + n + ": expected code|name|parent|cameo|names…");
            }
            String code = f[0].strip();
            List<String> names = new ArrayList<>();
            Set<String> confirmed = new LinkedHashSet<>();
            Set<String> standalone = new LinkedHashSet<>();
            for (int k = 4; k < f.length; k++) {
                String form = f[k].strip();
                if (form.startsWith("~")) {
                    form = form.substring(1);
                    confirmed.add(form);
                } else if (form.startsWith("^")) {
                    form = form.substring(1);
                    standalone.add(form);
                }
                names.add(form);
                String previous = byKey.putIfAbsent(CountryGazetteer.key(form), code);
                if (previous != null && !previous.equals(code)) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": '" + form + "' names both " + previous
                            + " and " + code);
                }
            }
            String parent = f[2].strip().equals("-") ? null : f[2].strip();
            if (!f[3].strip().equals("-")) {
                for (String cameo : f[3].strip().split("\\s+")) {
                    byCameo.put(cameo, code);
                }
            }
            if (byCode.put(code, new Igo(code, f[1].strip(), parent, List.copyOf(names), Set.copyOf(confirmed),
                    Set.copyOf(standalone))) != null) {
                throw new IllegalStateException(RESOURCE + ":" + n + ": code " + code + " given twice");
            }
        });
        return new Igos(byCode, byKey, byCameo);
    }
}
