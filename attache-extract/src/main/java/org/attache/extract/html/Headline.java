package org.attache.extract.html;

import java.util.HashSet;
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
            double match = match(words(text), titleWords);
            // of headings that match as well, an h1 is preferred, then one marked as the headline, then h2, h3
            double weighted = match + rank(h);
            if (match >= 0.6 && weighted > bestMatch) {
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
        return text.length() >= MIN_LENGTH && match(words(text), words(title)) >= 0.6 ? text : null;
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
