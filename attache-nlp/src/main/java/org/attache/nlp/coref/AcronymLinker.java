package org.attache.nlp.coref;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.nlp.offices.AnnotatedEdit;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.attache.nlp.resolve.NameKeys;

/**
 * Links acronyms to their expansions within one article: pairs the article defines take precedence over
 * the bundled list. Sets the canonical form (and country, when known) of mentions of either form, and adds
 * mentions for acronym occurrences ("CPV", "CPVs", "PAP’s") and defined expansions the NER missed. Clippings
 * ("the Fed") are linked like acronyms.
 * Stateless and thread-safe.
 */
final class AcronymLinker {
    private final Acronyms bundled;

    AcronymLinker(Acronyms bundled) {
        this.bundled = bundled;
    }

    void link(AnnotatedEdit edit) {
        link(edit, null);
    }

    /** Links as {@link #link(AnnotatedEdit)}, reading the bundled list as it stood on {@code day} (null: today's). */
    void link(AnnotatedEdit edit, java.time.LocalDate day) {
        String text = edit.text();
        Map<String, Acronyms.Expansion> pairs = new HashMap<>();
        for (Map.Entry<String, Acronyms.Expansion> e : Acronyms.defined(text).entrySet()) {
            Acronyms.Expansion x = e.getValue();
            if (titleCase(x.text())) {
                pairs.put(e.getKey(), new Acronyms.Expansion(x.text(), x.start(), x.end(), countryOf(edit, x.text())));
            }
        }
        for (Map.Entry<String, Acronyms.Expansion> e : bundled.bundledOn(day).entrySet()) {
            if (!pairs.containsKey(e.getKey()) && text.contains(e.getKey())) {
                pairs.put(e.getKey(), e.getValue());
            }
        }
        byInitials(edit, pairs);
        byClipping(edit, pairs);
        for (Map.Entry<String, Acronyms.Expansion> e : pairs.entrySet()) {
            String acr = e.getKey();
            Acronyms.Expansion x = e.getValue();
            MentionType type = typeOf(edit.mentions(), acr, x.text());
            if (x.start() >= 0 && CorefLayer.free(edit.mentions(), x.start(), x.end())) {
                edit.add(type, x.start(), x.end(), null, x.country());
            }
            for (Mention m : edit.mentions()) {
                boolean plural = inflected(m.text(), acr);
                boolean isAcr = m.text().equals(acr) || plural;
                boolean isExp = m.text().equals(x.text());
                if ((isAcr || isExp) && m.type().isEntity()) {
                    String canonical = isAcr && m.canonical().equals(m.text()) ? x.text() : m.canonical();
                    String country = m.country() != null ? m.country() : x.country();
                    MentionType kind = plural ? type : m.type();
                    if (!canonical.equals(m.canonical()) || country != null && !country.equals(m.country())
                            || kind != m.type()) {
                        edit.replace(m, new Mention(kind, m.text(), m.start(), m.end(), m.sentence(), canonical, country));
                    }
                }
            }
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(acr)
                    + "(?=(?:['’]?s)?(?![\\p{L}\\p{N}]))").matcher(text);
            while (m.find()) {
                if (CorefLayer.free(edit.mentions(), m.start(), m.end()) && !shouting(text, m.start(), m.end())) {
                    edit.add(type, m.start(), m.end(), x.text(), x.country());
                }
            }
        }
    }

    /**
     * Adds the pairs an article implies without defining them: an organisation's acronym whose letters are the
     * initials of exactly one organisation named earlier in the article, with or without its legal form ("the
     * Securities and Exchange Commission … SEC approval", "General Motors Corp … GM"). Minor words ("and",
     * "of", "the") give no letter.
     */
    private static void byInitials(AnnotatedEdit edit, Map<String, Acronyms.Expansion> pairs) {
        List<Mention> ms = edit.mentions();
        for (Mention a : ms) {
            String acr = a.text();
            if (a.type() != MentionType.ORGANIZATION || pairs.containsKey(acr) || !Acronyms.isAcronym(acr)
                    || acr.chars().anyMatch(c -> !Character.isUpperCase(c)) || !a.canonical().equals(acr)) {
                continue;
            }
            Map<String, Mention> found = new HashMap<>();
            for (Mention x : ms) {
                if (x.type() == MentionType.ORGANIZATION && x.start() < a.start() && x.text().contains(" ")
                        && titleCase(x.text()) && (acr.equals(initials(x.text()))
                        || acr.equals(initials(NameKeys.withoutLegalForm(x.text()))))) {
                    found.putIfAbsent(NameKeys.key(x.text()), x);
                }
            }
            if (found.isEmpty() && acr.length() >= 3) {
                // the initials in another word order: "U.S. Agriculture Department" … "USDA"
                for (Mention x : ms) {
                    if (x.type() == MentionType.ORGANIZATION && x.start() < a.start() && x.text().contains(" ")
                            && titleCase(x.text()) && (sameLetters(acr, spelledInitials(x.text()))
                            || sameLetters(acr, spelledInitials(NameKeys.withoutLegalForm(x.text()))))) {
                        found.putIfAbsent(NameKeys.key(x.text()), x);
                    }
                }
            }
            if (found.size() == 1) {
                Mention x = found.values().iterator().next();
                pairs.put(acr, new Acronyms.Expansion(x.text(), x.start(), x.end(), x.country()));
            }
        }
    }

    /** A word of dotted capitals gives all its letters ("U.S." → US); other words their capital initial. */
    static String spelledInitials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s\\-]+")) {
            if (w.matches("(?:\\p{Lu}\\.){2,}")) {
                sb.append(w.replace(".", ""));
            } else {
                String one = initials(w);
                if (one.isEmpty() && !w.isEmpty() && !MINOR.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                    return "";
                }
                sb.append(one);
            }
        }
        return sb.toString();
    }

    /** The same letters, as many times each, and the same first letter. */
    private static boolean sameLetters(String acr, String initials) {
        if (initials.length() != acr.length() || initials.isEmpty() || initials.charAt(0) != acr.charAt(0)) {
            return false;
        }
        char[] a = acr.toCharArray();
        char[] b = initials.toCharArray();
        java.util.Arrays.sort(a);
        java.util.Arrays.sort(b);
        return java.util.Arrays.equals(a, b);
    }

    private static final Pattern CLIPPING = Pattern.compile("\\p{Lu}\\p{Ll}{2,4}");

    /**
     * Adds the clippings an article uses for an organisation it names: "the Fed" for the one organisation of the
     * article whose first word it begins ("Federal Reserve Board"), longer by three letters or more. A clipping
     * is said with "the" at least once ("the Fed"); a company's one-word name ("Ford") is not a clipping of
     * "Fordham University".
     */
    private static void byClipping(AnnotatedEdit edit, Map<String, Acronyms.Expansion> pairs) {
        String text = edit.text();
        List<Mention> ms = edit.mentions();
        for (Mention a : ms) {
            String clip = a.text();
            if (a.type() != MentionType.ORGANIZATION || pairs.containsKey(clip) || !CLIPPING.matcher(clip).matches()
                    || !a.canonical().equals(clip) || CountryGazetteer.standard().countryOf(clip) != null
                    || !Pattern.compile("\\b[Tt]he " + clip + "\\b").matcher(text).find()) {
                continue;
            }
            Map<String, Mention> found = new HashMap<>();
            for (Mention x : ms) {
                String first = x.text().split("\\s+")[0];
                if (x.type() == MentionType.ORGANIZATION && x.text().contains(" ") && titleCase(x.text())
                        && first.startsWith(clip) && first.length() >= clip.length() + 3) {
                    found.putIfAbsent(NameKeys.key(x.text()), x);
                }
            }
            if (found.size() == 1) {
                Mention x = found.values().iterator().next();
                pairs.put(clip, new Acronyms.Expansion(x.text(), x.start(), x.end(), x.country()));
            }
        }
    }

    /** Words that give an organisation's initials no letter. */
    private static final Set<String> MINOR = Set.of("of", "the", "and", "for", "on", "in", "to", "&");

    /** The capital initials of a name's words but the minor ones ("Securities and Exchange Commission" → SEC). */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s\\-]+")) {
            if (w.isEmpty() || MINOR.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            int c = w.codePointAt(0);
            if (!Character.isUpperCase(c)) {
                return ""; // a lower-case content word: no name to abbreviate
            }
            sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    /** True for a plural or possessive of the acronym written as one word ("CPVs", "NGO's", "PAP’s"). */
    static boolean inflected(String text, String acr) {
        return text.length() > acr.length() && text.startsWith(acr)
                && Set.of("s", "'s", "’s", "'", "’").contains(text.substring(acr.length()));
    }

    /** The entity type an existing mention of either form has, else ORGANIZATION. */
    private static MentionType typeOf(List<Mention> ms, String acr, String expansion) {
        for (Mention m : ms) {
            if (m.type().isEntity() && (m.text().equals(acr) || m.text().equals(expansion))) {
                return m.type();
            }
        }
        return MentionType.ORGANIZATION;
    }

    /** The country a mention of the expansion carries, or one named inside it ("… of Vietnam"), or null. */
    private static String countryOf(AnnotatedEdit edit, String expansion) {
        for (Mention m : edit.mentions()) {
            if (m.text().equals(expansion) && m.country() != null) {
                return m.country();
            }
        }
        String[] w = expansion.split("\\s+");
        CountryGazetteer c = CountryGazetteer.standard();
        for (int n = 3; n >= 1; n--) {
            for (int i = 0; i + n <= w.length; i++) {
                String gram = String.join(" ", java.util.Arrays.copyOfRange(w, i, i + n)).replaceAll("['’]s$", "");
                if (!gram.isEmpty() && Character.isUpperCase(gram.codePointAt(0)) && c.countryOf(gram) != null) {
                    return c.countryOf(gram);
                }
            }
        }
        return null;
    }

    /** True when every content word is capitalised: a name, not a common-noun phrase like "gross domestic product". */
    private static boolean titleCase(String s) {
        for (String w : s.split("[\\s\\-–]+")) {
            if (w.length() > 3 && Character.isLowerCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** True inside an all-capitals stretch (a shouted headline), where "WHO" is not the organisation. */
    private static boolean shouting(String text, int start, int end) {
        int left = capsWord(text, start, -1);
        int right = capsWord(text, end, 1);
        return left + right > 0 && left >= 0 && right >= 0;
    }

    /** 1 when the neighbouring word is all capitals, 0 when there is none on this line, -1 otherwise. */
    private static int capsWord(String text, int from, int dir) {
        int i = dir < 0 ? from - 1 : from;
        while (i >= 0 && i < text.length() && !Character.isLetter(text.charAt(i)) && text.charAt(i) != '\n') {
            i += dir;
        }
        int letters = 0;
        while (i >= 0 && i < text.length() && Character.isLetter(text.charAt(i))) {
            if (Character.isLowerCase(text.charAt(i))) {
                return -1;
            }
            letters++;
            i += dir;
        }
        return letters == 0 ? 0 : letters >= 2 ? 1 : -1;
    }
}
