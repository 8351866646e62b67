package org.attache.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.api.Annotated;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.OfficeClaim;

/**
 * The actor phrases of a sentence, built from its mentions without a parser: a person with the offices the
 * article gives them ("Singaporean Minister of Foreign Affairs Vivian Balakrishnan" is one unit), an
 * organisation, a place, or a demonym with the common nouns after it ("Israeli army"). A name that only
 * names a monument, street, school or prize ("the Hồ Chí Minh statue") is no actor.
 */
final class ActorUnits {
    /** Heads after a person's name that make the phrase a thing named after them, not the person. */
    static final Set<String> NAMED_AFTER_HEADS = Set.of("statue", "statues", "mausoleum", "memorial", "monument",
            "street", "road", "avenue", "boulevard", "square", "bridge", "prize", "award", "tomb", "shrine",
            "museum", "stadium", "airport", "park", "temple", "cemetery", "school", "university", "institute",
            "foundation", "hall", "trail", "city", "house", "center", "centre", "library", "bust", "portrait",
            "relic", "relics", "cup", "trophy", "medal", "fund", "scholarship", "lecture", "dialogue");
    private static final Set<String> NAMED_AFTER_LEADS = Set.of("statue of", "tomb of", "mausoleum of",
            "memorial to", "named after", "named for", "portrait of", "bust of", "relic of", "monument to");
    private static final Set<String> GLUE = Set.of("'s", "’s", "s", "'", "new", "top", "senior", "former",
            "then", "acting", "interim", "deputy", "chief", "veteran", "outgoing", "incoming", "ousted", "exiled",
            "the", "a", "counterpart", "colleague", "his", "her", "their", "its");

    /**
     * One actor phrase.
     *
     * @param anchor   index of the mention naming the actor (person, else organisation, else place)
     * @param start    first character of the phrase (titles included)
     * @param end      after the last character (common nouns after a demonym included)
     * @param mentions indices of all mentions inside
     * @param words    lower-case phrase text, for sector cues
     */
    record Unit(int anchor, int start, int end, List<Integer> mentions, String words) {
    }

    private ActorUnits() {
    }

    static List<Unit> of(Annotated a, int sentence, String body) {
        List<Mention> ms = a.mentions();
        List<Unit> units = new ArrayList<>();
        boolean[] used = new boolean[ms.size()];
        // persons with their offices
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.sentence() != sentence || m.type() != MentionType.PERSON || namedAfter(body, m)) {
                continue;
            }
            int s = m.start();
            int e = m.end();
            for (OfficeClaim c : a.offices()) {
                if (c.holder() == i && Math.abs(c.start() - m.start()) < 200) {
                    s = Math.min(s, c.start());
                    e = Math.max(e, c.end());
                }
            }
            units.add(new Unit(i, s, e, new ArrayList<>(List.of(i)), ""));
            used[i] = true;
        }
        // mentions inside a person's phrase belong to it
        for (Unit u : units) {
            for (int i = 0; i < ms.size(); i++) {
                Mention m = ms.get(i);
                if (!used[i] && m.sentence() == sentence && m.start() >= u.start() && m.end() <= u.end()) {
                    u.mentions().add(i);
                    used[i] = true;
                }
            }
        }
        // other entity mentions (organisations, places, demonyms)
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (used[i] || m.sentence() != sentence || !m.type().isEntity() || m.type() == MentionType.EVENT
                    || m.type() == MentionType.PERSON) {
                continue;
            }
            if (m.type() == MentionType.MISC && m.country() == null
                    && ActorCoding.organisationCode(m.canonical()) == null) {
                continue;
            }
            if (namedAfter(body, m)) {
                continue;
            }
            units.add(new Unit(i, m.start(), m.end(), new ArrayList<>(List.of(i)), ""));
            used[i] = true;
        }
        units.sort((x, y) -> Integer.compare(x.start(), y.start()));
        // join: demonym/country + person ("Singaporean Minister … Balakrishnan", "Lebanon's new President …"),
        // organisation + acronym "(PAP)", adjacent name parts
        List<Unit> joined = new ArrayList<>();
        for (Unit u : units) {
            if (!joined.isEmpty()) {
                Unit prev = joined.get(joined.size() - 1);
                String gap = body.substring(Math.min(prev.end(), u.start()), Math.max(prev.end(), u.start()));
                if (u.start() >= prev.end() && (glue(gap) || officeLead(gap, ms.get(u.anchor()), a, u))) {
                    Mention pa = ms.get(prev.anchor());
                    Mention ua = ms.get(u.anchor());
                    boolean prevModifier = pa.type() != MentionType.PERSON;
                    if (prevModifier || ua.canonical().equals(pa.canonical())) {
                        List<Integer> all = new ArrayList<>(prev.mentions());
                        all.addAll(u.mentions());
                        int anchor = rank(ua) >= rank(pa) ? u.anchor() : prev.anchor();
                        joined.set(joined.size() - 1, new Unit(anchor, prev.start(), u.end(), all, ""));
                        continue;
                    }
                }
            }
            joined.add(u);
        }
        // groups named by a common noun ("protesters", "the opposition", "riot police") outside any named unit
        joined.addAll(groups(body, a.sentences().get(sentence).start(), a.sentences().get(sentence).end(), joined));
        joined.sort((x, y) -> Integer.compare(x.start(), y.start()));
        // words: the phrase plus up to three lower-case words after it ("Israeli army", "U.S. officials")
        List<Unit> out = new ArrayList<>();
        for (Unit u : joined) {
            if (u.anchor() < 0) {
                out.add(u);
                continue;
            }
            int e = u.end();
            int p = e;
            int words = 0;
            while (words < 3) {
                int q = p;
                while (q < body.length() && body.charAt(q) == ' ') {
                    q++;
                }
                int r = q;
                while (r < body.length() && (Character.isLetter(body.charAt(r)) || body.charAt(r) == '-')) {
                    r++;
                }
                if (r == q || !Character.isLowerCase(body.charAt(q))) {
                    break;
                }
                p = r;
                words++;
            }
            String text = body.substring(u.start(), p).toLowerCase(Locale.ROOT);
            out.add(new Unit(u.anchor(), u.start(), u.end(), List.copyOf(u.mentions()), text));
        }
        return out;
    }

    /** The type of the unit's anchor mention; null for a group named by a common noun. */
    static MentionType type(Annotated a, Unit u) {
        return u.anchor() < 0 ? null : a.mentions().get(u.anchor()).type();
    }

    /**
     * Plural or collective nouns that name a group able to act or be acted on. A group unit has no anchor
     * mention (anchor -1); its country comes from the sentence, its sector from the noun.
     */
    static final Set<String> GROUP_NOUNS = Set.of("protesters", "protestors", "demonstrators", "rioters",
            "students", "workers", "strikers", "villagers", "residents", "civilians", "refugees", "prisoners",
            "detainees", "rebels", "guerrillas", "guerillas", "insurgents", "militants", "separatists", "fighters",
            "soldiers", "troops", "police", "policemen", "officials", "authorities", "lawmakers", "legislators",
            "judges", "opposition", "activists", "elders", "landowners", "farmers", "settlers", "journalists",
            "hackers", "gunmen", "kidnappers", "hostage-takers", "peacekeepers", "dissidents", "miners",
            "teachers", "doctors", "pilgrims", "tribesmen", "militiamen", "militias", "extremists", "islamists",
            "creditors", "lenders");
    /** Words before "banks" that make them a debtor's lenders, a party to its debt talks ("creditor banks"). */
    private static final Set<String> LENDING_MODIFIERS = Set.of("creditor", "commercial", "lending");

    /**
     * True when a group's name is a debtor's lenders ("creditor banks", "its bank creditors", "lenders"): they
     * are the debtor's counterpart, so the debtor's country, often the sentence's only one, is never theirs.
     */
    static boolean lenders(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith("creditors") || n.endsWith("lenders") || n.endsWith(" banks");
    }
    private static final Set<String> GROUP_MODIFIERS = Set.of("riot", "security", "opposition", "student",
            "government", "army", "armed", "young", "angry", "striking", "local", "traditional", "tribal",
            "university", "muslim", "moslem", "christian", "fundamentalist", "islamic", "political", "human",
            "rights", "ethnic", "jewish", "peacekeeping", "foreign", "senior", "unarmed", "suspected", "creditor",
            "commercial", "bank", "international");

    private static List<Unit> groups(String body, int from, int to, List<Unit> named) {
        List<Unit> out = new ArrayList<>();
        Tokens t = new Tokens(body, from, to);
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i);
            // lower case, or capitalised only as the sentence's first word ("Rebels said …", "Government troops")
            boolean lendingBanks = w.equals("banks") && LENDING_MODIFIERS.contains(t.get(i - 1)); // "creditor banks"
            if (!GROUP_NOUNS.contains(w) && !lendingBanks
                    || (i > 0 && !Character.isLowerCase(body.charAt(t.start.get(i))))) {
                continue;
            }
            int s = i;
            while (s > 0 && GROUP_MODIFIERS.contains(t.get(s - 1))
                    && (s - 1 == 0 || Character.isLowerCase(body.charAt(t.start.get(s - 1))))) {
                s--;
            }
            int start = t.start.get(s);
            int end = t.end.get(i);
            boolean inside = false;
            for (Unit u : named) {
                // a named unit's phrase runs up to three lower-case words past its end ("Israeli troops"), not
                // further: "Liberian riot police used tear gas to disperse demonstrators" has demonstrators of its own
                int reach = phraseReach(body, u.end(), to);
                if (start < u.end() || (start >= u.end() && start <= reach
                        && body.substring(u.end(), start).matches("[\\p{Ll}\\s-]*"))) {
                    if (end > u.start() && start < reach) {
                        inside = true;
                        break;
                    }
                }
            }
            if (!inside) {
                out.add(new Unit(-1, start, end, List.of(), body.substring(start, end).toLowerCase(Locale.ROOT)));
            }
        }
        return out;
    }

    /** The end of up to three lower-case words right after {@code end} (the words a named unit's phrase takes). */
    private static int phraseReach(String body, int end, int limit) {
        int p = end;
        for (int words = 0; words < 3; words++) {
            int q = p;
            while (q < limit && body.charAt(q) == ' ') {
                q++;
            }
            int r = q;
            while (r < limit && (Character.isLetter(body.charAt(r)) || body.charAt(r) == '-')) {
                r++;
            }
            if (r == q || !Character.isLowerCase(body.charAt(q))) {
                break;
            }
            p = r;
        }
        return p;
    }

    private static int rank(Mention m) {
        return switch (m.type()) {
            case PERSON -> 3;
            case ORGANIZATION -> 2;
            case LOCATION -> 1;
            default -> 0;
        };
    }

    /**
     * True for the words between a country and the office of the person after it ("Iran's religious leader X",
     * "Iranian Oil Minister X", "his Algerian counterpart X"): at most three words, no comma, when the next
     * phrase is a person holding an office.
     */
    private static boolean officeLead(String gap, Mention next, Annotated a, Unit u) {
        if (next.type() != MentionType.PERSON || gap.length() > 40 || gap.contains(",") || gap.contains(";")
                || gap.contains("(")) {
            return false;
        }
        boolean office = false;
        for (OfficeClaim c : a.offices()) {
            office |= c.holder() == u.anchor();
        }
        String g = gap.trim().replace("’", "'");
        if (g.startsWith("'s")) {
            g = g.substring(2).trim();
        }
        if (!office) {
            return false;
        }
        String[] words = g.isEmpty() ? new String[0] : g.split("\\s+");
        if (words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) && !GLUE.contains(w.toLowerCase(Locale.ROOT))
                    && !OFFICE_ADJECTIVES.contains(w.toLowerCase(Locale.ROOT))) {
                return false; // "Rwandan rebels announced that President Kagame": a clause, not an office
            }
        }
        return true;
    }

    private static final Set<String> OFFICE_ADJECTIVES = Set.of("religious", "spiritual", "supreme", "military",
            "ruling", "opposition", "foreign", "defence", "defense", "finance", "trade", "oil", "opposite", "number");

    private static boolean glue(String gap) {
        String g = gap.trim();
        if (g.isEmpty() || g.equals("(")) {
            return true;
        }
        if (g.length() > 24 || g.contains(",") || g.contains(";")) {
            return false;
        }
        for (String w : g.toLowerCase(Locale.ROOT).replace("’", "'").replace("'s", " 's").split("\\s+")) {
            if (!w.isEmpty() && !GLUE.contains(w) && !w.equals("(")) {
                return false;
            }
        }
        return true;
    }

    /** True when the mention only names a thing named after someone ("the Hồ Chí Minh statue"). */
    static boolean namedAfter(String body, Mention m) {
        String after = body.substring(m.end(), Math.min(body.length(), m.end() + 20)).toLowerCase(Locale.ROOT)
                .replace("’", "'");
        if (after.startsWith("'s ")) {
            after = after.substring(3);
        }
        after = after.strip();
        int sp = 0;
        while (sp < after.length() && Character.isLetter(after.charAt(sp))) {
            sp++;
        }
        String next = after.substring(0, sp);
        if (m.type() == MentionType.PERSON && NAMED_AFTER_HEADS.contains(next)) {
            return true;
        }
        String before = body.substring(Math.max(0, m.start() - 20), m.start()).toLowerCase(Locale.ROOT).strip();
        if (before.endsWith(" the")) {
            before = before.substring(0, before.length() - 4).strip();
        }
        for (String lead : NAMED_AFTER_LEADS) {
            if (before.endsWith(lead)) {
                return true;
            }
        }
        return false;
    }
}
