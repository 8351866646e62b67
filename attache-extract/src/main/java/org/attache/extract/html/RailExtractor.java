package org.attache.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.attache.api.RailLink;
import org.jsoup.nodes.Element;

/**
 * Finds link rails ("Related News", "Latest", "More stories", "Read more", "Most popular" …), turns
 * their items into {@link RailLink}s and detaches them from the DOM so their headlines and dates cannot
 * leak into the body or the article's date. A rail is a list-like block whose own heading, or class/id,
 * names it as such; a guard skips blocks that hold most of the page's paragraph text.
 */
final class RailExtractor {
    static final Pattern RAIL_HEADING = Pattern.compile(
            "(?i)^\\W*(?:related|latest|more\\b|read more|read also|also read|see also|recommended|popular|"
                    + "trending|most (?:read|viewed|popular|shared)|you (?:may|might) (?:also )?like|top stories|"
                    + "editor'?s picks|further reading|in other news|other news|recent (?:posts|news|articles)|"
                    + "previous|next|what to read|don'?t miss|more from|more on)");
    private static final ClassNames.Fragments RAIL_NAME = ClassNames.fragments(
            "related|latest|more-?news|more-?stories|read-?more|readmore|recommend|popular|trending|most-?read|"
                    + "also-?read|recirc|see-?also|further-?reading|other-?news|recent-?posts", 0);
    private static final Pattern CATEGORY_NAME = Pattern.compile("categor|section|kicker|label|tag|rubric",
            Pattern.CASE_INSENSITIVE);
    /** Most rail links kept per page. */
    private static final int MAX_LINKS = 400;
    /** Tags read as possible rail headings, besides elements whose class names a title or heading. */
    private static final Set<String> HEADING_TAGS = Set.of("h2", "h3", "h4", "h5", "h6", "strong", "b");
    private static final Pattern HHMM = Pattern.compile("\\b([01]?\\d|2[0-3]):[0-5]\\d\\b");

    private RailExtractor() {
    }

    /** Whether a class or id string names a rail; its strings and tokens are each judged once per page. */
    private static boolean railName(String name, Map<String, Boolean> known, Map<String, Boolean> tokens) {
        return !name.isEmpty() && known.computeIfAbsent(name, n -> ClassNames.tokens(n, tokens,
                t -> RAIL_NAME.find(t.toLowerCase(Locale.ROOT)), false, (a, b) -> a || b, true));
    }

    /**
     * Whether a class attribute names a title, heading or header (letters compared without case, ASCII
     * only, as the selector {@code [class~=(?i)(title|heading|header)]} does).
     */
    static boolean headingClass(String cls) {
        if (cls.length() < 5) {
            return false;
        }
        StringBuilder lower = new StringBuilder(cls.length());
        for (int i = 0; i < cls.length(); i++) {
            char c = cls.charAt(i);
            lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return lower.indexOf("title") >= 0 || lower.indexOf("heading") >= 0 || lower.indexOf("header") >= 0;
    }

    /** Extracts rail links from {@code body} and removes the rails. */
    static List<RailLink> extract(Element body) {
        NodeStats stats = NodeStats.of(body);
        int total = Math.max(1, stats.paragraphText(body));
        List<Element> rails = new ArrayList<>();
        Map<Element, String> headings = new LinkedHashMap<>();
        List<Element> headingElements = new ArrayList<>();
        for (Element h : body.getAllElements()) {
            if (!HEADING_TAGS.contains(h.normalName()) && !headingClass(h.attr("class"))) {
                continue;
            }
            if (stats.text(h) > 90) {
                continue; // too long for a heading; spares reading big blocks' text
            }
            String text = Texts.norm(h.text());
            if (text.isEmpty() || text.length() > 60 || !RAIL_HEADING.matcher(text).find()) {
                continue;
            }
            Element rail = railOf(h, stats);
            if (rail == null) {
                rail = followingList(h, stats);
                if (rail != null) {
                    headingElements.add(h);
                }
            }
            if (rail != null && !headings.containsKey(rail)) {
                headings.put(rail, text);
            }
        }
        Map<String, Boolean> railNames = new HashMap<>();
        Map<String, Boolean> railTokens = new HashMap<>();
        for (Element e : body.getAllElements()) {
            // class and id each matched once per page: pages repeat a few class names thousands of times; and
            // only on blocks with two long links or more, which few elements have (the tests are pure, so the
            // order does not change the outcome)
            if (stats.longLinks(e) >= 2 && !headings.containsKey(e)
                    && (railName(e.className(), railNames, railTokens) || railName(e.id(), railNames, railTokens))) {
                headings.put(e, null);
            }
        }
        // the outermost of nested rails, in document order, skipping blocks that hold the article
        List<Element> candidates = new ArrayList<>();
        for (Element e : headings.keySet()) {
            int prose = stats.paragraphText(e);
            if (!(prose > 0.4 * total && prose > 400)) {
                candidates.add(e);
            }
        }
        candidates.sort(java.util.Comparator.comparingInt(stats::order));
        for (Element e : candidates) {
            if (rails.isEmpty() || !stats.contains(rails.get(rails.size() - 1), e)) {
                rails.add(e);
            }
        }
        List<RailLink> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Element rail : rails) {
            String heading = headings.get(rail);
            if (heading == null) {
                Element h = rail.selectFirst("h2, h3, h4, h5, h6");
                heading = h == null ? null : Texts.normOrNull(h.text());
            }
            for (Element a : rail.select("a[href]")) {
                if (links.size() >= MAX_LINKS) {
                    break; // a page of thousands of links is no rail; enough is kept to read it
                }
                String headline = Texts.norm(a.text());
                if (headline.length() < 15 || Texts.wordChars(headline) < 10) {
                    continue;
                }
                String url = a.absUrl("href");
                if (url.isEmpty()) {
                    url = a.attr("href");
                }
                if (!seen.add(url + "\u0000" + headline)) {
                    continue;
                }
                Element item = itemOf(a, rail);
                String date = null;
                String time = null;
                Element t = item.selectFirst("time");
                if (t != null) {
                    String iso = MetadataReader.iso(t.attr("datetime"));
                    if (iso != null) {
                        date = iso.substring(0, 10);
                        time = iso.length() >= 16 ? iso.substring(11, 16) : null;
                    }
                    if (time == null) {
                        var m = HHMM.matcher(t.text());
                        time = m.find() ? m.group() : null;
                    }
                }
                String category = null;
                for (Element c : item.getAllElements()) {
                    if (c != item && !c.equals(a) && CATEGORY_NAME.matcher(DomCleaner.classId(c)).find()) {
                        category = Texts.normOrNull(c.text());
                        if (category != null && category.length() <= 40 && !headline.contains(category)) {
                            break;
                        }
                        category = null;
                    }
                }
                links.add(new RailLink(heading, headline, time, date, category, url.isEmpty() ? null : url));
            }
            rail.remove();
        }
        for (Element h : headingElements) {
            if (h.parent() != null) {
                h.remove();
            }
        }
        return links;
    }

    /** The list-like block a rail heading introduces: its nearest ancestor that also holds ≥ 2 links. */
    private static Element railOf(Element heading, NodeStats stats) {
        Element cur = heading;
        for (int i = 0; i < 4 && cur.parent() != null; i++) {
            if (cur.normalName().equals("body") || cur.normalName().equals("article")
                    || cur.normalName().equals("main")) {
                return null;
            }
            Element parent = cur.parent();
            if (stats.longLinks(parent) >= 2 && !parent.normalName().equals("body")
                    && stats.linkDensity(parent) > 0.3) {
                return parent;
            }
            cur = parent;
        }
        return null;
    }

    /** A heading inside the prose followed directly by a list of links: the list is a rail. */
    private static Element followingList(Element heading, NodeStats stats) {
        Element cur = heading;
        for (int i = 0; i < 2 && cur != null; i++) {
            Element next = cur.nextElementSibling();
            if (next != null && stats.longLinks(next) >= 2 && stats.linkDensity(next) > 0.35) {
                return next;
            }
            cur = cur.parent();
            if (cur != null && stats.text(cur) > 200 + stats.text(heading)) {
                break;
            }
        }
        return null;
    }

    /** The item (li, article, or direct child of the rail) holding a link. */
    private static Element itemOf(Element a, Element rail) {
        Element cur = a;
        while (cur.parent() != null && cur.parent() != rail) {
            String tag = cur.normalName();
            if (tag.equals("li") || tag.equals("article")) {
                return cur;
            }
            cur = cur.parent();
        }
        return cur;
    }
}
