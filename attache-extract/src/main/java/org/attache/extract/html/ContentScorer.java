package org.attache.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Chooses the element that holds the article body. Every text block (an element with its own prose)
 * credits its ancestors, readability-style, with a score from its length and comma count; ancestors
 * gain from content-like and lose from boilerplate-like class names; the final score is damped by
 * link density. The best candidate is then widened to a common ancestor when a comparable candidate
 * sits beside it, so bodies split over several sibling sections are not cut short.
 */
final class ContentScorer {
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody",
            "tr", "td", "th", "figure", "figcaption", "header", "footer", "aside", "nav", "center", "address",
            "hr", "form", "fieldset", "details", "summary", "body", "caption");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|main|page|post|text|blog|story|news-?detail|detail",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|meta|footer|footnote|foot|masthead|media|sidebar|sponsor|shopping|tags|tool|widget|"
                    + "related|share|social|promo|nav|menu|header|card|list|teaser|recirc|rail|combx|contact|"
                    + "shoutbox|skyscraper|scroll|hidden|popup|ad-",
            Pattern.CASE_INSENSITIVE);

    private ContentScorer() {
    }

    /** Result: the chosen body parts in document order (usually one container) and the best score. */
    record Choice(List<Element> parts, double score) {
        Element container() {
            return parts.get(0);
        }
    }

    /** Picks the body parts under {@code body}; falls back to {@code body} itself. */
    static Choice choose(Element body) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            if (!isTextBlock(e)) {
                continue;
            }
            boolean mixed = hasBlockChild(e);
            String text = mixed ? e.ownText() : e.text();
            int len = text.length();
            if (len < 25) {
                continue;
            }
            double s = 1 + commas(text) + Math.min(len / 100.0, 3.0);
            if (e.normalName().equals("p")) {
                s += 1;
            }
            Element anc = mixed ? e : e.parent();
            for (int level = 0; anc != null && level < 5; level++, anc = anc.parent()) {
                double[] cur = scores.computeIfAbsent(anc, ContentScorer::initial);
                cur[0] += level == 0 ? s : level == 1 ? s / 2 : s / (level * 3);
            }
        }
        Element best = null;
        double bestScore = 0;
        Map<Element, Double> finals = new IdentityHashMap<>();
        for (Map.Entry<Element, double[]> c : scores.entrySet()) {
            double f = c.getValue()[0] * (1 - linkDensity(c.getKey()));
            finals.put(c.getKey(), f);
            if (f > bestScore) {
                bestScore = f;
                best = c.getKey();
            }
        }
        if (best == null) {
            return new Choice(List.of(body), 0);
        }
        List<Element> twins = twins(body, best);
        if (twins.size() > 1) {
            return new Choice(twins, bestScore);
        }
        return new Choice(siblings(best, bestScore, finals), bestScore);
    }

    /**
     * Elements elsewhere in the page with the same tag and class as the winner: bodies cut into several
     * identical columns or chunks (interleaved with ads and figures) are read whole.
     */
    private static List<Element> twins(Element body, Element best) {
        String cls = best.className();
        if (cls.isBlank()) {
            return List.of(best);
        }
        List<Element> out = new ArrayList<>();
        for (Element e : body.getElementsByAttributeValue("class", cls)) {
            if (e.normalName().equals(best.normalName()) && (e == best || hasProse(e)) && linkDensity(e) < 0.5
                    && out.stream().noneMatch(o -> e.parents().contains(o))) {
                out.add(e);
            }
        }
        return out.contains(best) ? out : List.of(best);
    }

    /** Enough paragraph or direct text to be part of a body rather than an empty layout twin. */
    private static boolean hasProse(Element e) {
        return DomCleaner.paragraphChars(e) + e.ownText().length() >= 80;
    }

    /** Readability's sibling rule: the winner plus adjacent siblings that look like more of the same prose. */
    private static List<Element> siblings(Element best, double bestScore, Map<Element, Double> finals) {
        Element parent = best.parent();
        if (parent == null || parent.normalName().equals("html")) {
            return List.of(best);
        }
        double threshold = Math.max(10, bestScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == best) {
                out.add(sib);
                continue;
            }
            double bonus = !best.className().isEmpty() && sib.className().equals(best.className()) ? bestScore * 0.2 : 0;
            Double sc = finals.get(sib);
            if (sc != null && sc + bonus >= threshold) {
                out.add(sib);
                continue;
            }
            if (isTextBlock(sib) || sib.normalName().equals("p")) {
                String text = sib.text();
                double ld = linkDensity(sib);
                if (text.length() > 80 && ld < 0.25
                        || text.length() > 0 && text.length() <= 80 && ld == 0 && text.matches("(?s).*[.!?。！？]\\s*$")) {
                    out.add(sib);
                }
            }
        }
        return out;
    }

    private static double[] initial(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.normalName().equals("article") || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            s += 10;
        }
        return new double[] {s + classWeight(e)};
    }

    /** +25 for content-like names, -25 for boilerplate-like names (class and id each). */
    static double classWeight(Element e) {
        double w = 0;
        String c = e.className();
        if (!c.isEmpty()) {
            if (NEGATIVE.matcher(c).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(c).find()) {
                w += 25;
            }
        }
        String id = e.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(id).find()) {
                w += 25;
            }
        }
        return w;
    }

    /** An element with its own prose: a paragraph-like tag, or a block with direct text and no block children. */
    static boolean isTextBlock(Element e) {
        String tag = e.normalName();
        if (tag.equals("p") || tag.equals("pre") || tag.equals("blockquote") && !hasBlockChild(e)) {
            return true;
        }
        if (tag.equals("div") || tag.equals("td") || tag.equals("section") || tag.equals("span")
                || tag.equals("font") || tag.equals("li") || tag.equals("dd") || tag.equals("article")) {
            if (hasBlockChild(e)) {
                return ownText(e) >= 25;
            }
            return !(e.parent() != null && isTextBlock(e.parent()) && !hasBlockChild(e.parent()));
        }
        return false;
    }

    private static int ownText(Element e) {
        int n = 0;
        for (Node c : e.childNodes()) {
            if (c instanceof TextNode t) {
                n += t.text().trim().length();
            }
        }
        return n;
    }

    static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (BLOCK_TAGS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }

    /** Share of the element's text that sits inside links (fragment links count a fifth). */
    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        double link = 0;
        for (Element a : e.getElementsByTag("a")) {
            String href = a.attr("href");
            double w = href.startsWith("#") ? 0.2 : 1;
            link += a.text().length() * w;
        }
        return Math.min(1, link / total);
    }
}
