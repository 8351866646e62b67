package org.attache.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recovers the lead (standfirst) that pages print between the headline and the body, outside the block the
 * scorer chose: {@code <p class="intro">}, {@code <div class="teaser-text">}, a sub-headline, an excerpt.
 * A block is taken when it reads as prose and either its class or id names it as a lead or its text is the
 * page's own description ({@code og:description}, {@code <meta name="description">}). Language-independent:
 * the evidence is markup and the page's metadata, not words.
 */
final class LeadFinder {
    /** Class and id fragments that name a lead. */
    private static final Pattern LEAD_NAME = Pattern.compile(
            "lead|intro|standfirst|stand-first|summary|excerpt|abstract|subtitle|sub-title|subheadline|"
                    + "sub-headline|subhead|deck\\b|\\bdek\\b|chapo|chapeau|teaser|description|descr|"
                    + "perex|zajawka|entradilla|bajada|sumario|resumen|sottotitolo|occhiello|vorspann|"
                    + "anriss|einleitung|kurztext|hero__text|article-header__text",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> LEAF_TAGS = Set.of("p", "h2", "h3", "div", "section", "span", "strong", "b",
            "em", "header", "blockquote");
    /** Longest lead taken, in characters. */
    static final int MAX_LEAD = 1500;
    /** Shortest lead taken, in characters. */
    static final int MIN_LEAD = 40;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;\"“”»」。！？]\\s*$");

    private LeadFinder() {
    }

    /**
     * Lead paragraphs printed after {@code headline} and before {@code container}, in order; empty when
     * there is none or either element is missing.
     *
     * @param description the page's description from its metadata, or null
     */
    static List<String> find(Element body, Element headline, Element container, String description, NodeStats stats) {
        List<String> out = new ArrayList<>();
        if (headline == null || container == null || stats.order(headline) < 0 || stats.order(container) < 0
                || stats.contains(container, headline) || stats.order(container) < stats.order(headline)) {
            return out;
        }
        String desc = description == null ? null : key(description);
        List<Element> taken = new ArrayList<>();
        int total = 0;
        int from = stats.order(headline);
        int to = stats.order(container);
        for (Element e : body.getAllElements()) {
            int order = stats.order(e);
            if (order <= from || stats.contains(headline, e)) {
                continue;
            }
            if (order >= to) {
                break;
            }
            if (stats.contains(e, container) || !LEAF_TAGS.contains(e.normalName()) || ContentScorer.hasBlockChild(e)
                    && !e.normalName().equals("p")) {
                continue;
            }
            int length = stats.text(e);
            if (length < MIN_LEAD || length > MAX_LEAD || stats.linkDensity(e) > 0.3
                    || !taken.isEmpty() && stats.contains(taken.get(taken.size() - 1), e)) {
                continue;
            }
            String text = Texts.norm(e.text());
            if (!readsAsLead(text)) {
                continue; // a label or a second headline, not a lead
            }
            if (!(named(e) || desc != null && sameText(key(text), desc))) {
                continue;
            }
            if (e.closest("figure, figcaption") != null) {
                continue; // a picture's caption, whose item may call it its "description": not the article's lead
            }
            if (total + text.length() > MAX_LEAD) {
                break;
            }
            out.add(text);
            total += text.length();
            taken.add(e);
        }
        return out;
    }

    /** A sentence or more: long, or ending as sentences end. */
    private static boolean readsAsLead(String text) {
        return text.length() >= 80 || SENTENCE_END.matcher(text).find();
    }

    /** The element or one of its two nearest ancestors is named as a lead. */
    static boolean named(Element e) {
        Element cur = e;
        for (int i = 0; i < 3 && cur != null; i++, cur = cur.parent()) {
            String ci = DomCleaner.classId(cur);
            if (!ci.isEmpty() && LEAD_NAME.matcher(ci).find()) {
                return true;
            }
            if (cur.attr("itemprop").equalsIgnoreCase("description")) {
                return true;
            }
        }
        return false;
    }

    /** Same text as the description, allowing the description to be cut short ("…") or to run on. */
    private static boolean sameText(String text, String desc) {
        if (text.length() < MIN_LEAD || desc.length() < MIN_LEAD) {
            return false;
        }
        return text.startsWith(desc) || desc.startsWith(text) || text.contains(desc);
    }

    /** Letters and digits only, lower-cased: markup and ellipses differ between the meta tag and the page. */
    private static String key(String s) {
        String stripped = s.replaceAll("(?:\\.\\.\\.|…)\\s*$", "");
        StringBuilder sb = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
