package org.attache.nlp.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.api.Annotated;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.OfficeClaim;
import org.attache.api.Sentence;

/**
 * Weak context for an article that reports one visit: the people the visitor meets there are, failing anything
 * stronger, of the country visited, and so are the organisations their offices name. "Trung is on a working visit
 * to Singapore … He had meetings with … Chairman of Temasek Holdings Lim Boon Heng": Lim Boon Heng and Temasek
 * Holdings are of Singapore. The visit is "visit(s/ed/ing) to X", "trip/tour/journey to X", "visiting X" or
 * "arrived in X" with X a place with a country; the article must name only one such country. Those met are the
 * people named after "met (with)", "meeting(s) with", "talks with", "(courtesy) call on/to", "called on",
 * "received by", "hosted by" or "welcomed by" in the same sentence, never the visitor (the people named before
 * the visit's words in its sentence, and their other mentions). Unlike a dateline, this says something about the
 * person: whom a visitor meets abroad. Stateless; thread-safe.
 */
final class VisitHosts {
    private static final Pattern VISIT = Pattern.compile(
            "(?:\\b(?:visit|visits|visited|trip|tour|journey|mission)\\s+(?:to|of)\\s+(?:the\\s+)?"
                    + "|\\bvisiting\\s+(?:the\\s+)?|\\b(?:arrived|arrives|arrive|arriving)\\s+in\\s+(?:the\\s+)?)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MEET = Pattern.compile("\\b(?:met(?:\\s+with)?|meets?(?:\\s+with)?|meetings?\\s+with"
            + "|talks\\s+with|call\\s+(?:on|to)|called\\s+on|calls\\s+on|received\\s+by|hosted\\s+by|welcomed\\s+by)\\b",
            Pattern.CASE_INSENSITIVE);

    private VisitHosts() {
    }

    /**
     * The country visited, by mention index, for the PERSON mentions of those met and the ORGANIZATION mentions
     * inside (or named by) their office claims; empty when the article reports no visit or visits to several
     * countries.
     */
    static Map<Integer, String> of(Annotated a) {
        String body = a.article().bodyText();
        List<Mention> ms = a.mentions();
        String visited = null;
        Set<String> visitors = new HashSet<>();
        for (Mention m : ms) {
            if (m.type() != MentionType.LOCATION || m.country() == null) {
                continue;
            }
            int from = Math.max(sentenceStart(a, m), m.start() - 40);
            if (!VISIT.matcher(body.substring(from, m.start())).find()) {
                continue;
            }
            if (visited != null && !visited.equals(m.country())) {
                return Map.of(); // visits to several countries: whom met where is not clear
            }
            visited = m.country();
            int sentenceStart = sentenceStart(a, m);
            int visitWords = body.lastIndexOf(' ', m.start() - 1);
            for (Mention p : ms) {
                if (p.type() == MentionType.PERSON && p.start() >= sentenceStart && p.end() <= visitWords) {
                    visitors.add(NameKeys.key(p.canonical()));
                }
            }
        }
        if (visited == null) {
            return Map.of();
        }
        Map<Integer, String> hosts = new HashMap<>();
        for (Sentence s : a.sentences()) {
            Matcher meet = MEET.matcher(body.substring(s.start(), s.end()));
            if (!meet.find()) {
                continue;
            }
            int after = s.start() + meet.end();
            for (int i = 0; i < ms.size(); i++) {
                Mention p = ms.get(i);
                if (p.type() == MentionType.PERSON && p.start() >= after && p.end() <= s.end()
                        && !visitors.contains(NameKeys.key(p.canonical()))) {
                    hosts.put(i, visited);
                }
            }
        }
        for (OfficeClaim c : a.offices()) {
            if (!hosts.containsKey(c.holder())) {
                continue;
            }
            String orgKey = c.organization() == null ? null : NameKeys.key(c.organization());
            for (int i = 0; i < ms.size(); i++) {
                Mention o = ms.get(i);
                if (o.type() == MentionType.ORGANIZATION && (o.start() >= c.start() && o.end() <= c.end()
                        || orgKey != null && !orgKey.isEmpty() && NameKeys.key(o.text()).equals(orgKey))) {
                    hosts.putIfAbsent(i, visited);
                }
            }
        }
        return hosts;
    }

    private static int sentenceStart(Annotated a, Mention m) {
        for (Sentence s : a.sentences()) {
            if (s.index() == m.sentence()) {
                return s.start();
            }
        }
        return 0;
    }
}
