package org.attache.extract.date;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Where on a page the article's own dates can be: its headline, and the parts of the page that belong to
 * other things and whose dates never count. Those are rails and lists of other posts (a repeated item
 * that does not hold the headline), comments, embeds (tweets, posts, iframes), quotes, sidebars and
 * navigation, and the site's own header and footer (today's date in a masthead, a copyright year).
 * Built once per page; not thread-safe.
 */
final class ArticleRegion {
    /**
     * Class or id tokens (split at "-" and "_") of blocks whose dates belong to something else than the
     * article: comments, rails, sidebars, embeds, lists of other posts, tickers.
     */
    private static final Set<String> FOREIGN_TOKENS = Set.of("comment", "comments", "commentlist", "kommentar",
            "kommentare", "commentaire", "commentaires", "comentario", "comentarios", "komentarze", "respond", "reply",
            "replies", "related", "sidebar", "popular", "latest", "recent", "trending", "archive", "archives", "calendar",
            "embed", "tweet", "newsletter", "breaking", "pagination", "ticker", "readmore", "mostread", "morenews",
            "morestories", "morearticles", "moreposts", "postnavigation");
    /** Pairs of adjacent tokens with the same meaning ("read-more", "next-post", "instagram-media"). */
    private static final Set<String> FOREIGN_PAIRS = Set.of("more news", "more stories", "more articles", "more posts",
            "read more", "next post", "prev post", "previous post", "post navigation", "most read", "instagram media",
            "fb post");
    /** Token prefixes with the same meaning ("recommendations", "cookiebanner"). */
    private static final List<String> FOREIGN_PREFIXES = List.of("recommend", "cookie");
    /** Words that make a "sidebar" the article's own side column rather than the site's rail. */
    private static final Pattern OWN_COLUMN = Pattern.compile("article|entry|story|post(?!s)");
    /** Class or id words of a page's header or footer block (a post's own "post-footer" is not one). */
    private static final Pattern CHROME_NAME = Pattern.compile("^(?:site|page|global|main)?-?(?:header|footer)$");
    /** Class words of the block that holds one post or article. */
    private static final Pattern ARTICLE_NAME = Pattern.compile(
            "^(?:hentry|article|post|entry|story|blog-?post|news-?single|single-?post|article-?detail|news-?detail)$");
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Evaluator HEADING = QueryParser.parse("h2, h3, h4");
    /** Tags whose content is never the article's; a form only when it is small and does not hold the headline. */
    private static final Set<String> FOREIGN_TAGS = Set.of("aside", "nav", "iframe", "blockquote", "select",
            "noscript", "template", "svg", "button");

    private final Document doc;
    private final Element headline;
    private final Element articleRoot;
    private final boolean titled;
    private final Map<Element, Boolean> foreign = new IdentityHashMap<>();
    private final Map<Element, List<String>> words = new IdentityHashMap<>();
    private final Map<String, Boolean> foreignWords = new HashMap<>();
    /** The headline and its ancestors. */
    private final Set<Element> headlineChain = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Per parent, how many children share each tag and class. */
    private final Map<Element, Map<Object, Integer>> siblingKinds = new IdentityHashMap<>();

    /** A child's tag and class, counted per parent (its tag alone is counted under the tag's name). */
    private record Kind(String tag, String className) {
    }

    ArticleRegion(Document doc, List<String> titles) {
        this.doc = doc;
        this.headline = findHeadline(doc, titles);
        this.titled = headline != null && matches(key(headline.text()), keys(titles));
        this.articleRoot = headline == null ? null : articleRoot(headline);
        for (Element x = headline; x != null; x = x.parent()) {
            headlineChain.add(x);
        }
    }

    /** The nearest ancestor of the headline that holds the whole article: {@code <article>}, {@code <main>}, an Article item. */
    private static Element articleRoot(Element headline) {
        for (Element p : headline.parents()) {
            String tag = p.normalName();
            if (tag.equals("article") || tag.equals("main") || p.attr("role").equals("main")
                    || p.attr("itemtype").toLowerCase(Locale.ROOT).matches(".*(article|posting).*")) {
                return p;
            }
            for (String w : classAndId(p)) {
                if (ARTICLE_NAME.matcher(w).matches()) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The block that holds the whole article around the headline ({@code <article>}, {@code <main>}, an Article item), or null. */
    Element articleRoot() {
        return articleRoot;
    }

    /** The headline element: the first heading that reads as the page's title, else the first h1; or null. */
    Element headline() {
        return headline;
    }

    /** Whether the headline reads as the page's title (rather than being only its first h1, e.g. a blog's name). */
    boolean titled() {
        return titled;
    }

    /** Whether {@code e} is the headline or one of its ancestors. */
    boolean holdsHeadline(Element e) {
        return headlineChain.contains(e);
    }

    /** Whether {@code e} lies in a part of the page whose dates are not the article's. */
    boolean foreign(Element e) {
        for (Element x = e; x != null && !(x instanceof Document); x = x.parent()) {
            Boolean known = foreign.get(x);
            if (known != null) {
                return known;
            }
            if (ownForeign(x)) {
                mark(e, x, true);
                return true;
            }
        }
        mark(e, null, false);
        return false;
    }

    private void mark(Element from, Element upTo, boolean value) {
        for (Element x = from; x != null && x != upTo; x = x.parent()) {
            foreign.put(x, value);
        }
        if (upTo != null) {
            foreign.put(upTo, value);
        }
    }

    private boolean ownForeign(Element x) {
        String tag = x.normalName();
        if (tag.equals("body") || tag.equals("html")) {
            return false;
        }
        boolean holdsHeadline = headlineChain.contains(x);
        if (tag.equals("form")) {
            // ASP.NET and some CMSs wrap the whole page in one form: only a small form is a widget
            return !holdsHeadline && !longerThan(x, 1500);
        }
        if (FOREIGN_TAGS.contains(tag)) {
            return true;
        }
        List<String> words = words(x);
        if ((tag.equals("header") || tag.equals("footer") || chromeName(words)) && !holdsHeadline && !insideArticle(x)) {
            return true;
        }
        if (!holdsHeadline && foreignName(words)) {
            return true;
        }
        return !holdsHeadline && headline != null && !besideHeadline(x) && repeatedItem(x);
    }

    /**
     * Whether the element sits in the headline's own block: its parent is one of the headline's three nearest
     * ancestors (the lines of a byline and date under the title, not a list of other posts).
     */
    private boolean besideHeadline(Element x) {
        Element parent = x.parent();
        Element a = headline;
        for (int i = 0; i < 3 && a != null; i++) {
            a = a.parent();
            if (a == parent) {
                return !a.normalName().equals("body");
            }
        }
        return false;
    }

    private boolean insideArticle(Element x) {
        for (Element p = x.parent(); p != null; p = p.parent()) {
            if (articleRoot != null ? p == articleRoot : p.normalName().equals("article") || p.normalName().equals("main")) {
                return true;
            }
        }
        return false;
    }

    private static boolean chromeName(List<String> words) {
        for (String word : words) {
            if (word.endsWith("header") || word.endsWith("footer")) {
                if (CHROME_NAME.matcher(word).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a class or id word names a comment, rail, sidebar, embed and the like (each word judged once per page). */
    private boolean foreignName(List<String> words) {
        for (String word : words) {
            if (foreignWords.computeIfAbsent(word, ArticleRegion::foreignWord)) {
                return true;
            }
        }
        return false;
    }

    private static boolean foreignWord(String word) {
        if (word.contains("sidebar") && OWN_COLUMN.matcher(word).find()) {
            return false; // "article-sidebar", "entry-sidebar": the article's own side column with its byline
        }
        String previous = null;
        int start = 0;
        for (int i = 0; i <= word.length(); i++) {
            if (i == word.length() || word.charAt(i) == '-' || word.charAt(i) == '_') {
                if (i > start) {
                    String token = word.substring(start, i);
                    if (FOREIGN_TOKENS.contains(token) || previous != null && FOREIGN_PAIRS.contains(previous + " " + token)) {
                        return true;
                    }
                    for (String prefix : FOREIGN_PREFIXES) {
                        if (token.startsWith(prefix)) {
                            return true;
                        }
                    }
                    previous = token;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** The element's class and id words, lower case (read once per element and page). */
    List<String> words(Element x) {
        return words.computeIfAbsent(x, ArticleRegion::classAndId);
    }

    private static List<String> classAndId(Element x) {
        String cls = x.hasAttr("class") ? x.attr("class") : "";
        String id = x.hasAttr("id") ? x.attr("id") : "";
        if (cls.isEmpty() && id.isEmpty()) {
            return List.of();
        }
        List<String> words = new ArrayList<>(4);
        for (String part : new String[] {cls, id}) {
            int start = -1;
            for (int i = 0; i <= part.length(); i++) {
                boolean space = i == part.length() || Character.isWhitespace(part.charAt(i));
                if (space && start >= 0) {
                    words.add(part.substring(start, i).toLowerCase(Locale.ROOT));
                    start = -1;
                } else if (!space && start < 0) {
                    start = i;
                }
            }
        }
        return words;
    }

    /**
     * An item of a list of posts: an {@code article} or {@code li}, or a block sharing its tag and class with
     * two siblings or more, that is short and links to another page with a headline-like link text.
     */
    private boolean repeatedItem(Element x) {
        String tag = x.normalName();
        boolean itemTag = tag.equals("article") || tag.equals("li");
        if (!itemTag && x.className().isBlank()) {
            return false;
        }
        Element parent = x.parent();
        if (parent == null) {
            return false;
        }
        Map<Object, Integer> kinds = siblingKinds.computeIfAbsent(parent, p -> {
            Map<Object, Integer> counts = new HashMap<>();
            for (Element c : p.children()) {
                counts.merge(c.normalName(), 1, Integer::sum);
                counts.merge(new Kind(c.normalName(), c.className()), 1, Integer::sum);
            }
            return counts;
        });
        int same = kinds.getOrDefault(itemTag ? tag : new Kind(tag, x.className()), 1) - 1;
        if (same == 0 && !tag.equals("article") || same == 1 && !itemTag) {
            return false;
        }
        List<Element> links = shortItemsLinks(x, 600);
        if (links == null) {
            return false;
        }
        for (Element a : links) {
            if (a.selectFirst(HEADING) != null || headlineLike(a.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The links ({@code a[href]}, {@code x} itself included) of {@code x} in page order, or null when its text
     * is longer than {@code limit} characters: one walk for what {@link #longerThan} and a selector read apart.
     */
    private static List<Element> shortItemsLinks(Element x, int limit) {
        int[] length = {0};
        List<Element> links = new ArrayList<>();
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    length[0] += t.getWholeText().length();
                } else if (node instanceof Element e && e.normalName().equals("a") && e.hasAttr("href")) {
                    links.add(e);
                }
                return length[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, x);
        return length[0] > limit ? null : links;
    }

    /** Whether a link's text reads as another page's headline: 20 characters or more once the dates it prints are taken out. */
    private static boolean headlineLike(String text) {
        if (text.length() < 20) {
            return false;
        }
        if (text.chars().noneMatch(Character::isDigit)) {
            return true;
        }
        int dated = 0;
        for (PrintedDates.Found f : PrintedDates.findAll(text, null, DayOrder.UNKNOWN, true)) {
            dated += f.end() - f.start();
        }
        return text.length() - dated >= 20;
    }

    /** Whether the element's text is longer than {@code limit} characters, reading no further than that. */
    private static boolean longerThan(Element x, int limit) {
        int[] length = {0};
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    length[0] += t.getWholeText().length();
                }
                return length[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, x);
        return length[0] > limit;
    }

    private static Set<String> keys(List<String> titles) {
        Set<String> keys = new HashSet<>();
        for (String t : titles) {
            String k = key(t);
            if (k.length() >= 8) {
                keys.add(k);
            }
        }
        return keys;
    }

    private static Element findHeadline(Document doc, List<String> titles) {
        Set<String> keys = keys(titles);
        Element firstH1 = null;
        Element best = null;
        double bestScore = 0;
        for (Element h : doc.select("h1, h2, h3, [itemprop=headline]")) {
            String k = key(h.text());
            if (k.length() < 4) {
                continue;
            }
            if (firstH1 == null && h.normalName().equals("h1")) {
                firstH1 = h;
            }
            double score = score(k, keys) * placement(h);
            if (score > bestScore) {
                best = h;
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        if (firstH1 != null || doc.body() == null) {
            return firstH1;
        }
        // pages laid out in tables or plain blocks: the innermost short block that reads as the title
        for (Element e : doc.body().select("td, div, span, p, font, b, strong, h4, h5")) {
            String text = e.ownText();
            if (text.length() >= 8 && text.length() <= 300 && matches(key(text), keys)) {
                return e;
            }
        }
        return null;
    }

    /**
     * How much a heading that reads as the title is trusted to be the article's own: a teaser of the same
     * article in a menu, rail or list of posts is a link, or sits in navigation; the article's own is
     * usually the h1.
     */
    private static double placement(Element h) {
        double p = h.normalName().equals("h1") ? 1 : 0.97;
        if (h.selectFirst(LINK) != null || h.closest("a[href]") != null) {
            p *= 0.9;
        }
        if (h.closest("nav, aside, footer, li") != null) {
            p *= 0.8;
        }
        return p;
    }

    private static boolean matches(String k, Set<String> keys) {
        return score(k, keys) > 0;
    }

    /** How well a heading reads as one of the titles: the length ratio when one contains the other, at least 0.6; else 0. */
    private static double score(String k, Set<String> keys) {
        double best = 0;
        for (String t : keys) {
            String shorter = k.length() < t.length() ? k : t;
            String longer = shorter == k ? t : k;
            double ratio = (double) shorter.length() / longer.length();
            if (longer.contains(shorter) && ratio >= 0.6 && ratio > best) {
                best = ratio;
            }
        }
        return best;
    }

    /** Lower case letters and digits only, for comparing a heading with a title. */
    private static String key(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        n.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    Document document() {
        return doc;
    }
}
