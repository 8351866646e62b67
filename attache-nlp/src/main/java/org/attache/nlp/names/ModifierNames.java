package org.attache.nlp.names;

import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
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
 *       ("West Texas Intermediate", "Light Louisiana Sweet", "Arab Heavy", "Forcados Blend") in a text about
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
    /** Words that make a text one about oil, where a grade's name is read as a grade. */
    private static final Set<String> OIL_WORDS = Set.of("crude", "oil", "barrel", "barrels", "bpd", "api", "crudes");
    /** Nouns after "crude" that make the place a facility's name: "the Sture crude terminal" is a place. */
    private static final Set<String> FACILITIES = Set.of("terminal", "terminals", "pipeline", "pipelines", "field",
            "fields", "port", "ports", "refinery", "storage", "tank", "tanks", "loading");
    /** Words of a gathering: "the Venice summit accord" is the accord of a summit held in the place, which stays. */
    private static final Set<String> VENUES = Set.of("summit", "meeting", "meetings", "conference", "talks", "session",
            "forum", "round");
    private static final Set<String> MONTHS = Arrays.stream(Month.values())
            .map(month -> month.name().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    /** Spans with agreement modifiers made MISC agreement names and commodity names dropped; sorted as the input. */
    public List<NameSpan> apply(TokenizedText text, List<NameSpan> spans) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            NameSpan s = spans.get(i);
            if (s.country() != null || s.type() == MentionType.PERSON && !grade(text, s)) {
                out.add(s);
                continue;
            }
            int next = s.end();
            int limit = i + 1 < spans.size() ? spans.get(i + 1).first() : text.size();
            String after = next < limit && text.spaceJoined(next - 1) ? text.token(next) : "";
            String then = next + 1 < limit && text.spaceJoined(next) ? text.token(next + 1).toLowerCase(Locale.ROOT) : "";
            if (grade(text, s) || COMMODITY_HEADS.contains(after) && s.type() == MentionType.LOCATION
                    && !FACILITIES.contains(then)) {
                continue; // a commodity: no entity
            }
            int head = next;
            // "the Louvre currency accord": one lower-case word may qualify the head
            if (!AGREEMENT_HEADS.contains(after) && head + 1 < limit && after.matches("\\p{Ll}+") && !VENUES.contains(after)
                    && text.spaceJoined(head) && AGREEMENT_HEADS.contains(text.token(head + 1))) {
                head++;
            }
            if ((s.type() == MentionType.LOCATION || s.type() == MentionType.MISC) && head < limit && AGREEMENT_HEADS.contains(text.token(head))
                    && (head == next || text.spaceJoined(next - 1)) && definite(text, s.first())) {
                out.add(new NameSpan(MentionType.MISC, s.first(), head + 1, null));
                continue;
            }
            out.add(s);
        }
        return out;
    }

    /**
     * True when the span names a crude grade: its last word a grade word, in a text about oil; a person's name only
     * when its first word is a grade word too ("Light Louisiana Sweet").
     */
    private static boolean grade(TokenizedText text, NameSpan s) {
        if (s.length() < 2 || !GRADE_WORDS.contains(text.token(s.end() - 1).toLowerCase(Locale.ROOT))
                || s.type() == MentionType.PERSON && !GRADE_WORDS.contains(text.token(s.first()).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int t = 0; t < text.size(); t++) {
            if ((t < s.first() || t >= s.end()) && OIL_WORDS.contains(text.token(t).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when "the", a possessive or a month stands before token {@code first}, with at most two lower-case or
     * numeric words between ("the eight month-old Louvre pact"): a named agreement.
     */
    private static boolean definite(TokenizedText text, int first) {
        for (int t = first - 1; t >= Math.max(0, first - 3); t--) {
            String lower = text.token(t).toLowerCase(Locale.ROOT);
            if (lower.equals("the") || lower.equals("'s") || lower.equals("’s") || lower.endsWith("'s")
                    || lower.endsWith("’s") || MONTHS.contains(lower)) {
                return true;
            }
            if (!text.token(t).matches("[\\p{Ll}\\d][\\p{Ll}\\d-]*")) {
                return false;
            }
        }
        return false;
    }
}
