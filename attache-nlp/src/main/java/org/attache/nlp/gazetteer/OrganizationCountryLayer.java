package org.attache.nlp.gazetteer;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attache.api.Annotated;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.nlp.annotate.MentionLayer;
import org.attache.nlp.offices.AnnotatedEdit;

/**
 * Country of an ORGANIZATION mention that has none, from the mention itself or the words just before it:
 * <ol>
 *   <li>a country name, capital, demonym or international organisation inside the name ("Bank of Thailand",
 *       "Communist Party of Vietnam", "Vietnamese Embassy in Singapore", "EC Commission": the leftmost one
 *       wins; an IGO's code is its affiliation);</li>
 *   <li>a country possessive ("Singapore’s ruling X", "the United States’ X"), a demonym ("the Malaysian
 *       state oil firm X"), a country name used as an adjective ("Vietnam firm X") or a "Country-based"
 *       compound directly before it, with at most {@value #MAX_BETWEEN} lower-case words between that are
 *       not function words or verbs ("ruling", "state oil firm"), on the same line.</li>
 * </ol>
 * A place mention ending where the country word ends lends its own country. Never overwrites a country.
 * Run after the office layer (which repairs organisation spans) and before coreference, which passes the
 * country on to acronyms. Idempotent, stateless and thread-safe.
 */
public final class OrganizationCountryLayer implements MentionLayer {
    static final int MAX_BETWEEN = 3;
    private static final int WINDOW = 120;
    private static final String CAP_WORD = "\\p{Lu}(?:[\\p{L}\\p{M}]*|(?:\\.\\p{Lu})*\\.)";
    private static final Pattern BEFORE = Pattern.compile("(?<run>" + CAP_WORD + "(?:[ \\u00a0]+" + CAP_WORD
            + "){0,3})(?:(?<poss>['’]s?)|-(?<compound>\\p{Ll}+))?[ \\u00a0]+"
            + "(?<between>(?:\\p{Ll}[\\p{L}\\p{M}-]*[ \\u00a0]+){0," + MAX_BETWEEN + "})$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}.]*");
    private static final Set<String> STOP = Set.of("and", "or", "but", "nor", "of", "in", "at", "to", "on", "with",
            "by", "from", "for", "as", "into", "over", "than", "against", "between", "about", "after", "before",
            "the", "a", "an", "this", "that", "these", "those", "which", "who", "whose", "said", "says", "told",
            "met", "meets", "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will",
            "would", "can", "could", "may", "might", "should", "its", "his", "her", "their", "our", "my", "your",
            "while", "when", "where", "if", "also", "not", "including", "like", "such", "via", "per", "under");

    private final CountryGazetteer gazetteer;

    /** A layer over the standard gazetteer. */
    public OrganizationCountryLayer() {
        this(CountryGazetteer.standard());
    }

    public OrganizationCountryLayer(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Annotated apply(Annotated in) {
        AnnotatedEdit edit = null;
        for (Mention m : in.mentions()) {
            if (m.type() != MentionType.ORGANIZATION || m.country() != null) {
                continue;
            }
            String c = inName(m.text());
            if (c == null) {
                c = before(in, m);
            }
            if (c != null) {
                edit = edit == null ? new AnnotatedEdit(in) : edit;
                edit.replace(m, new Mention(m.type(), m.text(), m.start(), m.end(), m.sentence(), m.canonical(), c));
            }
        }
        return edit == null ? in : edit.build();
    }

    /**
     * The country of the leftmost capitalised country name, capital or demonym (1–4 words) in {@code name}, or the
     * code of an international organisation named there ("EC Commission" → EU).
     */
    public String inName(String name) {
        Matcher w = WORD.matcher(name);
        java.util.List<String> words = new java.util.ArrayList<>();
        while (w.find()) {
            words.add(w.group());
        }
        for (int i = 0; i < words.size(); i++) {
            if (!Character.isUpperCase(words.get(i).codePointAt(0))) {
                continue;
            }
            for (int n = Math.min(4, words.size() - i); n >= 1; n--) {
                String last = words.get(i + n - 1);
                if (!Character.isUpperCase(last.codePointAt(0))) {
                    continue;
                }
                String c = gazetteer.affiliationOfName(String.join(" ", words.subList(i, i + n)));
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The country named just before mention {@code m}, or null. */
    String before(Annotated in, Mention m) {
        String text = in.article().bodyText();
        int from = Math.max(0, m.start() - WINDOW);
        int nl = text.lastIndexOf('\n', m.start() - 1);
        from = Math.max(from, nl + 1);
        String prefix = text.substring(from, m.start());
        Matcher b = BEFORE.matcher(prefix);
        if (!b.find()) {
            return null;
        }
        for (String word : b.group("between").trim().split("[ \\u00a0]+")) {
            if (!word.isEmpty() && (STOP.contains(word) || word.endsWith("ed") && word.indexOf('-') < 0
                    || word.endsWith("ly"))) {
                return null;
            }
        }
        String[] run = b.group("run").split("[ \\u00a0]+");
        int runEnd = from + b.end("run");
        for (Mention place : in.mentions()) {
            if ((place.type() == MentionType.LOCATION || place.type() == MentionType.MISC) && place.country() != null
                    && place.end() == runEnd && place.start() >= from + b.start("run")) {
                return place.country();
            }
        }
        boolean possessive = b.group("poss") != null;
        for (int k = 0; k < run.length; k++) {
            String form = String.join(" ", java.util.Arrays.copyOfRange(run, k, run.length));
            String c = possessive ? gazetteer.countryOfName(form) : gazetteer.countryOf(form);
            if (c == null && possessive) {
                c = gazetteer.countryOfPlace(form);
                c = c != null && gazetteer.countryOfDemonym(form) == null ? c : null;
            }
            if (c != null) {
                return c;
            }
        }
        return null;
    }
}
