package org.attache.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.attache.api.RailLink;
import org.attache.extract.date.ArticleDates;
import org.attache.extract.date.HtmlDates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.attache.api.config.PageLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts an article's main content and metadata from one HTML page, with general rules only (no
 * per-site configuration): rails become links, boilerplate is removed, the densest prose container is
 * chosen and read in order, and JSON-LD {@code articleBody} is used as a cross-check. Stateless and
 * thread-safe; never throws on malformed input (it degrades to fewer fields), except
 * {@link DomLimitExceeded} for a page over its caps: more start tags than {@code maxElements} (counted on
 * the text, before the page is parsed) or elements nested deeper than {@code maxDepth} (measured right
 * after parsing, before anything walks the tree).
 */
public final class HtmlArticleExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(HtmlArticleExtractor.class);

    private final int maxElements;
    private final int maxDepth;

    /** An extractor with the default caps of {@link PageLimits}; instances hold no state and may be shared. */
    public HtmlArticleExtractor() {
        this(PageLimits.DEFAULT_MAX_ELEMENTS, PageLimits.DEFAULT_MAX_DEPTH);
    }

    /** An extractor that refuses pages with more than {@code maxElements} elements or nested deeper than {@code maxDepth}. */
    public HtmlArticleExtractor(int maxElements, int maxDepth) {
        if (maxElements < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("caps must be positive: " + maxElements + ", " + maxDepth);
        }
        this.maxElements = maxElements;
        this.maxDepth = maxDepth;
    }

    /**
     * Extracts one page.
     *
     * @param html    the page's HTML (null is treated as empty)
     * @param baseUrl the page's URL, used to resolve links and as a last-resort date source; nullable
     * @return the extraction; paragraphs are NFC with whitespace folded
     * @throws DomLimitExceeded when the page is over a cap
     */
    public HtmlExtraction extract(String html, String baseUrl) {
        try {
            return doExtract(html == null ? "" : html, baseUrl);
        } catch (DomLimitExceeded e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debug("extraction failed for {}", baseUrl, e);
            return new HtmlExtraction(null, List.of(), List.of(), null, null, null, null, null, List.of());
        }
    }

    /** The body text the benchmark scores: paragraphs joined with blank lines. */
    public static String bodyText(HtmlExtraction x) {
        return String.join("\n\n", x.paragraphs());
    }

    private HtmlExtraction doExtract(String html, String baseUrl) {
        if (startTagsOver(html, maxElements)) {
            throw new DomLimitExceeded("more than " + maxElements + " elements");
        }
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        if (deeperThan(doc, maxDepth)) {
            throw new DomLimitExceeded("nested deeper than " + maxDepth + " levels");
        }
        stopIfInterrupted();
        JsonLd ld = JsonLd.read(doc);
        List<Element> metas = MetadataReader.metas(doc); // the page as parsed; cleaning below removes body metas
        String title = MetadataReader.title(doc, metas, ld);
        String outlet = MetadataReader.outlet(doc, metas, ld);
        String language = MetadataReader.language(doc, metas);
        String byline = MetadataReader.byline(doc, metas, ld);
        String url = baseUrl;
        if (url == null || url.isBlank()) {
            url = MetadataReader.meta(metas, "og:url");
            if (url == null) {
                Element canon = doc.selectFirst("link[rel=canonical]");
                url = canon == null ? null : canon.attr("href");
            }
        }
        ArticleDates dates = HtmlDates.find(doc, ld.nodes, MetadataReader.titles(doc, metas, ld), language, url);
        Element body = doc.body();
        List<RailLink> links = RailExtractor.extract(body);
        stopIfInterrupted();
        Element headline = Headline.find(body, title);
        String printed = Headline.printed(headline, title);
        if (printed != null) {
            title = printed;
        }
        DomCleaner.clean(doc, headline);
        stopIfInterrupted();
        ContentScorer.Choice choice = ContentScorer.choose(body, headline);
        stopIfInterrupted();
        Element container = choice.container();
        BlockCollector.Result blocks = BlockCollector.collect(choice.parts(), choice.stats()).galleryRead();
        List<String> lead = LeadFinder.find(body, headline, container,
                MetadataReader.meta(doc, "og:description", "description", "twitter:description"), choice.stats());
        List<BlockCollector.Block> all = new ArrayList<>();
        lead.forEach(p -> all.add(new BlockCollector.Block(p, 0)));
        for (BlockCollector.Block b : blocks.blocks()) {
            if (lead.isEmpty() || !lead.contains(b.text())) {
                all.add(b);
            }
        }
        List<String> paragraphs = BodyFilter.filter(all);
        paragraphs = BodyCheck.reconcile(paragraphs, ld == null ? List.of() : ld.paragraphs("articleBody"), title, url);
        return new HtmlExtraction(title, paragraphs, blocks.captions(), byline, dates.published(), dates.updated(),
                outlet, language, links);
    }

    /** True when {@code html} holds more than {@code max} start tags ({@code <} then a letter), counted without parsing. */
    static boolean startTagsOver(String html, int max) {
        int tags = 0;
        int n = html.length() - 1;
        for (int i = 0; i < n; i++) {
            if (html.charAt(i) == '<') {
                char c = html.charAt(i + 1);
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    if (++tags > max) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True when an element of {@code doc} sits deeper than {@code max}; an iterative walk that stops at the first. */
    static boolean deeperThan(Document doc, int max) {
        boolean[] deep = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > max && node instanceof Element) {
                    deep[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, doc);
        return deep[0];
    }

    /** Ends the extraction when the thread was interrupted (a watchdog's page time budget ran out). */
    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("extraction interrupted");
        }
    }

    /** The element that holds the headline's article: the {@code <article>}/{@code <main>} around the h1. */
    private static Element articleScope(Document doc) {
        Element h1 = doc.selectFirst("h1");
        if (h1 != null) {
            for (Element p : h1.parents()) {
                if (p.normalName().equals("article") || p.normalName().equals("main")) {
                    return p;
                }
            }
        }
        return doc.selectFirst("article");
    }
}
