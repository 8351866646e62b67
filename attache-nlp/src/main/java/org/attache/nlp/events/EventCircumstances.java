package org.attache.nlp.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.events.EventDate;
import org.attache.api.events.PartialDate;
import org.attache.nlp.dates.EventDateResolver;

/**
 * An event's circumstances: the mode of a meeting (phone, visit, host, multilateral), its location, and its
 * date, the nearest date phrase of the trigger's own clause resolved against the article's day. Status is
 * {@link Modality}'s.
 */
final class EventCircumstances {
    private final EventDateResolver dates;

    EventCircumstances(EventDateResolver dates) {
        this.dates = dates;
    }

    String meetingMode(String cameo, String mode, Tokens t, PatternEventCoder.Context c) {
        switch (cameo) {
            case "041":
                return "phone";
            case "042":
                return "visit";
            case "043":
                return "host";
            case "044":
                return "third_party";
            default:
                break;
        }
        if (mode != null && !mode.equals("in_person")) {
            return mode;
        }
        for (String w : t.lower) {
            switch (w) {
                case "videoconference", "video-conference", "videoconferencing", "virtual", "online", "zoom",
                     "teleconference" -> {
                    return "video";
                }
                case "phone", "telephone" -> {
                    return "phone";
                }
                default -> {
                }
            }
        }
        if (t.lower.contains("summit") || t.lower.contains("conference") || t.lower.contains("forum")) {
            long countries = c.a().mentions().stream().filter(x -> x.sentence() == c.sentence().index())
                    .map(Mention::country).filter(x -> x != null).distinct().count();
            if (countries >= 3) {
                return "multilateral";
            }
        }
        return mode == null ? (cameo.startsWith("04") && cameo.length() == 3 && cameo.compareTo("045") >= 0 ? null
                : "in_person") : mode;
    }

    String location(PatternEventCoder.Context c, PatternEventCoder.Match m, List<ActorUnits.Unit> targets, String cameo) {
        if (cameo.equals("042")) {
            for (ActorUnits.Unit u : targets) {
                if (ActorUnits.type(c.a(), u) == MentionType.LOCATION) {
                    return c.a().mentions().get(u.anchor()).text();
                }
            }
        }
        Tokens t = c.t();
        int from = m.last() + 1;
        for (int i = from; i < Math.min(t.size(), from + 14); i++) {
            if (t.get(i).equals(";")) {
                break;
            }
            if (t.get(i).equals("in") || (t.get(i).equals("at") && !t.get(i + 1).equals("the"))) {
                int at = t.start.get(Math.min(t.size() - 1, i + 1));
                for (Mention mm : c.a().mentions()) {
                    if (mm.sentence() == c.sentence().index() && mm.type() == MentionType.LOCATION && mm.start() == at) {
                        return mm.text();
                    }
                }
            }
        }
        return null;
    }

    /**
     * The date of the trigger's own clause nearest to it, resolved against the article's day in the clause's tense
     * (forward in a future-tense sentence or a scheduled present, "leaves on Wednesday"; never after the report for
     * a past act); a date that dates another fact of the sentence ("the accord, signed in 1978", "closed for
     * repairs in 1978", "said on Monday it had …", "weeks after Reagan imposed …", "left on Wednesday") or is only
     * the end of a span ("until 1992") is not the event's.
     */
    EventDate date(PatternEventCoder.Context c, PatternEventCoder.Match trigger, int headStart, boolean future) {
        Mention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Mention m : c.a().mentions()) {
            if (m.sentence() != c.sentence().index() || m.type() != MentionType.DATE) {
                continue;
            }
            if (datesAnotherFact(c, trigger, m) || endBoundOnly(c.t(), m) || otherClause(c, trigger, m)) {
                continue;
            }
            int d = m.start() >= headStart ? m.start() - headStart : headStart - m.end();
            if (d < bestDist) {
                bestDist = d;
                best = m;
            }
        }
        if (best == null) {
            return null;
        }
        String phrase = best.text();
        Tokens t = c.t();
        int i = t.endingBy(best.start());
        String prev = t.get(i);
        if (Set.of("from", "on", "since", "between", "until", "till", "by", "in", "during").contains(prev)) {
            phrase = c.body().substring(t.start.get(i), best.end());
        }
        boolean past = pastTense(c, trigger);
        EventDateResolver.Tense tense = future && !(trigger.noun() && past) || scheduledPresent(c, trigger)
                ? EventDateResolver.Tense.FUTURE
                : past ? EventDateResolver.Tense.PAST : EventDateResolver.Tense.UNKNOWN;
        return dates.resolve(phrase, c.anchor(), tense).orElse(null);
    }

    private static boolean commaBetween(Syntax.Analysis a, int from, int to) {
        for (int i = 0; i < a.size(); i++) {
            if (a.start[i] >= from && a.end[i] <= to && a.words[i].equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that open a subordinate clause with its own time: "weeks after Reagan imposed tariffs". Not "when" and
     * "while", whose clause shares the time of the other ("reached last September when Aquino visited").
     */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "since", "until", "till",
            "because", "although", "though", "once", "whereas");

    /**
     * True when a subordinating word stands between the date and the trigger and opens the clause of only one of
     * them: the trigger's ("leaves on Wednesday, only weeks after Reagan imposed tariffs": Wednesday is the
     * departure's) or the date's, when that clause has its own verb ("imposed tariffs after he left on
     * Wednesday"). A word that leads the date itself ("after March 3") is the date's preposition, not a clause.
     */
    static boolean otherClause(PatternEventCoder.Context c, PatternEventCoder.Match trigger, Mention date) {
        Tokens t = c.t();
        int d = t.atOrAfter(date.start());
        int dEnd = t.endingBy(date.end());
        boolean dateFirst = d < trigger.head();
        int lo = dateFirst ? dEnd + 1 : trigger.last() + 1;
        int hi = dateFirst ? trigger.head() : d;
        for (int i = lo; i < hi; i++) {
            String w = t.get(i);
            if (!SUBORDINATORS.contains(w) || i + 1 == d) {
                continue;
            }
            if (clauseEnds(t, i + 1, hi)) {
                continue; // "on Monday, after talks in Geneva, Iraq attacked": the clause closes before the trigger
            }
            if (dateFirst) {
                return true;
            }
            Syntax.Analysis a = c.syntax();
            for (int k = i + 1; k < d; k++) {
                String tag = a == null ? null : a.tagAt(t.start.get(k));
                if (tag == null && !Tokens.isPunct(t.get(k))) {
                    return true; // beyond the tagged window: unsure whose date it is, so none (precision first)
                }
                if (tag != null && (tag.startsWith("VB") || tag.equals("MD")) && !AUXILIARIES.contains(t.get(k))) {
                    return true; // "after Nakasone left on Wednesday": the leaving's day
                }
            }
        }
        return false;
    }

    private static boolean clauseEnds(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = t.get(k);
            if (w.equals(",") || w.equals(";") || w.equals("-") || w.equals("(") || w.equals(")")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the date is only the end of a span ("agreements with Tunisia until 1992", "talks until Friday"):
     * it says when something stops, not when the act took place.
     */
    static boolean endBoundOnly(Tokens t, Mention date) {
        int i = t.endingBy(date.start());
        if (i < 0) {
            return false;
        }
        String prev = t.get(i);
        return prev.equals("until") || prev.equals("till") || prev.equals("through") && !t.get(i - 1).equals(
                "from") || prev.equals("to") && i > 0 && t.get(i - 1).equals("up");
    }

    private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had", "did");

    /**
     * True when the trigger's clause reports a past act: the trigger is a past-tense verb (or a participle after
     * "was", "had"), or a noun governed by one ("concerns were heightened by the May 17 attack"), with no "will" or
     * "would" before it.
     */
    static boolean pastTense(PatternEventCoder.Context c, PatternEventCoder.Match trigger) {
        Syntax.Analysis a = c.syntax();
        if (a == null || Modality.future(c.t(), trigger)) {
            return false;
        }
        int k = a.tokenAt(c.t().start.get(trigger.head()));
        if (k < 0) {
            return false;
        }
        if (!trigger.noun()) {
            return pastVerb(a, k);
        }
        if (!a.parsed()) {
            return false;
        }
        int x = a.heads[k]; // only the verb the noun hangs on itself: "talks ... should be" under "told" is no past
        return x >= 0 && a.tags[x].startsWith("VB") && pastVerb(a, x);
    }

    /**
     * True when the trigger is a verb in the simple present ("Nakasone leaves on Wednesday", "the talks open on
     * March 3"): with a date of its own, news uses that tense for a scheduled act, not a past one.
     */
    static boolean scheduledPresent(PatternEventCoder.Context c, PatternEventCoder.Match trigger) {
        Syntax.Analysis a = c.syntax();
        if (a == null || trigger.noun()) {
            return false;
        }
        int k = a.tokenAt(c.t().start.get(trigger.head()));
        return k >= 0 && (a.tags[k].equals("VBZ") || a.tags[k].equals("VBP")) && !AUXILIARIES.contains(a.lower(k));
    }

    private static boolean pastVerb(Syntax.Analysis a, int k) {
        if (a.tags[k].equals("VBD")) {
            return true;
        }
        if (!a.tags[k].equals("VBN")) {
            return false;
        }
        for (int i = k - 1; i >= Math.max(0, k - 3); i--) {
            String w = a.lower(i);
            if (PAST_AUXILIARIES.contains(w)) {
                return true;
            }
            if (Set.of("will", "would", "shall", "may", "might", "could", "can", "must", "to", "has", "have", "is",
                    "are", "be").contains(w) || !Character.isLetter(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** True when every day the partial date may stand for is after {@code day}. */
    static boolean startsAfter(PartialDate p, LocalDate day) {
        if (p.year() == null) {
            return false;
        }
        if (p.year() != day.getYear()) {
            return p.year() > day.getYear();
        }
        if (p.month() == null || p.month() != day.getMonthValue()) {
            return p.month() != null && p.month() > day.getMonthValue();
        }
        return p.day() != null && p.day() > day.getDayOfMonth();
    }

    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had", "having", "do", "does", "did", "will", "would", "'s", "'re");

    private static final Set<String> RELATIVE_WORDS = Set.of("which", "who", "whose", "whom");

    /**
     * True when the date stands before the trigger inside a clause set off by commas or dashes that is a relative
     * clause or tells since when ("Casey, who underwent surgery in December, had resigned"; "he repeated -- as he
     * has done since the crisis broke last November -- that he would not resign"): that clause's own fact.
     */
    static boolean insideEarlierClause(Tokens t, PatternEventCoder.Match trigger, Mention date) {
        int d = t.atOrAfter(date.start());
        if (d >= trigger.head()) {
            return false;
        }
        int close = -1;
        for (int i = d; i < trigger.head(); i++) {
            if (t.get(i).equals(",") || t.get(i).equals("-") && t.get(i + 1).equals("-")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return false;
        }
        int open = -1;
        for (int i = d - 1; i >= 0; i--) {
            if (t.get(i).equals(",") || t.get(i).equals("-") && t.get(i - 1).equals("-")) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        if (RELATIVE_WORDS.contains(t.get(open + 1))) {
            return true;
        }
        for (int i = open + 1; i < d; i++) {
            if (t.get(i).equals("since")) {
                return true;
            }
        }
        return false;
    }

    /** True when the date phrase belongs to another verb of the sentence than the trigger (see {@link #date}). */
    static boolean datesAnotherFact(PatternEventCoder.Context c, PatternEventCoder.Match trigger, Mention date) {
        if (insideEarlierClause(c.t(), trigger, date)) {
            return true;
        }
        Syntax.Analysis a = c.syntax();
        if (a == null) {
            return false;
        }
        Tokens t = c.t();
        int from = t.start.get(trigger.head());
        int to = t.end.get(trigger.last());
        for (int i = trigger.last() + 1; i < t.size() && t.start.get(i) < date.start(); i++) {
            if (RELATIVE_WORDS.contains(t.get(i)) && t.get(i - 1).equals(",")) {
                return true; // ", which was closed for repairs in 1978": the relative clause's own fact
            }
        }
        if (a.parsed()) {
            int first = a.tokenAt(date.start());
            if (first < 0) {
                return false;
            }
            int d = first; // the date phrase's head: its token whose head lies outside it
            for (int i = first; i < a.size() && a.start[i] < date.end(); i++) {
                int h = a.heads[i];
                if (h < 0 || a.start[h] < date.start() || a.start[h] >= date.end()) {
                    d = i;
                    break;
                }
            }
            int guard = 0;
            for (int x = a.heads[d]; x >= 0 && guard++ < a.size(); x = a.heads[x]) {
                if (a.start[x] >= from && a.start[x] < to) {
                    return false; // the trigger's own date
                }
                int h = a.heads[x];
                if (a.rels[x].startsWith("conj") && h >= 0 && a.start[h] >= from && a.start[h] < to
                        && a.tags[x].startsWith("VB")) {
                    return false; // "attacked and hit a tanker today": a verb sharing the trigger's subject and time
                }
                boolean governsTrigger = false;
                for (int k = a.tokenAt(from); k >= 0 && k < a.size() && a.start[k] < to; k++) {
                    governsTrigger |= a.heads[k] == x && !a.rels[k].startsWith("ccomp") && !a.rels[k].equals("parataxis");
                }
                if (ActorPhrases.REPORTING.contains(a.lower(x)) && a.start[x] > date.end() && date.start() >= to
                        && commaBetween(a, date.end(), a.start[x]) && !commaBetween(a, to, date.start())) {
                    return false; // "attacked a tanker in the Gulf today, a spokesman said": the attribution's
                    // verb after its comma takes no date from the reported clause, whatever the parse attached
                }
                if (governsTrigger && !ActorPhrases.REPORTING.contains(a.lower(x))) {
                    return false; // the light verb of a nominal trigger ("held talks on Monday")
                }
                if (a.tags[x].startsWith("VB") && !AUXILIARIES.contains(a.lower(x))) {
                    return true; // another verb's date: "signed in 1978", "said on Monday"
                }
            }
            return false;
        }
        // tagged only: another verb between the trigger and the date ("the plant, closed for repairs in 1978")
        int lo = Math.min(to, date.end());
        int hi = Math.max(from, date.start());
        for (int i = 0; i < a.size(); i++) {
            if (a.start[i] >= lo && a.end[i] <= hi && (a.start[i] < from || a.start[i] >= to)
                    && (a.tags[i].equals("VBD") || a.tags[i].equals("VBN") || a.tags[i].equals("VBG")
                    || a.tags[i].equals("VBZ") || a.tags[i].equals("VBP"))
                    && !AUXILIARIES.contains(a.lower(i)) && !coordinatedWithTrigger(a, i, to)) {
                return true;
            }
        }
        return false;
    }

    /** "attacked and hit a tanker today": a verb joined to the trigger by "and"/"or" shares its time. */
    private static boolean coordinatedWithTrigger(Syntax.Analysis a, int i, int triggerEnd) {
        return i >= 2 && (a.lower(i - 1).equals("and") || a.lower(i - 1).equals("or"))
                && a.end[i - 2] == triggerEnd;
    }
}
