package org.attache.nlp.names;

import org.attache.api.MentionType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names of policies, eras and movements ("Đổi Mới", "Perestroika", "Glasnost", "Juche") that the recogniser
 * took for a person, an organisation or a place. No list of such names is kept: a name is a policy when at least two
 * of these cues hold for it in the article, and no occurrence of it has a person's cue (an office word or
 * honorific before it, a verb of saying after it):
 * <ol>
 *   <li>it follows "of" after a word of time or course ("40 years of …", "the spirit of …", "a policy of …");</li>
 *   <li>a policy word follows it in lower case ("… reforms", "… policy", "… campaign", "… era");</li>
 *   <li>a gloss of one to three plain words follows it in brackets, as a translation ("… (Renewal)");</li>
 *   <li>the same words occur in lower case elsewhere in the text (a common noun, capitalised at a sentence
 *       start).</li>
 * </ol>
 * Every span of the name then becomes MISC, and a name span inside its gloss is dropped (it is the same
 * thing translated). Stateless and thread-safe.
 */
public final class PolicyNames {
    private static final Set<String> COURSE_WORDS = Set.of("years", "decades", "months", "era", "age", "period",
            "policy", "policies", "spirit", "process", "principles", "principle", "ideals", "course", "path",
            "programme", "program", "campaign", "cause", "implementation", "achievements", "success", "failure",
            "architect", "architects", "launch", "introduction", "years'", "decade", "anniversary", "reforms");
    private static final Set<String> POLICY_WORDS = Set.of("policy", "policies", "reform", "reforms", "era",
            "programme", "program", "campaign", "movement", "doctrine", "drive", "process", "strategy",
            "revolution", "principle", "principles", "course", "model", "ideology", "period");
    private static final Set<String> SAYING = Set.of("said", "says", "say", "told", "tells", "added", "asked",
            "stated", "noted", "wrote", "argued", "insisted", "announced", "declared", "replied");

    /** Spans with policy names retyped MISC and their glosses dropped; sorted as the input. */
    public List<NameSpan> apply(TokenizedText text, List<NameSpan> spans) {
        Set<String> policies = new HashSet<>();
        Set<String> persons = new HashSet<>();
        List<String> keys = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            String key = key(text, s);
            keys.add(key);
            if (!candidate(s)) {
                continue;
            }
            if (personCue(text, s)) {
                persons.add(key);
            } else if (policyCues(text, s) >= 2) {
                policies.add(key);
            }
        }
        policies.removeAll(persons);
        if (policies.isEmpty()) {
            return spans;
        }
        List<NameSpan> out = new ArrayList<>(spans.size());
        int glossEnd = -1;
        for (int i = 0; i < spans.size(); i++) {
            NameSpan s = spans.get(i);
            if (s.first() < glossEnd) {
                continue;
            }
            if (policies.contains(keys.get(i)) && candidate(s)) {
                out.add(s.type() == MentionType.MISC ? s : new NameSpan(MentionType.MISC, s.first(), s.end(), null));
                int g = glossLength(text, s.end());
                glossEnd = g > 0 ? s.end() + g : -1;
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** A person, organisation, other name or a place the gazetteer does not know: what a policy is taken for. */
    private static boolean candidate(NameSpan s) {
        return switch (s.type()) {
            case PERSON, ORGANIZATION, MISC -> true;
            case LOCATION -> s.country() == null;
            default -> false;
        };
    }

    private static int policyCues(TokenizedText text, NameSpan s) {
        int cues = 0;
        int p = s.first() - 1;
        if (p >= 0 && text.token(p).equalsIgnoreCase("the")) {
            p--;
        }
        if (p >= 1 && text.token(p).equals("of") && COURSE_WORDS.contains(lower(text.token(p - 1)))) {
            cues++;
        }
        int n = s.end();
        if (n < text.size() && text.spaceJoined(n - 1) && POLICY_WORDS.contains(text.token(n))) {
            cues++;
        }
        if (glossLength(text, n) > 0) {
            cues++;
        }
        if (lowerElsewhere(text, s)) {
            cues++;
        }
        return cues;
    }

    /** An office word or honorific just before the name, or a verb of saying just after it. */
    private static boolean personCue(TokenizedText text, NameSpan s) {
        for (int t = Math.max(0, s.first() - 2); t < s.first(); t++) {
            if (NameLexicon.isOfficeWord(text.token(t))) {
                return true;
            }
        }
        int n = s.end();
        if (n < text.size() && (text.token(n).equals(",") || text.token(n).equals("'s") || text.token(n).equals("’s"))) {
            n++;
        }
        return n < text.size() && SAYING.contains(lower(text.token(n)));
    }

    /** Tokens of a bracketed gloss of one to three plain words starting at token {@code t}, else 0. */
    private static int glossLength(TokenizedText text, int t) {
        if (t >= text.size() || !text.token(t).equals("(")) {
            return 0;
        }
        int k = t + 1;
        while (k < text.size() && k - t <= 4 && !text.token(k).equals(")")) {
            String w = text.token(k);
            if (!NameLexicon.isWordLike(w) || CompoundNames.acronym(w)) {
                return 0;
            }
            k++;
        }
        return k < text.size() && text.token(k).equals(")") && k > t + 1 && k - t <= 4 ? k - t + 1 : 0;
    }

    /** True when the span's words occur somewhere in the text in lower case, as one run. */
    private static boolean lowerElsewhere(TokenizedText text, NameSpan s) {
        String words = text.cover(s.first(), s.end());
        if (!Character.isUpperCase(words.codePointAt(0))) {
            return false;
        }
        String lower = words.toLowerCase(Locale.ROOT);
        if (lower.equals(words)) {
            return false;
        }
        String body = text.text();
        for (int i = body.indexOf(lower); i >= 0; i = body.indexOf(lower, i + 1)) {
            boolean before = i == 0 || !Character.isLetterOrDigit(body.charAt(i - 1));
            int e = i + lower.length();
            boolean after = e >= body.length() || !Character.isLetterOrDigit(body.charAt(e));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    private static String key(TokenizedText text, NameSpan s) {
        return AsciiFolder.fold(text.cover(s.first(), s.end())).toLowerCase(Locale.ROOT);
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
