package org.attache.nlp.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.api.MentionType;

/**
 * Place-looking names that name no place where they stand, because they modify an agreement or a commodity:
 * <ul>
 *   <li>a name the recogniser took for a place (or left as MISC) directly before a lower-case agreement word,
 *       after "the" or a possessive ("the Louvre accord", "February's Plaza pact"), names the agreement: the span
 *       takes the word in and becomes MISC with no country ("Louvre accord"), so that the agreement is one name
 *       whatever its head noun (see the resolver's agreement names) and the palace or square is not
 *       mentioned;</li>
 *   <li>a crude oil grade is a commodity, not a place and not an actor: a name ending in a grade word
 *       ("West Texas Intermediate", "Light Louisiana Sweet", "Arab Heavy", "Forcados Blend") in a sentence about
 *       oil, or a place name right before "crude", "blend" or "grade" ("Brent crude", "Dubai blend"), is dropped.</li>
 * </ul>
 * A country's name or demonym (a span with a country) keeps its mention: "the Japan accord", "Iranian crude"
 * still say whose. Stateless and thread-safe.
 */
public final class ModifierNames {
    /** Lower-case head nouns of a named agreement. */
    static final Set<String> AGREEMENT_HEADS = Set.of("accord", "accords", "agreement", "agreements", "pact",
            "pacts");
    /** Lower-case nouns of a traded commodity that a place name before them qualifies. */
    private static final Set<String> COMMODITY_HEADS = Set.of("crude", "crudes", "blend", "blends", "grade", "grades");
    /** Last words of a crude oil grade's name. */
    private static final Set<String> GRADE_WORDS = Set.of("intermediate", "sour", "sweet", "light", "heavy", "medium",
            "blend");
    /** Words that make a sentence one about oil, where a grade's name is read as a grade. */
    private static final Set<String> OIL_WORDS = Set.of("crude", "oil", "barrel", "barrels", "bpd", "api", "grade",
            "grades", "postings", "posting", "posted", "refinery", "refiners", "crudes");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /** Spans with agreement modifiers made MISC agreement names and commodity names dropped; sorted as the input. */
    public List<NameSpan> apply(TokenizedText text, List<NameSpan> spans) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            NameSpan s = spans.get(i);
            boolean placeLike = s.type() == MentionType.LOCATION || s.type() == MentionType.MISC
                    || s.type() == MentionType.ORGANIZATION;
            if (!placeLike || s.country() != null) {
                out.add(s);
                continue;
            }
            int next = s.end();
            boolean free = i + 1 >= spans.size() || spans.get(i + 1).first() > next;
            String after = next < text.size() && free && text.spaceJoined(next - 1) ? text.token(next) : "";
            if (grade(text, s) || COMMODITY_HEADS.contains(after) && s.type() == MentionType.LOCATION) {
                continue; // a commodity: no entity
            }
            if (s.type() != MentionType.ORGANIZATION && AGREEMENT_HEADS.contains(after) && definite(text, s.first())) {
                out.add(new NameSpan(MentionType.MISC, s.first(), next + 1, null));
                continue;
            }
            out.add(s);
        }
        return out;
    }

    /** True when the span names a crude grade: its last word a grade word, in a sentence about oil. */
    private static boolean grade(TokenizedText text, NameSpan s) {
        if (s.length() < 2 || !GRADE_WORDS.contains(text.token(s.end() - 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int sentence = text.sentenceOf(s.first());
        for (int t = text.sentenceFirstToken(sentence); t < text.sentenceEndToken(sentence); t++) {
            if ((t < s.first() || t >= s.end()) && OIL_WORDS.contains(text.token(t).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** True when "the", a possessive or a month stands right before token {@code first}: a named agreement. */
    private static boolean definite(TokenizedText text, int first) {
        if (first == 0) {
            return false;
        }
        String before = text.token(first - 1);
        String lower = before.toLowerCase(Locale.ROOT);
        return lower.equals("the") || lower.equals("'s") || lower.equals("’s") || lower.endsWith("'s")
                || lower.endsWith("’s") || MONTHS.contains(lower);
    }
}
