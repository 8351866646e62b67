package org.attache.nlp.resolve;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.OfficeClaim;
import org.attache.nlp.gazetteer.CountryGazetteer;

/**
 * A person's country or organisation from a role the text ties to a body, where the office grammar leaves the
 * title without one:
 * <ul>
 *   <li>an organisation named before the title with only lower-case words between ("SPD farm policy spokesman
 *       X", "EC farm commissioner X"): the organisation's affiliation;</li>
 *   <li>a title opened by a common noun that names the body ("bank president X", "agency chief X") when the
 *       article names organisations of that head noun of one affiliation only ("the Asian Development Bank");</li>
 *   <li>a description set off before the name ("The political department head at Iraq's Defence Ministry, X,
 *       said") or after it ("X, chief executive of the Frankfurt-based exchange,"), holding a role noun and
 *       one qualifier: a country's possessive ("Iraq's"), an organisation whose affiliation is known, or a
 *       "Town-based" seat.</li>
 * </ul>
 * A qualifier that is a bare place ("a lawyer in Beirut") says where someone works, not whom they serve, and
 * gives nothing; two qualifiers that disagree give nothing. Stateless; thread-safe.
 */
final class BodyRoles {
    /** Common nouns that head an organisation's name and open a title before a name ("bank president"). */
    static final Set<String> BODY_NOUNS = Set.of("bank", "fund", "committee", "commission", "council", "party",
            "agency", "ministry", "company", "union", "court", "board", "authority", "institute", "association",
            "federation", "exchange", "department", "bureau", "office", "corporation", "group", "organisation",
            "organization", "army", "navy");
    /** Nouns of a role or office that a description before or after a name must hold. */
    static final Set<String> ROLE_NOUNS;

    static {
        Set<String> s = new java.util.HashSet<>(RoleDescriptor.ROLES);
        s.addAll(Set.of("head", "chief", "chairman", "chairwoman", "chair", "director", "executive", "president",
                "vice-president", "spokesman", "spokeswoman", "spokesperson", "secretary", "minister", "governor",
                "manager", "officer", "adviser", "advisor", "commissioner", "deputy", "member", "leader",
                "representative", "delegate", "envoy", "ambassador", "counsellor", "general", "commander",
                "founder", "partner", "treasurer", "administrator", "superintendent", "inspector", "controller"));
        ROLE_NOUNS = Set.copyOf(s);
    }

    /** Words that end a run of modifiers rather than modify a title ("said spokesman X" qualifies nobody). */
    private static final Set<String> NOT_MODIFIERS = Set.of("the", "a", "an", "that", "this", "and", "or", "of",
            "to", "by", "for", "with", "as", "at", "in", "on", "from", "his", "her", "its", "their", "our", "said",
            "says", "told", "was", "is", "were", "are", "has", "had", "have", "be", "been", "when", "while", "after",
            "before", "but", "if", "than", "then", "who", "whom", "which", "where", "accused", "named", "former",
            "ex", "late");
    private static final String SP = "[ \\u00a0]+";
    private static final Pattern LOWER_RUN = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}.'’-])((?:\\p{Ll}[\\p{Ll}-]*" + SP
            + "){1,3})$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]*");
    private static final Pattern POSSESSIVE = Pattern.compile("(\\p{Lu}[\\p{L}\\p{M}.-]*(?:" + SP
            + "\\p{Lu}[\\p{L}\\p{M}.-]*){0,3})['’]s\\b");
    private static final Pattern BASED = Pattern.compile("(\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:" + SP
            + "\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,2})-based\\b");
    /** What may stand before a possessive qualifier: nothing, or a preposition and an article. */
    private static final Pattern OPENS_QUALIFIER = Pattern.compile("(?:^[ \\u00a0]*|\\b(?:of|at|with|for|in)" + SP
            + "(?:the" + SP + ")?)$");
    private static final Set<String> OPENERS = Set.of("the", "a", "an");
    private static final Set<String> PREPOSITIONS = Set.of("of", "at", "with", "for", "in");

    private final CountryGazetteer gazetteer;
    private final PlaceDescriptors places;

    BodyRoles(CountryGazetteer gazetteer, PlaceDescriptors places) {
        this.gazetteer = gazetteer;
        this.places = places;
    }

    /**
     * The affiliation of the organisation named right before an office title, only lower-case modifiers between
     * ("SPD farm policy spokesman"), or null.
     */
    String organisationBeforeTitle(String body, List<Mention> mentions, OfficeClaim claim, IntFunction<String> code) {
        int start = claim.start();
        if (start <= 0 || start > body.length()) {
            return null;
        }
        int from = Math.max(0, start - 50);
        Matcher m = LOWER_RUN.matcher(body.substring(from, start));
        if (!m.find()) {
            return null;
        }
        for (String w : m.group(1).strip().split(SP)) {
            if (NOT_MODIFIERS.contains(w)) {
                return null;
            }
        }
        int runStart = from + m.start(1);
        for (int i = 0; i < mentions.size(); i++) {
            Mention o = mentions.get(i);
            if (o.type() == MentionType.ORGANIZATION && o.end() < runStart && runStart - o.end() <= 2
                    && body.substring(o.end(), runStart).isBlank()) {
                return code.apply(i);
            }
        }
        return null;
    }

    /**
     * The one affiliation of the organisations whose name ends in the common noun that opens a title ("bank
     * president" and "the Asian Development Bank"): of those named in the holder's sentence, else of the
     * article's; null for none or several.
     */
    String headNounBody(OfficeClaim claim, List<Mention> mentions, IntFunction<String> code) {
        String[] words = claim.title().strip().split(SP);
        if (words.length < 2 || !BODY_NOUNS.contains(words[0]) || !words[0].equals(words[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        int sentence = claim.holder() >= 0 && claim.holder() < mentions.size() ? mentions.get(claim.holder()).sentence()
                : -1;
        String inSentence = headNounBodies(words[0], mentions, code, sentence);
        return inSentence != null ? inSentence : headNounBodies(words[0], mentions, code, -1);
    }

    /** The one code of the organisations named by {@code noun} in a sentence (all for -1), or null. */
    private static String headNounBodies(String noun, List<Mention> mentions, IntFunction<String> code, int sentence) {
        Set<String> codes = new LinkedHashSet<>();
        boolean unknown = false;
        for (int i = 0; i < mentions.size(); i++) {
            Mention o = mentions.get(i);
            if (o.type() != MentionType.ORGANIZATION || sentence >= 0 && o.sentence() != sentence) {
                continue;
            }
            if (lastWord(o.text()).equals(noun) || o.canonical() != null && lastWord(o.canonical()).equals(noun)) {
                String c = code.apply(i);
                if (c == null) {
                    unknown = true;
                } else {
                    codes.add(c);
                }
            }
        }
        return codes.size() == 1 && !unknown ? codes.iterator().next() : null;
    }

    /**
     * The qualifier of a description set off by commas right before the name, from the sentence's start ("The
     * political department head at Iraq's Defence Ministry, X, said"), or null.
     */
    String descriptionBefore(String body, List<Mention> mentions, Mention person, IntFunction<String> code,
                             LocalDate day) {
        int start = person.start();
        int end = person.end();
        if (start < 3 || end >= body.length() || body.charAt(end) != ',') {
            return null;
        }
        String before = body.substring(0, start);
        Matcher comma = Pattern.compile("," + "[ \\u00a0]+$").matcher(before);
        if (!comma.find()) {
            return null;
        }
        int phraseEnd = comma.start();
        int phraseStart = sentenceStart(body, phraseEnd);
        if (phraseEnd - phraseStart > 120) {
            return null;
        }
        String phrase = body.substring(phraseStart, phraseEnd);
        List<String> words = words(phrase);
        if (words.size() < 2 || !OPENERS.contains(words.getFirst().toLowerCase(Locale.ROOT)) || phrase.contains(",")) {
            return null;
        }
        if (words.stream().noneMatch(w -> ROLE_NOUNS.contains(w))) {
            return null;
        }
        return qualifier(body, mentions, phraseStart, phraseEnd, code, day);
    }

    /**
     * The qualifier of a description right after the name that opens with a role ("X, chief executive of the
     * Frankfurt-based exchange,", "X, head of a committee of the Y Federation"), or null.
     */
    String descriptionAfter(String body, List<Mention> mentions, Mention person, IntFunction<String> code,
                            LocalDate day) {
        int end = person.end();
        if (end + 2 >= body.length() || body.charAt(end) != ',') {
            return null;
        }
        int from = end + 1;
        int to = from;
        while (to < body.length() && to - from < 140 && ".;:\n\"“”".indexOf(body.charAt(to)) < 0
                && !(body.charAt(to) == ',' && to > from + 1)) {
            to++;
        }
        if (to < body.length() && body.charAt(to) == '.' && to > 0 && Character.isUpperCase(body.charAt(to - 1))) {
            return null; // "U.S." or an initial: the segment's end is unclear
        }
        List<String> words = words(body.substring(from, to));
        int i = 0;
        while (i < words.size() && OPENERS.contains(words.get(i))) {
            i++;
        }
        boolean role = false;
        for (; i < words.size(); i++) {
            String w = words.get(i);
            if (!w.equals(w.toLowerCase(Locale.ROOT)) || NOT_MODIFIERS.contains(w) && !PREPOSITIONS.contains(w)) {
                return null;
            }
            if (PREPOSITIONS.contains(w)) {
                break;
            }
            role |= ROLE_NOUNS.contains(w);
        }
        if (!role || i >= words.size()) {
            return null;
        }
        return qualifier(body, mentions, from, to, code, day);
    }

    /**
     * The one code the span's qualifiers give: a country's or IGO's possessive, an organisation mention whose
     * affiliation is known, a "Town-based" seat; null for none, an organisation of unknown affiliation, or two
     * that disagree.
     */
    private String qualifier(String body, List<Mention> mentions, int from, int to, IntFunction<String> code,
                             LocalDate day) {
        String span = body.substring(from, to);
        Set<String> codes = new LinkedHashSet<>();
        Matcher p = POSSESSIVE.matcher(span);
        while (p.find()) {
            String lead = span.substring(0, p.start());
            if (!OPENS_QUALIFIER.matcher(lead).find()) {
                continue; // "spokesman for the rebels fighting Nicaragua's army": not whom the person serves
            }
            String name = p.group(1).replaceFirst("^The" + SP, "");
            String c = gazetteer.countryOfName(name);
            if (c == null) {
                c = gazetteer.igoOfName(name);
            }
            if (c != null) {
                codes.add(c);
            }
        }
        Matcher b = BASED.matcher(span);
        while (b.find()) {
            String c = places.place(b.group(1), day);
            if (c != null) {
                codes.add(c);
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention o = mentions.get(i);
            if (o.type() == MentionType.ORGANIZATION && o.start() >= from && o.end() <= to) {
                String c = code.apply(i);
                if (c == null) {
                    return null; // a body whose affiliation is unknown: the description may be about it alone
                }
                codes.add(c);
            }
        }
        return codes.size() == 1 ? codes.iterator().next() : null;
    }

    private static int sentenceStart(String body, int pos) {
        for (int i = pos - 1; i > 0; i--) {
            char c = body.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if ((c == ' ' || c == '\u00a0') && ".!?".indexOf(body.charAt(i - 1)) >= 0) {
                int j = i;
                while (j < pos && Character.isWhitespace(body.charAt(j))) {
                    j++;
                }
                return j;
            }
        }
        return 0;
    }

    private static List<String> words(String text) {
        List<String> out = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String lastWord(String name) {
        String[] w = name.strip().split(SP);
        return w[w.length - 1].toLowerCase(Locale.ROOT);
    }
}
