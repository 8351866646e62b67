package org.attache.nlp.events;

import java.util.Set;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;

/**
 * What the words around a trigger make of the event: its status (occurred, ongoing, planned, possible,
 * promised, denied), whether it is negated, obliged, passive or being prepared, and the CAMEO code of a
 * cooperative action refused, intended or threatened. Stateless, over the sentence's tokens; used by
 * {@link PatternEventCoder}.
 */
final class Modality {
    private static final Set<String> NEGATORS = Set.of("not", "never", "no", "n't", "neither", "nor");
    private static final Set<String> PLANNED = Set.of("will", "'ll", "shall", "expected", "due", "plans", "plan",
            "planned", "planning", "scheduled", "intends", "intend", "intended", "going", "would", "ready",
            "prepared", "set", "aims", "aim", "wants", "want", "seeks", "seek", "hopes", "willing", "upcoming",
            "forthcoming", "proposed", "next");
    /** Participles of hearsay before "to have" ("believed to have agreed"): the act is not confirmed. */
    private static final Set<String> HEARSAY = Set.of("believed", "thought", "rumoured", "rumored", "understood",
            "reported", "said", "alleged", "suspected", "presumed", "assumed");
    /** Words that plan an act only before "to" ("plans to visit"); else they name a plan. */
    private static final Set<String> PLAN_NOUNS = Set.of("plan", "plans", "aim", "aims");
    private static final Set<String> POSSIBLE = Set.of("may", "might", "could", "considering", "consider",
            "considers", "mulling", "possible", "possibly", "likely", "weighing");
    private static final Set<String> PROMISED = Set.of("pledged", "pledge", "pledges", "promised", "promise",
            "promises", "vowed", "vow", "vows", "committed", "commits", "undertook", "guaranteed", "swore", "sworn");
    private static final Set<String> DENIED = Set.of("denied", "denies", "deny", "denying", "rejected claims");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "'re");

    /** Participles that state a position held rather than an act done ("are opposed to", "is against"). */
    private static final Set<String> STANDING = Set.of("opposed");
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "'s", "'re", "remain", "remains");
    /** What a process noun's verb says when the process is under way ("talks are progressing"). */
    private static final Set<String> IN_PROGRESS = Set.of("progressing", "continuing", "proceeding",
            "underway", "dragging", "stalled", "deadlocked");
    private static final Set<String> RELATIVES = Set.of("which", "who", "that");
    private static final Set<String> CONTINUING = Set.of("continuing", "continue", "continues", "pursuing");

    private Modality() {
    }

    static boolean passive(Tokens t, PatternEventCoder.Match m) {
        String head = t.get(m.head());
        if (!(head.endsWith("ed") || head.endsWith("en") || head.equals("met") || head.equals("held")
                || head.equals("hit") || head.equals("shot") || head.equals("struck"))) {
            return false;
        }
        return BE.contains(t.get(m.head() - 1)) || (BE.contains(t.get(m.head() - 2)) && t.get(m.head() - 1).endsWith("ly"));
    }

    static EventStatus status(Tokens t, PatternEventCoder.Match m) {
        int h = m.head();
        EventStatus reported = reportedStatus(t, h);
        if (reported != null) {
            return reported;
        }
        if (futureSetting(t, m)) {
            return EventStatus.PLANNED; // "will make proposals at a meeting with Reagan this week": still to come
        }
        if (failure(t, h)) {
            return EventStatus.DENIED; // "last month's failure to agree on farm prices": it did not happen
        }
        if (hardToDo(t, h)) {
            return EventStatus.POSSIBLE; // "would find it hard to veto", "would have a difficult time vetoing"
        }
        if (agreedToDo(t, m)) {
            return EventStatus.PLANNED; // "agreed to initiate efforts and call for a conference": still to be made
        }
        for (int i = h - 1; i >= Math.max(0, h - 5); i--) {
            String w = t.get(i);
            if (Tokens.isPunct(w) && !w.equals("-")) {
                break;
            }
            if (PROMISED.contains(w)) {
                return EventStatus.PROMISED;
            }
            if (POSSIBLE.contains(w)) {
                return EventStatus.POSSIBLE;
            }
            if (PLAN_NOUNS.contains(w) && !t.get(i + 1).equals("to")) {
                continue; // "the plan is backed by Norway": a plan named, not an act planned
            }
            if (w.equals("to") && (t.get(i - 1).equals("yet"))) {
                return EventStatus.PLANNED; // "has yet to be ratified": not done, still to come
            }
            if (w.equals("have") && t.get(i - 1).equals("to") && HEARSAY.contains(t.get(i - 2))) {
                return EventStatus.POSSIBLE; // "are widely believed to have agreed": unconfirmed
            }
            if (PLANNED.contains(w) || (w.equals("to") && BE.contains(t.get(i - 1)))) {
                return EventStatus.PLANNED;
            }
            if (DENIED.contains(w)) {
                return EventStatus.DENIED;
            }
        }
        String head = t.get(h);
        if (STANDING.contains(head) && PRESENT_BE.contains(t.get(h - 1))
                || STANDING.contains(head) && t.get(h - 1).endsWith("ly") && PRESENT_BE.contains(t.get(h - 2))) {
            return EventStatus.ONGOING; // "are opposed to the limits": a standing position, held now
        }
        if (m.entry().noun() && continuing(t, h)) {
            return EventStatus.ONGOING; // "were continuing talks", "is continuing a dialogue"
        }
        if (head.endsWith("ing") && (BE.contains(t.get(h - 1)) || (t.get(h - 1).endsWith("ly") && BE.contains(t.get(h - 2))))) {
            return EventStatus.ONGOING;
        }
        // "is on a (working) visit", "are in talks"
        for (int i = h - 1; i >= Math.max(1, h - 4); i--) {
            String w = t.get(i);
            if ((w.equals("on") || w.equals("in")) && (t.get(i - 1).equals("is") || t.get(i - 1).equals("are"))) {
                return EventStatus.ONGOING;
            }
        }
        return EventStatus.OCCURRED;
    }

    /** True when "failure to" or "failed to" names the act as one that did not happen ("the failure to agree"). */
    private static boolean failure(Tokens t, int h) {
        return t.get(h - 1).equals("to") && (t.get(h - 2).equals("failure") || t.get(h - 2).equals("failures"));
    }

    private static final Set<String> DIFFICULTY = Set.of("hard", "difficult", "difficulty", "tough", "impossible",
            "unable");
    private static final Set<String> HYPOTHETICAL = Set.of("would", "could", "might", "'d");

    /**
     * True when the act is said to be hard or impossible in a hypothetical ("would find it hard to veto such a
     * bill", "would have a difficult time vetoing"): what would happen, not a plan (status possible).
     */
    private static boolean hardToDo(Tokens t, int h) {
        boolean difficulty = false;
        for (int i = h - 1; i >= Math.max(0, h - 7); i--) {
            String w = t.get(i);
            if (Tokens.isPunct(w)) {
                return false;
            }
            if (DIFFICULTY.contains(w)) {
                difficulty = true;
            } else if (HYPOTHETICAL.contains(w)) {
                return difficulty;
            }
        }
        return false;
    }

    private static final Set<String> AGREE_FORMS = Set.of("agreed", "agree", "agrees", "agreeing");

    /**
     * True when a verbal trigger is what was agreed to be done ("agreed to initiate efforts to end the war and call
     * for a conference"): the act itself is still to come. The agreement, where it is
     * coded, is the sentence's event; this reads the complement when it is coded on its own.
     */
    private static boolean agreedToDo(Tokens t, PatternEventCoder.Match m) {
        if (m.noun() || AGREE_FORMS.contains(t.get(m.head()))) {
            return false;
        }
        boolean to = false;
        for (int i = m.head() - 1; i >= Math.max(0, m.head() - 16); i--) {
            String w = t.get(i);
            if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals("but") || w.equals("\"")) {
                return false;
            }
            if (w.equals("to")) {
                to = true;
            }
            if (AGREE_FORMS.contains(w)) {
                return to && !t.get(i + 1).equals("that");
            }
        }
        return false;
    }

    /** Nouns of a report whose content a "that" clause gives ("a report that he planned to …"). */
    private static final Set<String> REPORT_NOUNS = Set.of("report", "reports", "claim", "claims", "allegation",
            "allegations", "rumour", "rumours", "rumor", "rumors", "suggestion", "suggestions");
    private static final Set<String> DENYING = Set.of("denied", "denies", "deny", "denying", "dismissed",
            "dismisses", "refuted", "refutes");
    private static final Set<String> CONFIRMING = Set.of("confirm", "confirmed", "verify", "verified");

    /**
     * The status a report around the trigger gives it: the act a denied report tells of did not happen ("denied
     * an earlier report that he planned to make an appeal": denied); the act of a report no one confirms may have
     * ("could not confirm reports that Iran has offered …", "unconfirmed reports that …": possible). The trigger
     * must stand in the report's "that" clause, in the same sentence, and no new clause may open in between.
     */
    static EventStatus reportedStatus(Tokens t, int h) {
        for (int i = h - 1; i >= Math.max(1, h - 16); i--) {
            String w = t.get(i);
            if (w.equals(";") || w.equals(":") || w.equals("but")) {
                return null;
            }
            if (!w.equals("that") || !REPORT_NOUNS.contains(t.get(i - 1))) {
                continue;
            }
            for (int j = i - 2; j >= Math.max(0, i - 6); j--) {
                String v = t.get(j);
                if (Tokens.isPunct(v)) {
                    break;
                }
                if (v.equals("unconfirmed")) {
                    return EventStatus.POSSIBLE;
                }
                if (DENYING.contains(v)) {
                    return EventStatus.DENIED;
                }
                if (CONFIRMING.contains(v)) {
                    for (int k = j - 1; k >= Math.max(0, j - 3); k--) {
                        String n = t.get(k);
                        if (NEGATORS.contains(n) || n.endsWith("n't") || n.equals("cannot") || n.equals("unable")) {
                            return EventStatus.POSSIBLE;
                        }
                    }
                    return null;
                }
            }
            return null;
        }
        return null;
    }

    /** True when a verb of continuing governs the nominal trigger ("were continuing talks on …"). */
    private static boolean continuing(Tokens t, int h) {
        for (int i = h - 1; i >= Math.max(0, h - 4); i--) {
            String w = t.get(i);
            if (Tokens.isPunct(w)) {
                return false;
            }
            if (CONTINUING.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The status a nominal trigger takes from the verb after it ("the talks will resume", "a visit is expected
     * next week", "a meeting could take place"); occurred when none follows within the clause.
     */
    static EventStatus statusAfterNoun(Tokens t, PatternEventCoder.Match m) {
        if (futureSetting(t, m)) {
            return EventStatus.PLANNED;
        }
        int limit = m.last() + 6;
        for (int i = m.last() + 1; i < Math.min(t.size(), limit); i++) {
            String w = t.get(i);
            if (w.equals(",") && RELATIVES.contains(t.get(i + 1))) {
                // "the negotiations, which must be concluded by October, are progressing": the relative clause
                // is the noun's own; its verb is the one after the clause
                int close = i + 2;
                while (close < t.size() && close < i + 25 && !Tokens.isPunct(t.get(close))) {
                    close++;
                }
                if (close < t.size() && t.get(close).equals(",")) {
                    limit += close - i + 1;
                    i = close;
                    continue;
                }
            }
            if (Tokens.isPunct(w)) {
                break;
            }
            if (PRESENT_BE.contains(w) && (IN_PROGRESS.contains(t.get(i + 1))
                    || t.get(i + 1).equals("still") && IN_PROGRESS.contains(t.get(i + 2)))
                    || (w.equals("continue") || w.equals("continues")) && !BE.contains(t.get(i - 1))) {
                return EventStatus.ONGOING; // "the negotiations are progressing well", "talks continue"
            }
            if (w.equals("will") || w.equals("'ll") || w.equals("shall") || w.equals("would")
                    || w.equals("expected") || w.equals("due") || w.equals("scheduled") || w.equals("planned")) {
                return EventStatus.PLANNED;
            }
            if (POSSIBLE.contains(w)) {
                return EventStatus.POSSIBLE;
            }
            if (aheadInTime(t, i)) {
                return EventStatus.PLANNED; // "the meetings in two weeks' time", "talks next week"
            }
        }
        return EventStatus.OCCURRED;
    }

    private static final Set<String> TIME_UNITS = Set.of("day", "days", "week", "weeks", "month", "months",
            "year", "years");
    private static final Set<String> COUNTS = Set.of("a", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "few", "several");
    private static final Set<String> NEXT_TIMES = Set.of("week", "month", "year", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "spring", "summer", "autumn", "winter");

    /**
     * True when the words from {@code i} put what the noun before them names ahead of the report: "in two weeks'
     * time", "in three days' time", "next week", "next Monday", "later this month". A bare "in two weeks" may be a
     * duration ("agreed in two weeks of talks") and is not read.
     */
    private static boolean aheadInTime(Tokens t, int i) {
        String w = t.get(i);
        if (w.equals("in") && (COUNTS.contains(t.get(i + 1)) || t.get(i + 1).matches("\\d+"))
                && TIME_UNITS.contains(t.get(i + 2))) {
            String after = t.get(i + 3);
            return after.equals("time") || after.equals("'") && t.get(i + 4).equals("time");
        }
        if (w.equals("next") && NEXT_TIMES.contains(t.get(i + 1))) {
            return true;
        }
        if ((w.equals("later") || w.equals("late")) && t.get(i + 1).equals("in") && t.get(i + 2).equals("the")
                && TIME_UNITS.contains(t.get(i + 3))) {
            return PRESENT_BE.contains(t.get(i - 1)); // "as the talks are late in the week"
        }
        return w.equals("later") && t.get(i + 1).equals("this") && TIME_UNITS.contains(t.get(i + 2));
    }

    /** Nouns of a meeting or a journey, whose time may be that of the act it is the scene of. */
    private static final Set<String> GATHERINGS = Set.of("meeting", "meetings", "talks", "summit", "visit", "trip",
            "session", "conference", "consultations", "discussions", "negotiations", "tour");
    private static final Set<String> SCENE_WORDS = Set.of("at", "during", "in", "on", "attend", "attending");
    private static final Set<String> FUTURE_FRAME = Set.of("will", "'ll", "shall", "would", "could", "may", "might",
            "expected", "hopes", "hope", "hoped", "plans", "intends", "due", "going");
    private static final Set<String> PAST_MARKS = Set.of("last", "yesterday", "yesterday's", "recent", "earlier",
            "previous", "past", "ago", "since", "after", "following");

    /**
     * True when a meeting or visit noun is the scene of an act still to come: "will make proposals at a meeting
     * with Reagan this week", "an announcement could come during a visit to Washington", "would leave Monday to
     * attend the IMF meeting". The meeting lies ahead with the act it hosts. A past mark near the noun ("at last
     * week's meeting", "since the summit") keeps it past.
     */
    static boolean futureSetting(Tokens t, PatternEventCoder.Match m) {
        if (!GATHERINGS.contains(t.get(m.head())) && !GATHERINGS.contains(t.get(m.last()))) {
            return false;
        }
        int i = m.head() - 1;
        while (i >= 0 && i >= m.head() - 5 && !SCENE_WORDS.contains(t.get(i))) {
            String w = t.get(i);
            if (Tokens.isPunct(w) && !w.equals("'") && !w.equals("-") || PAST_MARKS.contains(w)) {
                return false;
            }
            i--;
        }
        if (i < 0 || i < m.head() - 5) {
            return false;
        }
        for (int j = m.last() + 1; j <= Math.min(t.size() - 1, m.last() + 8); j++) {
            if (RELATIVES.contains(t.get(j))) {
                return false; // "at an INRO Council meeting which opened here today": its own clause gives its time
            }
            if (PAST_MARKS.contains(t.get(j)) || Tokens.isPunct(t.get(j))) {
                if (PAST_MARKS.contains(t.get(j))) {
                    return false;
                }
                break;
            }
        }
        for (int j = i - 1; j >= Math.max(0, i - 14); j--) {
            String w = t.get(j);
            if (CLAUSE_ENDS.contains(w) || w.equals(",") || PAST_MARKS.contains(w)) {
                return false;
            }
            if (FUTURE_FRAME.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a nominal trigger is named as still to come: "ahead of today's meeting", "prior to the summit",
     * "in the run-up to the talks", "in preparation for his visit".
     */
    static boolean ahead(Tokens t, PatternEventCoder.Match m) {
        for (int i = m.head() - 1; i >= Math.max(1, m.head() - 5); i--) {
            String w = t.get(i);
            String before = t.get(i - 1);
            if (w.equals("of") && (before.equals("ahead") || before.equals("advance"))
                    || w.equals("to") && (before.equals("prior") || before.equals("run-up"))
                    || w.equals("for") && before.equals("preparation")) {
                return true;
            }
            if (Tokens.isPunct(w) && !w.equals("'") || w.equals("after") || w.equals("since")) {
                return false;
            }
        }
        return false;
    }

    /** True when a future auxiliary ("will", "would", "'ll", "shall") comes shortly before the trigger. */
    static boolean future(Tokens t, PatternEventCoder.Match m) {
        for (int i = m.head() - 1; i >= Math.max(0, m.head() - 4); i--) {
            String w = t.get(i);
            if (Tokens.isPunct(w)) {
                return false;
            }
            if (w.equals("will") || w.equals("would") || w.equals("'ll") || w.equals("shall")) {
                return true;
            }
        }
        return false;
    }

    /** True when the trigger follows "prepared/preparing/prepares to" (an action being readied). */
    static boolean preparing(Tokens t, PatternEventCoder.Match m) {
        for (int i = m.head() - 1; i >= Math.max(0, m.head() - 4); i--) {
            String w = t.get(i);
            if (w.equals("prepared") || w.equals("preparing") || w.equals("prepares") || w.equals("readied")) {
                return !BE.contains(t.get(i - 1)); // "is prepared to" is a readiness, an intent
            }
            if (Tokens.isPunct(w)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> ASPIRATIONS = Set.of("hope", "hopes", "hoped", "hoping", "hopeful", "keen",
            "optimistic", "confident", "wish", "wishes", "wished", "eager", "dream", "dreams");
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ":", "?", "!", "\"", "(", ")", "but");

    /**
     * True when the trigger stands in what an actor hopes, wishes or is keen or optimistic about ("is keen to reach
     * an agreement", "hopes the talks will resolve the dispute", "optimistic a compromise could be reached"): an
     * opinion, not an act. Looks back within the clause, at most ten words.
     */
    static boolean aspired(Tokens t, PatternEventCoder.Match m) {
        for (int i = m.head() - 1; i >= Math.max(0, m.head() - 10); i--) {
            String w = t.get(i);
            if (CLAUSE_ENDS.contains(w)) {
                return false;
            }
            if (ASPIRATIONS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean obliged(Tokens t, PatternEventCoder.Match m) {
        int h = m.head();
        if (t.get(h).equals("must")) {
            return true;
        }
        for (int i = h - 1; i >= Math.max(0, h - 3); i--) {
            String w = t.get(i);
            if (Tokens.isPunct(w)) {
                return false;
            }
            if (w.equals("must") || w.equals("should")) {
                return true;
            }
        }
        return false;
    }

    static boolean negated(Tokens t, PatternEventCoder.Match m) {
        int h = m.head();
        for (int i = h - 1; i >= Math.max(0, h - 3); i--) {
            String w = t.get(i);
            if (Tokens.isPunct(w) && !w.equals("'")) {
                return false;
            }
            if (NEGATORS.contains(w) || w.endsWith("n't")
                    || ((w.equals("failed") || w.equals("fails") || w.equals("fail")) && t.get(i + 1).equals("to"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CONDITIONS = Set.of("unless", "if");

    /**
     * The act an agreement or decision threatens when it is made conditional ("agreed to impose tariffs on Japanese
     * goods unless Tokyo opened its markets"): the coerced act named in the "to" infinitive right after the
     * trigger, when "unless" or "if" follows it in the sentence. The agreement is then a threat of that act
     * (PLOVER THREATEN), not an AGREE with the one it is aimed at. Null otherwise.
     */
    static PatternEventCoder.Match conditionalThreat(Tokens t, PatternEventCoder.Match m,
                                                     java.util.List<PatternEventCoder.Match> all, CameoPlover table) {
        String head = m.entry().pattern().words().get(0);
        if (m.noun() || !(head.equals("agree") || head.equals("decide")) || !t.get(m.last() + 1).equals("to")) {
            return null;
        }
        for (PatternEventCoder.Match o : all) {
            if (o == m || o.head() <= m.last() || o.head() > m.last() + 3) {
                continue;
            }
            PloverType type = table.typeOf(o.entry().pattern().cameo());
            if (type != PloverType.SANCTION && type != PloverType.COERCE && type != PloverType.ASSAULT) {
                continue;
            }
            for (int i = o.last() + 1; i < t.size(); i++) {
                String w = t.get(i);
                if (w.equals(".") || w.equals(";")) {
                    break;
                }
                if (CONDITIONS.contains(w)) {
                    return o;
                }
            }
        }
        return null;
    }

    static String rejectCode(PloverType type) {
        return switch (type) {
            case COOPERATE -> "121";
            case AID -> "122";
            case CONCEDE, RETREAT -> "124";
            case AGREE, CONSULT -> "125";
            default -> "120";
        };
    }

    static String intentCode(PloverType type, String cameo) {
        return switch (type) {
            case COOPERATE -> cameo.length() == 3 && cameo.charAt(2) >= '1' && cameo.charAt(2) <= '4'
                    ? "031" + cameo.charAt(2) : "031";
            case AID -> cameo.length() == 3 && cameo.charAt(2) >= '1' && cameo.charAt(2) <= '4'
                    ? "033" + cameo.charAt(2) : "033";
            case SUPPORT -> "032";
            default -> "035";
        };
    }

    static String threatCode(PloverType type, String cameo) {
        if (cameo.startsWith("163")) {
            return "1312";
        }
        return switch (type) {
            case ASSAULT, MOBILIZE -> "138";
            case SANCTION -> "1313";
            default -> "131";
        };
    }
}
