package org.attache.api;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The normal form of an office title, so that the ways of writing one office group together: case does not
 * matter ("President" = "president"), a portfolio may stand before or after its rank ("Foreign Minister" =
 * "Minister of Foreign Affairs" = "minister for foreign affairs"; "Trade and Industry Minister" = "Minister of
 * Industry and Trade"), and spelling variants of a word are one ("Defense" = "Defence", "Vice-President" =
 * "Vice President", "Chairman" = "Chairwoman" = "Chair"). The qualifiers "acting" (or "interim") and "-elect"
 * are taken off the office and kept as flags; "deputy", "vice" and "senior" are part of it, since a deputy
 * holds another office. "Former" is not part of a title either (see {@link OfficeClaim#former()}).
 *
 * <p>Normal forms are for grouping only; a page shows a title as printed.
 *
 * @param key     the normal form, e.g. {@code minister:foreign}, {@code president},
 *                {@code deputy minister:finance}
 * @param display the title as printed without its qualifiers, e.g. "President" of "acting President"
 * @param acting  the title said "acting" or "interim"
 * @param elect   the title said "-elect"
 */
public record OfficeTitle(String key, String display, boolean acting, boolean elect) {
    /** Ranks whose portfolio may come before ("Foreign Minister") or after ("Minister of Foreign Affairs"). */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}&']+");
    private static final Pattern EDGE_QUOTES = Pattern.compile("^'+|'+$");
    private static final Pattern POSSESSIVE = Pattern.compile("'s$");
    private static final Pattern ELECT = Pattern.compile("(?i)[-\\s]elect$");
    private static final Set<String> PORTFOLIO_RANKS = Set.of("minister", "secretary", "commissioner", "ministers");
    /** Words that modify a rank and belong to the office ("Deputy Foreign Minister"). */
    private static final Set<String> RANK_MODIFIERS = Set.of("deputy", "vice", "senior", "first", "second", "junior",
            "assistant", "associate", "principal", "prime", "chief", "under", "permanent", "parliamentary", "shadow");
    /** Portfolio words, with the spelling each stands for. */
    private static final Map<String, String> PORTFOLIO = Map.ofEntries(Map.entry("foreign", "foreign"),
            Map.entry("external", "external"), Map.entry("defence", "defence"), Map.entry("defense", "defence"),
            Map.entry("finance", "finance"), Map.entry("financial", "finance"), Map.entry("treasury", "treasury"),
            Map.entry("interior", "interior"), Map.entry("home", "home"), Map.entry("trade", "trade"),
            Map.entry("industry", "industry"), Map.entry("industrial", "industry"), Map.entry("commerce", "commerce"),
            Map.entry("economy", "economy"), Map.entry("economic", "economy"), Map.entry("economics", "economy"),
            Map.entry("agriculture", "agriculture"), Map.entry("agricultural", "agriculture"),
            Map.entry("health", "health"), Map.entry("education", "education"), Map.entry("justice", "justice"),
            Map.entry("labour", "labour"), Map.entry("labor", "labour"), Map.entry("energy", "energy"),
            Map.entry("oil", "oil"), Map.entry("petroleum", "petroleum"), Map.entry("mines", "mines"),
            Map.entry("mining", "mines"), Map.entry("transport", "transport"),
            Map.entry("transportation", "transport"), Map.entry("communications", "communications"),
            Map.entry("information", "information"), Map.entry("culture", "culture"),
            Map.entry("environment", "environment"), Map.entry("tourism", "tourism"),
            Map.entry("planning", "planning"), Map.entry("investment", "investment"),
            Map.entry("development", "development"), Map.entry("science", "science"),
            Map.entry("technology", "technology"), Map.entry("fisheries", "fisheries"),
            Map.entry("forestry", "forestry"), Map.entry("housing", "housing"), Map.entry("welfare", "welfare"),
            Map.entry("security", "security"), Map.entry("immigration", "immigration"),
            Map.entry("sport", "sport"), Map.entry("sports", "sport"), Map.entry("youth", "youth"),
            Map.entry("construction", "construction"), Map.entry("infrastructure", "infrastructure"),
            Map.entry("water", "water"), Map.entry("resources", "resources"), Map.entry("state", "state"),
            Map.entry("war", "war"), Map.entry("navy", "navy"), Map.entry("army", "army"),
            Map.entry("budget", "budget"), Map.entry("taxation", "taxation"), Map.entry("customs", "customs"),
            Map.entry("cooperation", "cooperation"), Map.entry("co-operation", "cooperation"),
            Map.entry("unification", "unification"), Map.entry("social", "social"), Map.entry("public", "public"),
            Map.entry("works", "works"), Map.entry("power", "power"), Map.entry("natural", "natural"),
            Map.entry("telecommunications", "telecommunications"), Map.entry("post", "post"),
            Map.entry("posts", "post"), Map.entry("aviation", "aviation"), Map.entry("shipping", "shipping"),
            Map.entry("local", "local"), Map.entry("government", "government"), Map.entry("regional", "regional"),
            Map.entry("rural", "rural"), Map.entry("urban", "urban"), Map.entry("religious", "religious"),
            Map.entry("veterans", "veterans"), Map.entry("women", "women"), Map.entry("family", "family"),
            Map.entry("children", "children"), Map.entry("sustainability", "sustainability"),
            Map.entry("climate", "climate"), Map.entry("digital", "digital"), Map.entry("legal", "legal"),
            Map.entry("national", "national"), Map.entry("international", "international"));
    /** Words carried along in a portfolio that do not tell it apart ("of Foreign Affairs", "for the Interior"). */
    private static final Set<String> PORTFOLIO_FILLER = Set.of("affairs", "and", "the", "of", "for", "&", "ministry",
            "department");
    /** One spelling for words written several ways. */
    private static final Map<String, String> SPELLINGS = Map.ofEntries(Map.entry("chairman", "chair"),
            Map.entry("chairwoman", "chair"), Map.entry("chairperson", "chair"), Map.entry("spokesman", "spokesperson"),
            Map.entry("spokeswoman", "spokesperson"), Map.entry("defense", "defence"), Map.entry("labor", "labour"),
            Map.entry("centre", "center"), Map.entry("programme", "program"), Map.entry("organisation", "organization"),
            Map.entry("counsellor", "counselor"), Map.entry("adviser", "advisor"), Map.entry("councillor", "councilor"),
            Map.entry("premiere", "premier"), Map.entry("congresswoman", "congressman"));
    private static final Set<String> ACTING = Set.of("acting", "interim", "caretaker");
    /** Titles written out or abbreviated. */
    private static final Map<String, String> PHRASES = Map.of("chief executive officer", "ceo",
            "chief financial officer", "cfo", "chief operating officer", "coo", "managing director", "md");

    /** The normal form of a title as printed ("acting Foreign Minister", "Minister for Foreign Affairs"). */
    public static OfficeTitle of(String printed) {
        String display = printed == null ? "" : SPACES.matcher(printed.strip()).replaceAll(" ");
        List<String> words = words(display);
        boolean acting = false;
        boolean elect = false;
        while (!words.isEmpty() && (ACTING.contains(words.getFirst()) || words.getFirst().equals("former")
                || words.getFirst().equals("ex"))) {
            acting |= ACTING.contains(words.getFirst());
            words.removeFirst();
        }
        if (!words.isEmpty() && words.getLast().equals("elect")) {
            words.removeLast();
            elect = true;
        }
        display = stripQualifiers(display);
        return new OfficeTitle(key(words), display, acting, elect);
    }

    /**
     * The grouping key of an office: the title's normal form and, when the office belongs to a named body,
     * that body's folded name ("Chairman of Temasek Holdings" and "Chairman" with the body "Temasek
     * Holdings" are one office). A trailing "of/for/at [the] BODY" that repeats the body is not part of the
     * title's key.
     */
    public static String groupKey(String title, String organization) {
        String t = title == null ? "" : title;
        String org = organization == null ? "" : String.join(" ", words(organization));
        if (!org.isEmpty()) {
            List<String> w = words(t);
            List<String> o = words(organization);
            int i = indexOf(w, o);
            if (i > 0) {
                int cut = i;
                while (cut > 0 && Set.of("of", "for", "at", "the", "its", "to").contains(w.get(cut - 1))) {
                    cut--;
                }
                if (cut > 0) {
                    t = String.join(" ", w.subList(0, cut));
                }
            }
        }
        String key = of(t).key();
        return org.isEmpty() ? key : key + " @ " + org;
    }

    private static int indexOf(List<String> words, List<String> part) {
        for (int i = 0; i + part.size() <= words.size(); i++) {
            if (words.subList(i, i + part.size()).equals(part)) {
                return i;
            }
        }
        return -1;
    }

    private static String key(List<String> words) {
        if (words.isEmpty()) {
            return "";
        }
        int rank = -1;
        for (int i = 0; i < words.size(); i++) {
            if (PORTFOLIO_RANKS.contains(words.get(i))) {
                rank = i;
                break;
            }
        }
        if (rank >= 0) {
            String portfolio = null;
            List<String> before = words.subList(0, rank);
            List<String> after = words.subList(rank + 1, words.size());
            List<String> modifiers = new ArrayList<>();
            List<String> preceding = new ArrayList<>();
            for (String w : before) {
                (RANK_MODIFIERS.contains(w) && preceding.isEmpty() ? modifiers : preceding).add(w);
            }
            String rankWord = words.get(rank).equals("ministers") ? "minister" : words.get(rank);
            boolean secretaryOfState = rankWord.equals("secretary");
            if (!after.isEmpty() && (after.getFirst().equals("of") || after.getFirst().equals("for"))
                    && preceding.isEmpty()) {
                portfolio = portfolio(after.subList(1, after.size()));
            } else if (after.isEmpty() && !preceding.isEmpty()
                    && !(secretaryOfState && preceding.equals(List.of("state")))) {
                portfolio = portfolio(preceding);
            }
            if (portfolio != null) {
                String head = modifiers.isEmpty() ? rankWord : String.join(" ", modifiers) + " " + rankWord;
                return head + ":" + portfolio;
            }
        }
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            if (!(w.equals("the") && !out.isEmpty() && out.getLast().equals("of"))) {
                out.add(SPELLINGS.getOrDefault(w, w));
            }
        }
        String key = " " + String.join(" ", out) + " ";
        for (Map.Entry<String, String> e : PHRASES.entrySet()) {
            key = key.replace(" " + e.getKey() + " ", " " + e.getValue() + " ");
        }
        return key.strip();
    }

    /** The portfolio of words after "of"/"for" or before the rank, sorted; null when a word is no portfolio. */
    private static String portfolio(List<String> words) {
        TreeSet<String> parts = new TreeSet<>();
        for (String w : words) {
            if (PORTFOLIO_FILLER.contains(w)) {
                continue;
            }
            String p = PORTFOLIO.get(w);
            if (p == null) {
                return null;
            }
            parts.add(p);
        }
        return parts.isEmpty() ? null : String.join("+", parts);
    }

    /** Folded, lower-case words; hyphens and slashes split words ("Vice-President" → vice, president). */
    private static List<String> words(String s) {
        String folded = PARENTHESES.matcher(MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ");
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(folded)) {
            String t = POSSESSIVE.matcher(EDGE_QUOTES.matcher(w).replaceAll("")).replaceAll("");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The printed title without "acting"/"interim"/"former" before it or "-elect" after it. */
    private static String stripQualifiers(String display) {
        String d = display;
        while (true) {
            String lower = d.toLowerCase(Locale.ROOT);
            String next = d;
            for (String q : List.of("acting ", "interim ", "caretaker ", "former ", "ex-")) {
                if (lower.startsWith(q)) {
                    next = d.substring(q.length()).strip();
                }
            }
            if (next.equals(d)) {
                break;
            }
            d = next;
        }
        d = ELECT.matcher(d).replaceAll("");
        return d.isEmpty() ? display : d;
    }
}
