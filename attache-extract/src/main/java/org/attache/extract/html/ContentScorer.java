package org.attache.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

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
    static final ClassNames.Fragments POSITIVE = ClassNames.fragments(
            "article|body|content|entry|hentry|main|page|post|text|blog|story|news-?detail|detail",
            Pattern.CASE_INSENSITIVE);
    static final ClassNames.Fragments NEGATIVE = ClassNames.fragments(
            "comment|meta|footer|footnote|foot|masthead|media|sidebar|sponsor|shopping|tags|tool|widget|"
                    + "related|share|social|promo|nav|menu|header|card|list|teaser|recirc|rail|combx|contact|"
                    + "shoutbox|skyscraper|scroll|hidden|popup|ad-",
            Pattern.CASE_INSENSITIVE);

    /** Prose characters from which a candidate's name and tag bonuses count in full. */
    private static final double FULL_BONUS_PROSE = 500;

    private ContentScorer() {
    }

    /** Result: the chosen body parts in document order (usually one container) and the best score. */
    record Choice(List<Element> parts, double score, NodeStats stats) {
        Element container() {
            return parts.get(0);
        }
    }

    /** Picks the body parts under {@code body}; falls back to {@code body} itself. */
    static Choice choose(Element body) {
        return choose(body, NodeStats.of(body));
    }

    /** Candidates' final scores, and which elements are text blocks. */
    record Scores(Map<Element, Double> finals, Map<Element, Boolean> textBlocks) {
    }

    /** Picks the body parts under {@code body}, measured by {@code stats}; falls back to {@code body} itself. */
    static Choice choose(Element body, NodeStats stats) {
        return choose(body, stats, null);
    }

    /** Picks the body parts under {@code body} for the article whose printed headline is {@code headline} (nullable). */
    static Choice choose(Element body, Element headline) {
        return choose(body, NodeStats.of(body), headline);
    }

    /**
     * Picks the body parts under {@code body}, measured by {@code stats}; falls back to {@code body} itself.
     * When the headline (nullable) sits in an {@code <article>} element that holds prose, the body is looked
     * for in that element: popups, teaser lists and other stories elsewhere in the page are not the article.
     */
    static Choice choose(Element body, NodeStats stats, Element headline) {
        Scores scored = score(body, stats);
        Map<Element, Double> finals = scored.finals();
        Element scope = articleOf(headline, stats);
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> c : finals.entrySet()) {
            if (scope != null && c.getKey() != scope && !stats.contains(scope, c.getKey())) {
                continue;
            }
            double f = c.getValue();
            if (f > bestScore || f == bestScore && best != null && stats.order(c.getKey()) < stats.order(best)) {
                bestScore = f;
                best = c.getKey();
            }
        }
        if (best == null) {
            return new Choice(List.of(body), 0, stats);
        }
        Element fuller = fuller(best, bestScore, finals, stats, scope);
        if (fuller != null) {
            best = fuller;
            bestScore = finals.get(fuller);
        }
        Element up = richerAncestor(best, finals, stats, scope, body);
        if (up != null) {
            best = up;
            bestScore = finals.get(up);
        }
        List<Element> twins = twins(body, best, stats);
        if (twins.size() > 1) {
            return new Choice(twins, bestScore, stats);
        }
        List<Element> parts = siblings(best, bestScore, finals, scored.textBlocks(), stats);
        if (parts.size() == 1) {
            List<Element> sections = sections(best, stats, scope, body);
            if (sections.size() > 1 || sections.get(0) != best) {
                return new Choice(sections, bestScore, stats);
            }
        }
        return new Choice(parts, bestScore, stats);
    }

    /**
     * A body cut into consecutive sections: the winner is lifted through the wrappers that add almost no text of
     * their own, and the run of siblings of that wrapper with the same tag that read as paragraphs of prose
     * (mostly paragraph text, few links, no boilerplate name) is taken with it; siblings with next to no text
     * (a picture, an empty ad slot) are passed over, anything else ends the run. Only {@code best} when no
     * such sibling stands beside it; the winner itself stands in for its wrapper. CMSs print long articles as a
     * row of {@code <section>}s or builder rows, each with a wrapper of its own, so the winner's own siblings
     * (readability's rule) are empty.
     */
    private static List<Element> sections(Element best, NodeStats stats, Element scope, Element body) {
        Element anchor = best;
        for (Element p = best.parent(); p != null && p != body && p != scope && stats.knows(p)
                && stats.prose(p) <= stats.prose(anchor) * THIN_WRAPPER + 50; p = p.parent()) {
            anchor = p;
        }
        Element parent = anchor.parent();
        if (parent == null || !stats.knows(parent)) {
            return List.of(best);
        }
        List<Element> kids = parent.children();
        int at = kids.indexOf(anchor);
        int from = at;
        int to = at;
        for (int i = at - 1; i >= 0; i--) {
            Element k = kids.get(i);
            if (isSection(k, anchor, stats)) {
                from = i;
            } else if (stats.knows(k) && stats.prose(k) >= NO_TEXT) {
                break;
            }
        }
        for (int i = at + 1; i < kids.size(); i++) {
            Element k = kids.get(i);
            if (isSection(k, anchor, stats)) {
                to = i;
            } else if (stats.knows(k) && stats.prose(k) >= NO_TEXT) {
                break;
            }
        }
        if (from == at && to == at) {
            return leadParagraphs(anchor, parent, stats, scope, body) ? List.of(parent) : List.of(best);
        }
        List<Element> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            Element k = kids.get(i);
            if (k == anchor) {
                out.add(best); // not the wrapper: what it adds is the header's kicker or byline, not body
            } else if (isSection(k, anchor, stats)) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * Whether the lifted winner's parent is the article itself, printed as paragraphs of its own and then (or
     * around) a nested block with the rest: the parent's direct paragraphs hold {@value #LEAD_PROSE}+ characters
     * of prose and a fifth of the winner's, few links, and the parent holds little else (at most a fifth of its
     * prose outside the winner and those paragraphs: a teaser, a picture; no author box). CMSs print an article's opening
     * paragraphs in the article's text block and its later sections as a nested content element.
     */
    private static boolean leadParagraphs(Element anchor, Element parent, NodeStats stats, Element scope, Element body) {
        if (parent == body || scope != null && parent != scope && !stats.contains(scope, parent)) {
            return false;
        }
        int paragraphs = 0;
        for (Element k : parent.children()) {
            if (k != anchor && stats.knows(k) && k.normalName().equals("p") && stats.linkDensity(k) < 0.3) {
                paragraphs += stats.prose(k);
            }
        }
        int whole = stats.prose(parent);
        int anchorProse = stats.prose(anchor);
        return paragraphs >= LEAD_PROSE && paragraphs >= 0.2 * anchorProse && stats.linkDensity(parent) < 0.25
                && whole - anchorProse - paragraphs <= 0.2 * whole && !aboutSomeoneBeside(parent, anchor, stats);
    }

    /** Prose the parent's own paragraphs must hold to be read with the winner's block. */
    private static final int LEAD_PROSE = 300;

    /** How much more prose than the element it wraps a wrapper may hold and still be passed through. */
    private static final double THIN_WRAPPER = 1.1;
    /** Prose below which a sibling is passed over (a picture, an empty slot) rather than ending a run of sections. */
    private static final int NO_TEXT = 30;

    /**
     * A sibling of the lifted winner that is more of the body: same tag, read as paragraphs of prose (a header
     * block with a standfirst counts: a reader reads it), no boilerplate name.
     */
    private static boolean isSection(Element e, Element anchor, NodeStats stats) {
        if (!stats.knows(e) || !e.normalName().equals(anchor.normalName()) || classWeight(e) < 0) {
            return false;
        }
        int text = stats.text(e);
        return stats.prose(e) >= SECTION_PROSE && stats.linkDensity(e) < 0.2
                && stats.paragraphText(e) >= 0.6 * text && e.selectFirst(ABOUT_SOMEONE) == null;
    }

    /**
     * A block about the author or the publisher rather than more of the article (author boxes, "about us"
     * notes of press releases, contributor profiles), named so on itself or on an element inside it.
     */
    private static final String ABOUT_SOMEONE = "[class~=(?i)author|\\bbio\\b|biography|about|contributor|profile],"
            + "[id~=(?i)author|\\bbio\\b|biography|about|contributor|profile]";

    /** Prose a sibling section must hold. */
    private static final int SECTION_PROSE = 150;

    /** The {@code <article>} around {@code headline} when it holds some paragraphs of prose besides it, else null. */
    private static Element articleOf(Element headline, NodeStats stats) {
        if (headline == null || !stats.knows(headline)) {
            return null;
        }
        for (Element p = headline.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("article")) {
                return stats.prose(p) - stats.prose(headline) >= ARTICLE_PROSE ? p : null;
            }
        }
        return null;
    }

    /** Prose an {@code <article>} around the headline must hold, besides it, to be where the body is looked for. */
    private static final int ARTICLE_PROSE = 500;

    /**
     * A candidate elsewhere in the page (neither inside nor around {@code best}) that scores at least
     * {@value #FULLER_SCORE} of the winner and holds {@value #FULLER_PROSE} times its prose, mostly outside
     * links; null when there is none. Short teaser excerpts with content-like names and a few commas can
     * outscore an article printed as a few long paragraphs, whose length counts only up to a cap.
     */
    private static Element fuller(Element best, double bestScore, Map<Element, Double> finals, NodeStats stats,
                                  Element scope) {
        int bestProse = stats.prose(best);
        Element out = null;
        double outScore = 0;
        for (Map.Entry<Element, Double> c : finals.entrySet()) {
            Element e = c.getKey();
            double f = c.getValue();
            if (f < FULLER_SCORE * bestScore || f <= outScore || e == best
                    || scope != null && e != scope && !stats.contains(scope, e)) {
                continue;
            }
            int prose = stats.prose(e);
            if (prose >= FULLER_PROSE * bestProse && prose >= 500 && stats.linkDensity(e) < 0.25
                    && !stats.contains(e, best) && !stats.contains(best, e)) {
                out = e;
                outScore = f;
            }
        }
        return out;
    }

    /**
     * Readability's walk up from the winner (Readability.js, "parentOfTopCandidate"): an ancestor is credited
     * only a share of the winner's paragraphs, so one that scores <em>more</em> than the ancestor below it has
     * paragraphs of its own and holds more of the body. The walk stops at the first scored ancestor below a
     * third of the winner's score, at the article's scope and at the page's body; the ancestor must add
     * {@value #MORE_PROSE} characters of prose (a wrapper whose name earns a bonus and that adds only a site's
     * tagline is not taken) and hold no author or "about" box beside the winner. Null when no ancestor scores up.
     */
    private static Element richerAncestor(Element best, Map<Element, Double> finals, NodeStats stats, Element scope,
                                          Element body) {
        Double own = finals.get(best);
        if (own == null || own <= 0) {
            return null;
        }
        double last = own;
        for (Element p = best.parent(); p != null && p != body && stats.knows(p); p = p.parent()) {
            Double f = finals.get(p);
            if (f != null) {
                if (f < own / 3) {
                    return null;
                }
                if (f > last) {
                    return stats.prose(p) - stats.prose(best) >= MORE_PROSE && !aboutSomeoneBeside(p, best, stats)
                            ? p : null;
                }
                last = f;
            }
            if (p == scope) {
                return null;
            }
        }
        return null;
    }

    /** Whether {@code ancestor} holds an author or "about" box outside {@code best}: what it adds is not more body. */
    private static boolean aboutSomeoneBeside(Element ancestor, Element best, NodeStats stats) {
        for (Element e : ancestor.select(ABOUT_SOMEONE)) {
            if (e != best && !stats.contains(best, e) && !stats.contains(e, best)) {
                return true;
            }
        }
        return false;
    }

    /** Prose an ancestor found by the walk up must add to the winner's. */
    private static final int MORE_PROSE = 150;

    /** Share of the winner's score a fuller candidate needs. */
    private static final double FULLER_SCORE = 0.5;
    /** How many times the winner's prose a fuller candidate holds. */
    private static final double FULLER_PROSE = 4;

    /** Scores every candidate under {@code body}: text blocks credit their ancestors, damped by link density. */
    static Scores score(Element body, NodeStats stats) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        Map<Element, Boolean> textBlocks = new IdentityHashMap<>();
        Map<Element, Boolean> mixedBlocks = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            boolean mixed = hasBlockChild(e);
            mixedBlocks.put(e, mixed);
            boolean block = isTextBlock(e, mixed, textBlocks, mixedBlocks, stats);
            textBlocks.put(e, block);
            if (!block) {
                continue;
            }
            int len = mixed ? stats.ownText(e) : stats.text(e);
            if (len < 25) {
                continue;
            }
            int commas = mixed ? stats.ownCommas(e) : stats.commas(e);
            double s = 1 + commas + Math.min(len / 100.0, 3.0);
            if (e.normalName().equals("p")) {
                s += 1;
            }
            Element anc = mixed ? e : e.parent();
            for (int level = 0; anc != null && level < 5; level++, anc = anc.parent()) {
                double[] cur = scores.computeIfAbsent(anc, x -> initial(x, stats));
                cur[0] += level == 0 ? s : level == 1 ? s / 2 : s / (level * 3);
            }
        }
        Map<Element, Double> finals = new IdentityHashMap<>();
        for (Map.Entry<Element, double[]> c : scores.entrySet()) {
            finals.put(c.getKey(), c.getValue()[0] * (1 - stats.linkDensity(c.getKey())));
        }
        return new Scores(finals, textBlocks);
    }

    /**
     * Elements elsewhere in the page with the same tag and class as the winner: bodies cut into several
     * identical columns or chunks (interleaved with ads and figures) are read whole.
     */
    private static List<Element> twins(Element body, Element best, NodeStats stats) {
        String cls = best.className();
        if (cls.isBlank()) {
            return List.of(best);
        }
        List<Element> out = new ArrayList<>();
        for (Element e : body.getElementsByAttributeValue("class", cls)) {
            if (e.normalName().equals(best.normalName()) && (e == best || hasProse(e, stats))
                    && stats.linkDensity(e) < 0.5
                    && (out.isEmpty() || !stats.contains(out.get(out.size() - 1), e))) {
                out.add(e);
            }
        }
        if (!out.contains(best)) {
            return List.of(best);
        }
        int cards = 0;
        for (Element e : out) {
            if (isCard(e, stats)) {
                cards++;
            }
        }
        // the same excerpt block repeated under a linked headline each time is a list of teasers, not one body
        return out.size() > 1 && cards * 2 >= out.size() ? List.of(best) : out;
    }

    /** A teaser card: within two levels up, a headline-sized link sits beside {@code e} in a small block. */
    private static boolean isCard(Element e, NodeStats stats) {
        Element anc = e.parent();
        for (int i = 0; i < 2 && anc != null; i++, anc = anc.parent()) {
            if (stats.longLinks(anc) > stats.longLinks(e) && stats.text(anc) < stats.text(e) + 200) {
                return true;
            }
        }
        return false;
    }

    /** Enough paragraph or direct text to be part of a body rather than an empty layout twin. */
    private static boolean hasProse(Element e, NodeStats stats) {
        return stats.paragraphText(e) + stats.ownText(e) >= 80;
    }

    /** Readability's sibling rule: the winner plus adjacent siblings that look like more of the same prose. */
    private static List<Element> siblings(Element best, double bestScore, Map<Element, Double> finals,
                                          Map<Element, Boolean> textBlocks, NodeStats stats) {
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
            if (Boolean.TRUE.equals(textBlocks.get(sib)) || sib.normalName().equals("p")) {
                int length = stats.text(sib);
                double ld = stats.linkDensity(sib);
                if (length > 80 && ld < 0.25
                        || length > 0 && length <= 80 && ld == 0 && sib.text().matches("(?s).*[.!?。！？]\\s*$")) {
                    out.add(sib);
                }
            }
        }
        return out;
    }

    /**
     * The starting score of a candidate from its tag and names. Bonuses scale with the candidate's prose
     * (full from {@value #FULL_BONUS_PROSE} characters): a name like "post" or an {@code <article>} tag on a
     * teaser card must not outweigh a long body that lacks them.
     */
    private static double[] initial(Element e, NodeStats stats) {
        double s = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        double bonus = 0;
        if (e.normalName().equals("article") || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            bonus += 10;
        }
        double w = classWeight(e);
        bonus += Math.max(0, w);
        double mass = Math.min(1, stats.prose(e) / FULL_BONUS_PROSE);
        return new double[] {s + Math.min(0, w) + bonus * mass};
    }

    /** +25 for content-like names, -25 for boilerplate-like names (class and id each). */
    static double classWeight(Element e) {
        double w = 0;
        String c = e.className();
        if (!c.isEmpty()) {
            if (NEGATIVE.find(c)) {
                w -= 25;
            }
            if (POSITIVE.find(c)) {
                w += 25;
            }
        }
        String id = e.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.find(id)) {
                w -= 25;
            }
            if (POSITIVE.find(id)) {
                w += 25;
            }
        }
        return w;
    }

    /**
     * An element with its own prose: a paragraph-like tag, or a block with direct text and no block
     * children (whose parent is not already such a block). {@code known} holds the answers for the
     * element's ancestors, which document order visits first.
     */
    private static boolean isTextBlock(Element e, boolean mixed, Map<Element, Boolean> known,
                                       Map<Element, Boolean> mixedKnown, NodeStats stats) {
        String tag = e.normalName();
        if (tag.equals("p") || tag.equals("pre") || tag.equals("blockquote") && !mixed) {
            return true;
        }
        if (tag.equals("div") || tag.equals("td") || tag.equals("section") || tag.equals("span")
                || tag.equals("font") || tag.equals("li") || tag.equals("dd") || tag.equals("article")) {
            if (mixed) {
                return stats.ownText(e) >= 25;
            }
            Element parent = e.parent();
            return !(parent != null && Boolean.TRUE.equals(known.get(parent)) && Boolean.FALSE.equals(mixedKnown.get(parent)));
        }
        return false;
    }

    static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (BLOCK_TAGS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }
}
