package org.attache.nlp.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.api.events.EventActor;
import org.attache.nlp.BundledTable;

/**
 * Trigger senses that PLOVER's own definitions separate where the words are the same. "Protest" is a
 * demonstration (PROTEST: "civilian demonstrations and other collective actions") when a crowd protests, and
 * an official complaint (DISAPPROVE, here ACCUSE: "written and institutionalized protests") when a government,
 * an international body or an organisation protests, or when the verb reports what was said ("protested
 * that …", "…, a rights group protested"). Force used to disperse a crowd is repression (COERCE: "repression,
 * violence against civilians"), not an armed attack. "Allow" lets in international involvement (RETREAT: "receive
 * inspectors", "allow delivery of humanitarian aid") only when an outside party or aid is what is let in; letting
 * one's own candidates or parties act eases a restriction (CONCEDE). Each reads only the sentence's tokens and the actors
 * already bound, so it holds whether or not the sentence was parsed.
 *
 * <p>The rules are here; the words they read (which triggers have a complaint sense and its code, the sectors
 * that complain, the words of an inverted report's tail, the purpose clauses of crowd control) are in the
 * bundled table {@code plover-senses.tsv}, so that a sense is extended by editing data, not code.
 */
final class PloverSenses {
    private static final String RESOURCE = "/org/attache/nlp/events/plover-senses.tsv";
    private static final Senses SENSES = load();

    /** The table's contents: see {@code plover-senses.tsv} for each kind of line. */
    private record Senses(Map<List<String>, String> complaints, Set<String> official, Set<String> saidOpeners,
                          Set<String> reportTail, Set<String> reportBreaks, Map<List<String>, String> purposes,
                          Map<List<String>, String> concessions, Set<String> involvement) {
    }

    private PloverSenses() {
    }

    /**
     * The CAMEO code of an official complaint when this "protest"-like trigger is one rather than a
     * demonstration: a content clause follows the verb ("protested that …"), the verb closes an inverted report
     * ("…, a human rights group protested here Wednesday"), or every acting side is a government, international
     * body, organisation, legislature or court. Null when the trigger has no complaint sense or is a crowd's act.
     */
    static String complaint(Tokens t, PatternEventCoder.Match m, List<EventActor> source) {
        String code = SENSES.complaints().get(m.entry().pattern().words());
        if (code == null) {
            return null;
        }
        if (!m.noun()) {
            if (SENSES.saidOpeners().contains(t.get(m.last() + 1))) {
                return code;
            }
            if (reportBreak(t, m) >= 0) {
                return code;
            }
        }
        // an actor with no sector (a people named by its demonym, "Palestinians") is no official body
        return !source.isEmpty() && source.stream().allMatch(x -> x.sector() != null
                && SENSES.official().contains(x.sector())) ? code : null;
    }

    /**
     * The code of a complaint that comes from someone ("despite protests from Taiwan"), for a trigger with a
     * complaint sense; for any other protest noun the first complaint code of the table.
     */
    static String complaintCode(PatternEventCoder.Match m) {
        String code = SENSES.complaints().get(m.entry().pattern().words());
        return code != null ? code : SENSES.complaints().values().iterator().next();
    }

    /**
     * The comma or closing quotation mark that ends the reported words when the verb closes an inverted report
     * ("The blockade is illegal, the government protested here on Tuesday."): what was said came before it,
     * after the verb only when and where. -1 when the verb is not in that position.
     */
    static int reportBreak(Tokens t, PatternEventCoder.Match m) {
        int comma = -1;
        for (int i = m.head() - 1; i >= 0 && i >= m.head() - 8; i--) {
            if (SENSES.reportBreaks().contains(t.get(i))) {
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
            if (!SENSES.reportTail().contains(w)) {
                return -1;
            }
        }
        return comma;
    }

    /**
     * The CAMEO code of crowd control when force is used to scatter a crowd ("opened fire to disperse
     * demonstrators", "used tear gas to break up the rally"): the purpose clause right after the act says it is
     * repression. Null otherwise.
     */
    static String dispersing(Tokens t, PatternEventCoder.Match m) {
        for (int i = m.last() + 1; i < t.size() && i <= m.last() + 6; i++) {
            String w = t.get(i);
            if (w.equals("to")) {
                boolean opens = false;
                for (Map.Entry<List<String>, String> p : SENSES.purposes().entrySet()) {
                    List<String> words = p.getKey();
                    if (!t.get(i + 1).equals(words.get(0))) {
                        continue;
                    }
                    opens = true;
                    if (followedBy(t, i + 1, words)) {
                        return p.getValue();
                    }
                }
                if (opens) {
                    return null; // "to break" without "up": another purpose
                }
            }
            if (w.equals(",") || w.equals(".") || w.equals("and")) {
                return null;
            }
        }
        return null;
    }

    /** How far after a permitting verb its object is read for an international party ("allowed UN inspectors …"). */
    private static final int PERMITTED_WINDOW = 10;

    /**
     * The CAMEO code of a concession when this permitting trigger ("allow") lets something be done that involves
     * no outside party: "the court decided to allow candidate X to run" eases a restriction (PLOVER CONCEDE: "ease
     * restrictions on political freedoms, accede to demands for rights"), where "allowed UN inspectors into the
     * sites" or "opened the bridge to allow the delivery of grain" lets in international involvement (CAMEO 086,
     * PLOVER RETREAT, the pattern's own code). Null when the trigger has no such sense or an international party or
     * aid is named in what is permitted (up to the clause's end).
     */
    static String concession(Tokens t, PatternEventCoder.Match m) {
        String code = SENSES.concessions().get(m.entry().pattern().words());
        if (code == null) {
            return null;
        }
        for (int i = m.last() + 1; i < t.size() && i <= m.last() + PERMITTED_WINDOW; i++) {
            String w = t.get(i);
            if (w.equals(".") || w.equals(";")) {
                break;
            }
            if (SENSES.involvement().contains(w)) {
                return null;
            }
        }
        return code;
    }

    /** The permitting patterns with a concession sense, and the code of each (for tests). */
    static Map<List<String>, String> concessionSenses() {
        return SENSES.concessions();
    }

    /** The trigger patterns with a complaint sense, and the code of each (for tests). */
    static Map<List<String>, String> complaintSenses() {
        return SENSES.complaints();
    }

    /** The purpose clauses of crowd control, and the code of each (for tests). */
    static Map<List<String>, String> purposeSenses() {
        return SENSES.purposes();
    }

    private static boolean followedBy(Tokens t, int from, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!t.get(from + k).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static Senses load() {
        Map<List<String>, String> complaints = new java.util.LinkedHashMap<>();
        Set<String> official = new HashSet<>();
        Set<String> openers = new HashSet<>();
        Set<String> tail = new HashSet<>();
        Set<String> breaks = new HashSet<>();
        Map<List<String>, String> purposes = new java.util.LinkedHashMap<>();
        Map<List<String>, String> concessions = new java.util.LinkedHashMap<>();
        Set<String> involvement = new HashSet<>();
        BundledTable.read(PloverSenses.class, RESOURCE, (n, line) -> {
            String[] f = line.split("\t");
            String kind = f[0].trim();
            int want = switch (kind) {
                case "complaint", "purpose", "concession" -> 3;
                case "official", "said-opener", "report-tail", "report-break", "involvement" -> 2;
                default -> throw new IllegalStateException(RESOURCE + " line " + n + ": unknown kind " + kind);
            };
            if (f.length != want) {
                throw new IllegalStateException(RESOURCE + " line " + n + ": expected " + want + " columns: " + line);
            }
            String value = f[1].trim();
            switch (kind) {
                case "complaint" -> complaints.put(words(value), f[2].trim());
                case "purpose" -> purposes.put(words(value), f[2].trim());
                case "concession" -> concessions.put(words(value), f[2].trim());
                case "involvement" -> involvement.add(value.toLowerCase(Locale.ROOT));
                case "official" -> official.add(value);
                case "said-opener" -> openers.add(value);
                case "report-tail" -> tail.add(value.toLowerCase(Locale.ROOT));
                default -> breaks.add(value);
            }
        });
        if (complaints.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": no complaint sense");
        }
        return new Senses(java.util.Collections.unmodifiableMap(complaints), Set.copyOf(official), Set.copyOf(openers), Set.copyOf(tail),
                Set.copyOf(breaks), java.util.Collections.unmodifiableMap(purposes),
                java.util.Collections.unmodifiableMap(concessions), Set.copyOf(involvement));
    }

    private static List<String> words(String pattern) {
        return List.of(pattern.toLowerCase(Locale.ROOT).split("\\s+"));
    }
}
