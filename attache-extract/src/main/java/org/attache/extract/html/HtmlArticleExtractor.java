package org.attache.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.attache.api.PublishedDate;
import org.attache.api.RailLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts an article's main content and metadata from one HTML page, with general rules only (no
 * per-site configuration): rails become links, boilerplate is removed, the densest prose container is
 * chosen and read in order, and JSON-LD {@code articleBody} is used as a cross-check. Stateless and
 * thread-safe; never throws on malformed input (it degrades to fewer fields).
 */
public final class HtmlArticleExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(HtmlArticleExtractor.class);

    /** Creates an extractor; instances hold no state and may be shared. */
    public HtmlArticleExtractor() {
    }

    /**
     * Extracts one page.
     *
     * @param html    the page's HTML (null is treated as empty)
     * @param baseUrl the page's URL, used to resolve links and as a last-resort date source; nullable
     * @return the extraction; paragraphs are NFC with whitespace folded
     */
    public HtmlExtraction extract(String html, String baseUrl) {
        try {
            return doExtract(html == null ? "" : html, baseUrl);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debug("extraction failed for {}", baseUrl, e);
            return new HtmlExtraction(null, List.of(), List.of(), null, null, null, null, List.of());
        }
    }

    /** The body text the benchmark scores: paragraphs joined with blank lines. */
    public static String bodyText(HtmlExtraction x) {
        return String.join("\n\n", x.paragraphs());
    }

    private HtmlExtraction doExtract(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        JsonLd ld = JsonLd.read(doc);
        String title = MetadataReader.title(doc, ld);
        String outlet = MetadataReader.outlet(doc, ld);
        String language = MetadataReader.language(doc);
        String byline = MetadataReader.byline(doc, ld);
        PublishedDate published = MetadataReader.metaDate(doc, ld);
        String url = baseUrl;
        if (url == null || url.isBlank()) {
            url = MetadataReader.meta(doc, "og:url");
            if (url == null) {
                Element canon = doc.selectFirst("link[rel=canonical]");
                url = canon == null ? null : canon.attr("href");
            }
        }
        Element body = doc.body();
        List<RailLink> links = RailExtractor.extract(body);
        if (published == null) {
            published = MetadataReader.timeDate(articleScope(doc));
        }
        Element headline = Headline.find(body, title);
        String printed = Headline.printed(headline, title);
        if (printed != null) {
            title = printed;
        }
        DomCleaner.clean(doc, headline);
        ContentScorer.Choice choice = ContentScorer.choose(body);
        Element container = choice.container();
        BlockCollector.Result blocks = BlockCollector.collect(choice.parts(), choice.stats());
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
        paragraphs = BodyCheck.reconcile(paragraphs, ld == null ? null : ld.text("articleBody"), title, url);
        if (published == null) {
            published = MetadataReader.timeDate(container);
        }
        if (published == null) {
            published = MetadataReader.urlDate(url);
        }
        return new HtmlExtraction(title, paragraphs, blocks.captions(), byline, published, outlet, language, links);
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
