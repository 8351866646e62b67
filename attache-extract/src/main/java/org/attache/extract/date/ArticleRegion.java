package org.attache.extract.date;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Where on a page the article's own dates can be: its headline, and the parts of the page that belong to
 * other things and whose dates never count. Those are rails and lists of other posts (a repeated item
 * that does not hold the headline), comments, embeds (tweets, posts, iframes), quotes, sidebars and
 * navigation, and the site's own header and footer (today's date in a masthead, a copyright year).
 * Built once per page; not thread-safe.
 */
final class ArticleRegion {
    /** Class or id words of blocks whose dates belong to something else than the article. */
    private static final Pattern FOREIGN_NAME = Pattern.compile(
            "(?:^|[-_])(?:comments?|commentlist|kommentare?|commentaires?|comentarios?|komentarze|respond|repl(?:y|ies)"
                    + "|related|sidebar|recommend\\w*|popular|latest|recent|trending|archives?|calendar"
                    + "|embed|tweet|twitter-tweet|instagram-media|tiktok-embed|fb-post|newsletter|cookie\\w*|breaking"
                    + "|more-?(?:news|stories|articles|posts)|read-?more|next-?post|prev(?:ious)?-?post|post-?navigation"
                    + "|pagination|ticker|most-?read)(?:$|[-_])");
    /** Class or id words of a page's header or footer block (a post's own "post-footer" is not one). */
    private static final Pattern CHROME_NAME = Pattern.compile("^(?:site|page|global|main)?-?(?:header|footer)$");
    /** Class words of the block that holds one post or article. */
    private static final Pattern ARTICLE_NAME = Pattern.compile(
            "^(?:hentry|article|post|entry|story|blog-?post|news-?single|single-?post|article-?detail|news-?detail)$");
    private static final Set<String> FOREIGN_TAGS = Set.of("aside", "nav", "iframe", "blockquote", "form", "select",
            "noscript", "template", "svg", "button");

    private final Document doc;
    private final Element headline;
    private final Element articleRoot;
    private final boolean titled;
    private final Map<Element, Boolean> foreign = new IdentityHashMap<>();

    ArticleRegion(Document doc, List<String> titles) {
        this.doc = doc;
        this.headline = findHeadline(doc, titles);
        this.titled = headline != null && matches(key(headline.text()), keys(titles));
        this.articleRoot = headline == null ? null : articleRoot(headline);
    }

    /** The nearest ancestor of the headline that holds the whole article: {@code <article>}, {@code <main>}, an Article item. */
    private static Element articleRoot(Element headline) {
        for (Element p : headline.parents()) {
            String tag = p.normalName();
            if (tag.equals("article") || tag.equals("main") || p.attr("role").equals("main")
                    || p.attr("itemtype").toLowerCase(Locale.ROOT).matches(".*(article|posting).*")) {
                return p;
            }
            for (String w : words(p)) {
                if (ARTICLE_NAME.matcher(w).matches()) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The headline element: the first heading that reads as the page's title, else the first h1; or null. */
    Element headline() {
        return headline;
    }

    /** Whether the headline reads as the page's title (rather than being only its first h1, e.g. a blog's name). */
    boolean titled() {
        return titled;
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

    /** For diagnostics: the ancestor that makes {@code e} foreign, or null. */
    Element foreignBecause(Element e) {
        for (Element x = e; x != null && !(x instanceof Document); x = x.parent()) {
            if (ownForeign(x)) {
                return x;
            }
        }
        return null;
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
        if (FOREIGN_TAGS.contains(tag)) {
            return true;
        }
        boolean holdsHeadline = headline != null && (x == headline || headline.parents().contains(x));
        if ((tag.equals("header") || tag.equals("footer") || chromeName(x)) && !holdsHeadline && !insideArticle(x)) {
            return true;
        }
        if (!holdsHeadline && foreignName(x)) {
            return true;
        }
        return !holdsHeadline && headline != null && repeatedItem(x);
    }

    private boolean insideArticle(Element x) {
        if (articleRoot != null) {
            return x.parents().contains(articleRoot);
        }
        for (Element p : x.parents()) {
            String t = p.normalName();
            if (t.equals("article") || t.equals("main")) {
                return true;
            }
        }
        return false;
    }

    private static boolean chromeName(Element x) {
        for (String word : words(x)) {
            if (CHROME_NAME.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a class or id word of {@code x} names a comment, rail, sidebar, embed and the like. */
    static boolean foreignName(Element x) {
        for (String word : words(x)) {
            if (FOREIGN_NAME.matcher(word).find()) {
                return true;
            }
        }
        return false;
    }

    static List<String> words(Element x) {
        List<String> words = new ArrayList<>();
        for (String w : (x.className() + " " + x.id()).toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * An item of a list of posts: an {@code article} or {@code li}, or a block sharing its tag and class with
     * two siblings or more, that is short and links to another page with a headline-like link text.
     */
    private static boolean repeatedItem(Element x) {
        String tag = x.normalName();
        boolean itemTag = tag.equals("article") || tag.equals("li");
        if (!itemTag && x.className().isBlank()) {
            return false;
        }
        Element parent = x.parent();
        if (parent == null) {
            return false;
        }
        int same = 0;
        for (Element sibling : parent.children()) {
            if (sibling != x && sibling.normalName().equals(tag) && (itemTag || sibling.className().equals(x.className()))) {
                same++;
            }
        }
        if (same == 0 && !tag.equals("article") || same == 1 && !itemTag) {
            return false;
        }
        if (x.text().length() > 600) {
            return false;
        }
        for (Element a : x.select("a[href]")) {
            if (a.text().length() >= 20 || a.selectFirst("h2, h3, h4") != null) {
                return true;
            }
        }
        return false;
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
            double score = score(k, keys);
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
