package org.attache.nlp.events;

import java.util.List;
import java.util.Set;
import org.attache.api.events.EventActor;

/**
 * Trigger senses that PLOVER's own definitions separate where the words are the same. "Protest" is a
 * demonstration (PROTEST: "civilian demonstrations and other collective actions") when a crowd protests, and
 * an official complaint (DISAPPROVE, here ACCUSE: "written and institutionalized protests") when a government,
 * an international body or an organisation protests, or when the verb reports what was said ("protested
 * that …", "…, a rights group protested"). Force used to disperse a crowd is repression (COERCE: "repression,
 * violence against civilians"), not an armed attack. Each reads only the sentence's tokens and the actors
 * already bound, so it holds whether or not the sentence was parsed.
 */
final class PloverSenses {
    /** Sectors that protest by complaining, not by taking to the streets. */
    private static final Set<String> OFFICIAL = Set.of("GOV", "IGO", "NGO", "LEG", "JUD");
    /** Words that may follow a verb of saying at the end of an inverted report ("…, X protested here today."). */
    private static final Set<String> REPORT_TAIL = Set.of("here", "today", "yesterday", "tonight", "on", "in", "at",
            "last", "this", "late", "early", "week", "night", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "a", "an", "its", "his", "her", "their", "statement", "letter", "note", "to",
            "reporters", "news", "conference", "briefing", ",", "also");
    /** Verbs of force whose purpose clause can make them crowd control. */
    private static final Set<String> DISPERSING = Set.of("disperse", "break");

    private PloverSenses() {
    }

    /**
     * True when a "protest" trigger is an official complaint rather than a demonstration: a content clause
     * follows the verb ("protested that …"), the verb closes an inverted report ("…, a human rights group
     * protested here Wednesday"), or every acting side is a government, international body, organisation,
     * legislature or court.
     */
    static boolean complaint(Tokens t, PatternEventCoder.Match m, List<EventActor> source) {
        List<String> words = m.entry().pattern().words();
        if (words.size() != 1 || !words.get(0).equals("protest")) {
            return false;
        }
        if (!m.noun()) {
            String next = t.get(m.last() + 1);
            if (next.equals("that") || next.equals("\"") || next.equals("“")) {
                return true;
            }
            if (invertedReport(t, m)) {
                return true;
            }
        }
        // an actor of no known sector (a state named alone, a person) is not known to be official
        return !source.isEmpty()
                && source.stream().allMatch(x -> x.sector() != null && OFFICIAL.contains(x.sector()));
    }

    private static boolean invertedReport(Tokens t, PatternEventCoder.Match m) {
        return reportBreak(t, m) >= 0;
    }

    /**
     * The comma or closing quotation mark that ends the reported words when the verb closes an inverted report
     * ("The blockade is illegal, the government protested here on Tuesday."): what was said came before it,
     * after the verb only when and where. -1 when the verb is not in that position.
     */
    static int reportBreak(Tokens t, PatternEventCoder.Match m) {
        int comma = -1;
        for (int i = m.head() - 1; i >= 0 && i >= m.head() - 8; i--) {
            String w = t.get(i);
            if (w.equals(",") || w.equals("\"") || w.equals("”")) {
                comma = i > 2 ? i : -1;
                break;
            }
        }
        if (comma < 0) {
            return -1;
        }
        for (int i = m.last() + 1; i < t.size(); i++) {
            String w = t.get(i);
            if (w.equals(".") || w.equals("!")) {
                return comma;
            }
            if (!REPORT_TAIL.contains(w)) {
                return -1;
            }
        }
        return comma;
    }

    /**
     * True when force is used to scatter a crowd ("opened fire to disperse demonstrators", "used tear gas to
     * break up the rally"): the purpose clause right after the act says it is repression.
     */
    static boolean dispersing(Tokens t, PatternEventCoder.Match m) {
        for (int i = m.last() + 1; i < t.size() && i <= m.last() + 6; i++) {
            String w = t.get(i);
            if (w.equals("to") && DISPERSING.contains(t.get(i + 1))) {
                return !t.get(i + 1).equals("break") || t.get(i + 2).equals("up");
            }
            if (w.equals(",") || w.equals(".") || w.equals("and")) {
                return false;
            }
        }
        return false;
    }
}
