package org.attache.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the printed headline of the article in the page: the {@code <h1>} (else the element marked
 * {@code itemprop="headline"}, an {@code <h2>}, an {@code <h3>}) whose words match the title the page's
 * metadata gives, else the page's only {@code <h1>}. The element marks
 * where the article starts: the cleaner keeps its ancestors and the lead is looked for after it.
 */
final class Headline {
    /** Fewest characters a heading needs to be taken as the headline. */
    private static final int MIN_LENGTH = 8;

    private Headline() {
    }

    /** The headline element under {@code body} for the metadata title {@code title} (nullable), or null. */
    static Element find(Element body, String title) {
        if (body == null) {
            return null;
        }
        Set<String> titleWords = words(title);
        Element best = null;
        double bestMatch = 0;
        Element onlyH1 = null;
        int h1s = 0;
        for (Element h : body.select("h1, h2, h3, [itemprop=headline]")) {
            String text = Texts.norm(h.text());
            if (text.length() < MIN_LENGTH || text.length() > 400) {
                continue;
            }
            if (h.normalName().equals("h1")) {
                h1s++;
                onlyH1 = h;
            }
            double match = Math.max(match(words(text), titleWords), opensWith(text, title));
            // of headings that match as well, an h1 is preferred, then one marked as the headline, then h2, h3
            double weighted = match + rank(h);
            if (match >= ACCEPTED && weighted > bestMatch) {
                bestMatch = weighted;
                best = h;
            }
        }
        if (best != null) {
            return best;
        }
        return h1s == 1 ? onlyH1 : null;
    }

    private static double rank(Element h) {
        if (h.normalName().equals("h1")) {
            return 0.04;
        }
        if (h.attr("itemprop").equalsIgnoreCase("headline")) {
            return 0.03;
        }
        return h.normalName().equals("h2") ? 0.02 : 0.01;
    }

    /**
     * The headline as printed when {@code h} matches the metadata {@code title}: the title a reader reads,
     * without the site name that metadata titles often carry; null when they do not match.
     */
    static String printed(Element h, String title) {
        if (h == null || title == null) {
            return null;
        }
        String text = Texts.norm(h.text());
        return text.length() >= MIN_LENGTH
                && Math.max(match(words(text), words(title)), opensWith(text, title)) >= 0.6 ? text : null;
    }

    /** Fewest letters a title needs to be recognised as the opening words of a longer heading. */
    private static final int MIN_OPENING = 12;

    /**
     * {@value #ACCEPTED} when the heading opens with all the words of the title, in their order, and goes on
     * (a metadata title that is the short form of the printed headline: "Rezension: Härting" for "Rezension:
     * Härting - Internetrecht, 5. Auflage 2014"), else 0; the title must hold two words and {@value #MIN_OPENING}
     * letters, so a one-word title does not make every heading that starts with that word the headline.
     */
    static double opensWith(String heading, String title) {
        if (title == null) {
            return 0;
        }
        List<String> t = wordList(title);
        if (t.size() < 2 || String.join("", t).length() < MIN_OPENING) {
            return 0;
        }
        List<String> h = wordList(heading);
        return h.size() > t.size() && h.subList(0, t.size()).equals(t) ? ACCEPTED : 0;
    }

    /** The match a heading needs to be taken as the headline. */
    private static final double ACCEPTED = 0.6;

    private static List<String> wordList(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * How well a heading matches the title: the share of the heading's words found in the title, when the
     * heading also covers at least 40 % of the title's words (a title may carry a site name the heading lacks).
     */
    private static double match(Set<String> heading, Set<String> title) {
        if (heading.isEmpty() || title.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : heading) {
            if (title.contains(w)) {
                shared++;
            }
        }
        return (double) shared / title.size() >= 0.4 ? (double) shared / heading.size() : 0;
    }

    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        if (s == null) {
            return out;
        }
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
