package org.attache.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Removes page furniture before content scoring: non-content tags (scripts, forms, media widgets),
 * structural boilerplate ({@code nav}, {@code footer}, {@code aside}, {@code header}), ARIA landmark
 * roles that are not content, and elements whose class or id names them as comments, sharing, related
 * links, newsletters, ads and the like. Names are of two strengths: a strong name (comments, sharing, ads)
 * removes the element; a weak one (widget, teaser, gallery, hidden, paywall) only when the element does not
 * read as prose, since page builders and paywalls wrap articles in such names. Guards keep the article:
 * an element holding a large share of the page's prose stays (with a weak name: more than half of it, however
 * short the page), and so does every element around the
 * article's headline. An {@code <aside>} inside the article that reads as its own prose (an explainer, a
 * background box), not a gallery, a teaser list or a pull quote printed again, is article text and stays, and so
 * does a standfirst under the headline that the page names both as a lead and with a weak name ("lead teasertext").
 */
final class DomCleaner {
    private static final Set<String> DROP_TAGS = Set.of("script", "style", "template", "iframe",
            "svg", "canvas", "object", "embed", "button", "input", "select", "textarea", "option", "link",
            "meta", "video", "audio", "map", "dialog");
    private static final Set<String> STRUCTURAL = Set.of("nav", "footer", "aside", "header", "form", "menu");
    /** Tags removed even when large: sites do not put their article in these. */
    private static final Set<String> STRONG = Set.of("nav", "aside", "footer", "menu");
    private static final Set<String> BAD_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "menu", "menubar", "alertdialog", "tablist", "toolbar");
    /** Class/id fragments that name boilerplate; matched against the lower-cased class and id (hence no flag). */
    static final ClassNames.Fragments NEGATIVE = ClassNames.fragments(
            "comment|disqus|share|sharing|social|related|newsletter|subscri|sponsor|advert|sidebar|"
                    + "footer|masthead|breadcrumb|navbar|navigation|\\bnav\\b|menu|popup|modal|cookie|consent|"
                    + "outbrain|taboola|trending|popular|more-?stories|more-?news|"
                    + "read-?more|readmore|recommend|signup|sign-up|tag-?list|\\btags\\b|author-?bio|"
                    + "author-?info|about-?(?:the-?)?author|author-?box|authorbox|author-?card|author-?profile|"
                    + "author-?details|autor(?:en)?-?box|toolbar|print-?link|jump-?link|skip-?link|rating|pagination|"
                    + "pager|login|register|most-?read|also-?read|next-?post|prev-?post|post-?nav|"
                    + "byline|timestamp|meta-?data|article-?meta|post-?meta|entry-?meta|"
                    + "\\bad\\b|\\bads\\b|\\bad-|-ad\\b|-ads\\b|adsense|dfp|gpt-|google-?ad|"
                    + "visually-?hidden|sr-only|screen-?reader|offscreen|"
                    + "donate|print-?header|print-?only|print-?logo|"
                    + "\\bdate\\b|pubdate|publish-?date|post-?date|"
                    + "follow-?us|contact-?us|copyright|disclaimer", 0);
    /** Names that page builders, galleries and paywalls also give to the article's own blocks. */
    static final ClassNames.Fragments WEAK_NEGATIVE = ClassNames.fragments(
            "widget|promo|banner|teaser|recirc|carousel|slider|gallery|slideshow|overlay|lightbox|paywall|"
                    + "\\bhidden\\b|collaps|accordion|toggle|"
                    // from trafilatura's discard list (xpaths.py, OVERALL_DISCARD_XPATH), those not above: weak,
                    // since another tool's list is weaker evidence than ours
                    + "viral|syndication|subnav|navbox|criteo|side-?stories|suggest-?links|user-?info|"
                    + "user-?profile|infoline|article-?infos", 0);
    /** Elements that run inside a line of text. */
    private static final Set<String> INLINE = Set.of("a", "span", "em", "strong", "b", "i", "u", "abbr", "cite",
            "q", "mark", "small", "time", "dfn", "var", "code", "kbd", "sub", "sup", "font", "bdi", "bdo", "data");
    /** Names of text printed for screen readers only or moved off screen: a reader does not see it. */
    private static final Pattern UNSEEN = Pattern.compile("visually-?hidden|sr-only|screen-?reader|offscreen|\\bhidden\\b");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);

    /** How strongly an element is marked as furniture; CONTENT: its name marks the article itself (strongest). */
    private enum Mark { NONE, WEAK, STRONG, CONTENT }

    /** The marks of one page's class and id strings, and of their tokens, each judged once. */
    private record Names(Map<String, Mark> byName, Map<String, Mark> byToken) {
    }

    private DomCleaner() {
    }

    /** Class and id of {@code e}, lower-cased and space-joined. */
    static String classId(Element e) {
        String c = e.className();
        String id = e.id();
        if (c.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (c + " " + id).toLowerCase(Locale.ROOT);
    }

    /** Cleans {@code doc} in place. */
    static void clean(Document doc) {
        clean(doc, null);
    }

    /** Cleans {@code doc} in place, keeping every element around {@code headline} (nullable). */
    static void clean(Document doc, Element headline) {
        Element body = doc.body();
        if (body == null) {
            return;
        }
        removeComments(body);
        List<Element> noscripts = new ArrayList<>();
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e.parent() != null && DROP_TAGS.contains(e.normalName())) {
                e.remove();
            } else if (e.normalName().equals("noscript")) {
                noscripts.add(e);
            }
        }
        NodeStats stats = NodeStats.of(body);
        dropNoscripts(noscripts, stats);
        if (!noscripts.isEmpty()) {
            stats = NodeStats.of(body);
        }
        int total = Math.max(1, stats.prose(body) - surelyFurniture(body, stats, headline));
        List<Element> doomed = new ArrayList<>();
        // pages repeat a few class names thousands of times: each name is matched once
        Names names = new Names(new HashMap<>(), new HashMap<>());
        for (Element e : body.getAllElements()) {
            if (e == body || e.parent() == null) {
                continue;
            }
            Mark mark = mark(e, names);
            if (mark == Mark.NONE) {
                continue;
            }
            String tag = e.normalName();
            if (tag.equals("aside") && asideOfProse(e, stats, names)) {
                continue; // a box of the article's own prose (a background note, an explainer)
            }
            if (STRONG.contains(tag)) {
                doomed.add(e);
            } else if (headline != null && stats.contains(e, headline)) {
                continue; // the article's header, or a wrapper of the whole article
            } else if (holdsArticle(stats.prose(e), total)) {
                continue;
            } else if (insideASentence(e)) {
                continue; // a linked name or a date in running text: the sentence would lose words
            } else if (mark == Mark.WEAK && stats.prose(e) > 0.5 * total) {
                continue; // a weak name never takes most of a short page's prose with it
            } else if (mark == Mark.WEAK && leadUnderHeadline(e, stats, headline)) {
                continue; // the standfirst a CMS calls a "teaser", under the headline
            } else if (mark == Mark.STRONG || !readsAsProse(e, stats)) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    /**
     * Removes the {@code <noscript>} blocks, except one that holds an article: pages that build their body with
     * scripts print it there for readers without them, and everything else in a noscript (a tracking pixel, an
     * "enable JavaScript" notice, a lazy image) is not prose.
     * A noscript that reads as prose is kept and left to the content scorer like any other block.
     */
    private static void dropNoscripts(List<Element> noscripts, NodeStats stats) {
        for (Element e : noscripts) {
            if (e.parent() != null && !readsAsProse(e, stats)) {
                e.remove();
            }
        }
    }

    /**
     * Prose inside elements that are furniture by their tag or ARIA role alone (navigation, asides, footers,
     * menus, banners), outermost ones counted once, except those around the headline: the share of the page an
     * element must hold to be kept as the article is a share of the rest, so a mega-menu or a long footer does
     * not make an article wrapper with an unlucky name ("content-sidebar-wrap") look small.
     */
    private static int surelyFurniture(Element body, NodeStats stats, Element headline) {
        int sum = 0;
        Element last = null;
        for (Element e : body.getAllElements()) {
            if (e == body || last != null && stats.contains(last, e)) {
                continue;
            }
            boolean furniture = STRONG.contains(e.normalName())
                    || BAD_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT));
            if (furniture && !(headline != null && stats.contains(e, headline))) {
                sum += stats.prose(e);
                last = e;
            }
        }
        return sum;
    }

    /**
     * Whether {@code e} is an inline element (a link, a span, an emphasis) with words of its own paragraph
     * on both sides: a name marked as a teaser or a topic link ("taxonomy-entity js-article-topic-teaser"), a
     * date or a tag is then part of the sentence a reader reads, and removing it would leave a hole in it
     * ("Seit dem Tod von (1966-2019)"). Text a reader does not see (hidden, screen-reader only) still goes.
     */
    static boolean insideASentence(Element e) {
        if (!INLINE.contains(e.normalName()) || e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(e.attr("style")).find() || UNSEEN.matcher(classId(e)).find()) {
            return false;
        }
        if (!words(e.previousSibling(), true) || !words(e.nextSibling(), false)) {
            return false;
        }
        // the line is a sentence, not a row of share links or tags with separators between them
        Element line = e.parent();
        int own = 0;
        for (Node n : line.childNodes()) {
            if (n instanceof TextNode t) {
                own += Texts.wordChars(t.text());
            }
        }
        return own >= 40 && own >= Texts.wordChars(e.text());
    }

    /** Whether {@code n} is text of the same line that carries a word or a punctuation mark next to the element. */
    private static boolean words(Node n, boolean before) {
        while (n instanceof TextNode t && t.isBlank()) {
            n = before ? n.previousSibling() : n.nextSibling();
        }
        if (n instanceof TextNode) {
            return true;
        }
        return n instanceof Element x && INLINE.contains(x.normalName()) && !x.text().isBlank();
    }

    /**
     * Whether an {@code <aside>} is a box of the article's own text rather than a rail: it stands inside the
     * article ({@code <article>}, {@code itemprop="articleBody"} or a block named as the article's body), its
     * name and role do not mark it as furniture, it holds {@value #ASIDE_PROSE}+ characters of prose with next to
     * no links (at most one headline-sized link: a teaser list has several), and its text is not printed again
     * in the article (a pull quote repeats a sentence of the body). Explainers, background notes and
     * "what we know" boxes are printed as asides inside the article; sidebars, related lists and newsletter
     * boxes are not prose of this kind or carry a furniture name.
     */
    private static boolean asideOfProse(Element aside, NodeStats stats, Names names) {
        if (!stats.knows(aside) || stats.prose(aside) < ASIDE_PROSE || stats.linkDensity(aside) >= ASIDE_LINKS
                || stats.longLinks(aside) > 1 || BAD_ROLES.contains(aside.attr("role").toLowerCase(Locale.ROOT))
                || aside.hasAttr("hidden") || "true".equalsIgnoreCase(aside.attr("aria-hidden"))) {
            return false;
        }
        if (nameMark(aside.className(), aside.id(), names) != Mark.NONE) {
            return false;
        }
        Element article = null;
        for (Element p = aside.parent(); p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("article") || p.attr("itemprop").equalsIgnoreCase("articleBody")
                    || isContentName(classId(p))) {
                article = p;
                break;
            }
            if (tag.equals("aside") || tag.equals("footer") || tag.equals("nav")) {
                return false; // inside a rail or a footer
            }
        }
        return article != null && !gallery(aside, stats) && !printedAgain(aside, article);
    }

    /**
     * Whether an aside is a picture gallery (its text the pictures' captions) or holds mostly text a reader does
     * not see (a lightbox printed hidden until opened): {@value #GALLERY_PICTURES}+ pictures, or a hidden element
     * with half its text.
     */
    private static boolean gallery(Element aside, NodeStats stats) {
        int pictures = 0;
        int text = Math.max(1, stats.text(aside));
        for (Element x : aside.getAllElements()) {
            String tag = x.normalName();
            if ((tag.equals("img") || tag.equals("amp-img") || tag.equals("picture")) && ++pictures >= GALLERY_PICTURES) {
                return true;
            }
            if (x != aside && (x.hasAttr("hidden") || "true".equalsIgnoreCase(x.attr("aria-hidden"))
                    || HIDDEN_STYLE.matcher(x.attr("style")).find()) && stats.knows(x) && stats.text(x) * 2 >= text) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an element with a weak name is the article's lead: named as a lead too ("lead teasertext",
     * "teaser-text" with {@code itemprop="description"}: the {@link LeadFinder} names), it holds a sentence or two
     * of prose with next to no links and no headline-sized link (a teaser of another story links its headline), is
     * seen (not hidden), and it follows the headline with nothing but short lines (a date, a byline, a label)
     * between them. CMSs call the standfirst a "teaser"; the cleaner took it before the lead finder could read it.
     */
    static boolean leadUnderHeadline(Element e, NodeStats stats, Element headline) {
        if (headline == null || !stats.knows(e) || stats.prose(e) < LeadFinder.MIN_LEAD
                || stats.text(e) > LeadFinder.MAX_LEAD || stats.linkDensity(e) >= ASIDE_LINKS
                || stats.longLinks(e) > 0 || e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(e.attr("style")).find() || UNSEEN.matcher(classId(e)).find()
                || !LeadFinder.named(e)) {
            return false;
        }
        Element cur = e;
        for (int step = 0; step < LEAD_STEPS && cur != null; step++) {
            Element prev = cur.previousElementSibling();
            if (prev == null) {
                cur = cur.parent(); // the first block of its section: look before the section
                continue;
            }
            if (prev == headline || stats.contains(prev, headline)) {
                return true;
            }
            if (!stats.knows(prev) || stats.text(prev) >= LEAD_GAP) {
                return false; // prose (or a picture's long caption) between the headline and the block
            }
            cur = prev;
        }
        return false;
    }

    /** Steps back from a lead to its headline, over short lines and section starts. */
    private static final int LEAD_STEPS = 8;
    /** Longest line that may stand between a headline and its lead: a date, a byline, a label. */
    private static final int LEAD_GAP = 80;

    /** Pictures from which an aside is a gallery. */
    private static final int GALLERY_PICTURES = 3;

    /** Prose an aside must hold to be read as the article's own text. */
    private static final int ASIDE_PROSE = 300;
    /** Link density from which an aside is not read as prose. */
    private static final double ASIDE_LINKS = 0.2;

    /** Whether a stretch of {@code aside}'s text appears elsewhere in {@code article}: a pull quote of the body. */
    private static boolean printedAgain(Element aside, Element article) {
        String own = Texts.norm(aside.text());
        if (own == null || own.length() < 40) {
            return false;
        }
        int mid = own.length() / 2;
        String window = own.substring(Math.max(0, mid - 30), Math.min(own.length(), mid + 30));
        String all = Texts.norm(article.text());
        int first = all.indexOf(window);
        return first >= 0 && all.indexOf(window, first + 1) >= 0;
    }

    /** Prose a reader reads: some sentences' worth of text, mostly outside links. */
    private static boolean readsAsProse(Element e, NodeStats stats) {
        return stats.prose(e) >= 200 && stats.linkDensity(e) < 0.35;
    }

    private static Mark mark(Element e, Names names) {
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main") || tag.equals("p") && e.className().isEmpty()) {
            return Mark.NONE;
        }
        if (STRUCTURAL.contains(tag)) {
            return Mark.STRONG;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (BAD_ROLES.contains(role)) {
            return Mark.STRONG;
        }
        boolean hidden = e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(e.attr("style")).find();
        if (tag.equals("figure") || tag.equals("figcaption")) {
            return hidden ? Mark.WEAK : Mark.NONE;
        }
        Mark named = nameMark(e.className(), e.id(), names);
        if (named != Mark.NONE) {
            return named;
        }
        return hidden ? Mark.WEAK : Mark.NONE;
    }

    /**
     * The mark a class and an id give by themselves: none when either names content, else the stronger of
     * their marks. Each is matched once per page ({@code names}); ids are often unique, classes seldom.
     */
    private static Mark nameMark(String cls, String id, Names names) {
        Mark c = cls.isEmpty() ? null : names.byName.computeIfAbsent(cls, n -> tokensMark(n, names.byToken));
        Mark i = id.isEmpty() ? null : names.byName.computeIfAbsent(id, n -> tokensMark(n, names.byToken));
        if (c == Mark.CONTENT || i == Mark.CONTENT) {
            return Mark.NONE;
        }
        if (c == Mark.STRONG || i == Mark.STRONG) {
            return Mark.STRONG;
        }
        return c == Mark.WEAK || i == Mark.WEAK ? Mark.WEAK : Mark.NONE;
    }

    /**
     * The mark of a class or id string, read token by token (each judged once per page, {@code byToken}):
     * content when a token names content, else the strongest mark of its tokens. No fragment spans white
     * space, so this is the mark the whole string gives.
     */
    private static Mark tokensMark(String name, Map<String, Mark> byToken) {
        return ClassNames.tokens(name, byToken, t -> nameMark(t.toLowerCase(Locale.ROOT)), Mark.NONE,
                (a, b) -> a.ordinal() >= b.ordinal() ? a : b, Mark.CONTENT);
    }

    /** The mark one lower-cased name gives. */
    private static Mark nameMark(String name) {
        if (isContentName(name)) {
            return Mark.CONTENT;
        }
        if (NEGATIVE.find(name)) {
            return Mark.STRONG;
        }
        return WEAK_NEGATIVE.find(name) ? Mark.WEAK : Mark.NONE;
    }

    /** Names that mark the content itself even when they also contain a negative fragment. */
    private static boolean isContentName(String ci) {
        return ci.contains("article-body") || ci.contains("articlebody") || ci.contains("article__body")
                || ci.contains("story-body") || ci.contains("entry-content") || ci.contains("post-content")
                || ci.contains("post-body") || ci.contains("article-content") || ci.contains("article-text")
                || ci.contains("tweet") || ci.contains("embed"); // embedded posts quoted by the article
    }

    /** True when an element with {@code own} characters of prose holds so much of the page's that it must be the article. */
    private static boolean holdsArticle(int own, int total) {
        return own > 0.4 * total && own > 400;
    }

    private static void removeComments(Node root) {
        List<Node> kill = new ArrayList<>();
        root.forEachNode(n -> {
            if (n instanceof Comment) {
                kill.add(n);
            }
        });
        kill.forEach(Node::remove);
    }
}
