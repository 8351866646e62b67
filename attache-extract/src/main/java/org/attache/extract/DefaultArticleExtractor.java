package org.attache.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.attache.api.Article;
import org.attache.api.ArticleExtractor;
import org.attache.api.ContentKind;
import org.attache.api.DateProvenance;
import org.attache.api.ExtractionException;
import org.attache.api.Page;
import org.attache.api.PageHints;
import org.attache.api.PublishedDate;
import org.attache.api.RailLink;
import org.attache.api.config.PageLimits;
import org.attache.extract.charset.DecodedText;
import org.attache.extract.charset.PageDecoder;
import org.attache.extract.charset.TextNormalizer;
import org.attache.extract.date.DateParser;
import org.attache.extract.date.PublishedDateResolver;
import org.attache.extract.html.DomLimitExceeded;
import org.attache.extract.html.HtmlArticleExtractor;
import org.attache.extract.html.HtmlExtraction;
import org.attache.extract.lang.LanguageIdentifier;
import org.attache.extract.text.Captions;
import org.attache.extract.text.TextSegmentation;
import org.attache.extract.text.TextSegmenter;
import org.attache.extract.text.TitleDeriver;
import org.attache.extract.wire.Dateline;
import org.attache.extract.wire.WireConventions;
import org.attache.extract.wire.WireResult;

/**
 * The extraction chain, {@code Page → Article}, assembled in one place: decode the bytes
 * ({@link PageDecoder}) → read the page (HTML: {@link HtmlArticleExtractor}; text:
 * {@link TextSegmenter}) → take wire conventions off the body ({@link WireConventions}) → choose outlet,
 * title, publication date ({@link PublishedDateResolver}) and language ({@link LanguageIdentifier}) →
 * give the article its id ({@link ArticleIds}).
 *
 * <p>Outlet precedence: the container's hint, then the page's own metadata, then the agency of a trailing
 * tag or the dateline. Title precedence: the container's hint, then the printed headline, then the title a
 * feed gave the page, then a label derived from the first sentence (with {@code titleDerived = true}). A
 * feed's date is taken only when the page prints none ({@link org.attache.api.DateProvenance#FEED}).
 *
 * <p>Bounded work: a page over the {@link PageLimits} caps is refused with its reason before the stage that
 * would pay for it ("more than 200000 elements", "nested deeper than 512 levels", "text longer than 1000000
 * characters"), and an interrupted thread stops between stages.
 *
 * <p>Thread-safe and stateless per document: one instance serves every worker.
 */
public final class DefaultArticleExtractor implements ArticleExtractor {
    private final PageDecoder decoder = new PageDecoder();
    private final HtmlArticleExtractor html;
    private final int maxTextChars;
    private final TextSegmenter segmenter = new TextSegmenter();
    private final WireConventions wire = new WireConventions();
    private final PublishedDateResolver dates = new PublishedDateResolver();
    private final LanguageIdentifier languages;

    /** An extractor with the default page limits, using the JVM-wide {@link LanguageIdentifier#shared() language identifier}. */
    public DefaultArticleExtractor() {
        this(PageLimits.DEFAULTS);
    }

    /** An extractor with these page limits, using the JVM-wide language identifier. */
    public DefaultArticleExtractor(PageLimits limits) {
        this(LanguageIdentifier.shared(), limits);
    }

    /** An extractor with the default page limits, using {@code languages} (loaded once, shared by all calls). */
    public DefaultArticleExtractor(LanguageIdentifier languages) {
        this(languages, PageLimits.DEFAULTS);
    }

    /** An extractor using {@code languages} (loaded once, shared by all calls) within {@code limits}. */
    public DefaultArticleExtractor(LanguageIdentifier languages, PageLimits limits) {
        this.languages = languages;
        this.html = new HtmlArticleExtractor(limits.maxElements(), limits.maxDepth());
        this.maxTextChars = limits.maxTextChars();
    }

    @Override
    public Article extract(Page page) throws ExtractionException {
        return read(page).article();
    }

    /**
     * An article and the opening dateline its page printed ("KOBE –", "WASHINGTON, Dec 5 (Reuters) -"), which
     * the article keeps only as a field (its place) while a reader reads it at the head of the first paragraph.
     *
     * @param article         the article, as {@link #extract} gives it
     * @param printedDateline the dateline as printed, separator included, or null when the body opened with none
     */
    public record Reading(Article article, String printedDateline) {
    }

    /** The article of {@code page} with its printed dateline: what the main-text benchmarks score as a reader's text. */
    public Reading read(Page page) throws ExtractionException {
        try {
            return doExtract(page);
        } catch (DomLimitExceeded e) {
            throw new ExtractionException(page.source(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            throw new ExtractionException(page.source(), "extraction failed: " + e);
        }
    }

    /** What one reader (HTML or text) found, before wire conventions. */
    private record Read(String title, List<String> paragraphs, List<String> captions, String byline,
                        PublishedDate markupDate, PublishedDate updated, String dateLine, String outlet, String language,
                        List<RailLink> links) {
    }

    private Reading doExtract(Page page) throws ExtractionException {
        DecodedText decoded = decoder.decode(page.content(), page.declaredCharset());
        String text = decoded.text();
        if (text.isBlank()) {
            throw new ExtractionException(page.source(), "no article text");
        }
        if (page.kind() != ContentKind.HTML && text.length() > maxTextChars) {
            throw tooLong(page);
        }
        PageHints hints = page.hints();
        String hintTitle = blankToNull(TextNormalizer.collapse(hints.title()));
        Read read = page.kind() == ContentKind.HTML ? readHtml(text, page.url()) : readText(text, hintTitle);
        if (Thread.currentThread().isInterrupted()) {
            throw new ExtractionException(page.source(), "extraction interrupted");
        }
        WireResult w = wire.apply(read.paragraphs());
        List<String> body = w.paragraphs();
        if (body.isEmpty()) {
            throw new ExtractionException(page.source(), "no article text");
        }
        if (body.stream().mapToLong(String::length).sum() > maxTextChars) {
            throw tooLong(page);
        }
        String outlet = firstNonBlank(TextNormalizer.collapse(hints.outlet()), read.outlet(), w.agency());
        String title = hintTitle != null ? hintTitle : blankToNull(read.title());
        if (title == null) {
            title = blankToNull(TextNormalizer.collapse(hints.feedTitle()));
        }
        boolean derived = false;
        if (title == null) {
            title = TitleDeriver.derive(body.get(0));
            derived = title != null;
        }
        Dateline dl = w.dateline();
        PublishedDate published = dates.resolve(new PublishedDateResolver.Evidence(hints.published(), read.markupDate(),
                read.dateLine(), text, page.url(), dl == null ? 0 : dl.month(), dl == null ? 0 : dl.day(),
                dl == null ? 0 : dl.year()));
        if (published == null || published.provenance() == DateProvenance.MARKUP) {
            // the feed states the item's date; a timestamp the page only keeps in its markup is a weaker guess
            PublishedDate feed = feedDate(hints.feedPublished());
            if (feed != null) {
                published = feed;
            }
        }
        PublishedDate updated = read.updated();
        if (updated != null && published != null && published.value().length() >= 10
                && updated.value().substring(0, 10).compareTo(published.value().substring(0, 10)) < 0) {
            updated = null; // a modification before the publication the record states is not one
        }
        String language = languages.identify(String.join("\n", body), read.language());
        String url = ArticleIds.canonicalUrl(page.url());
        String id = ArticleIds.id(outlet, url, page.recordId(), body);
        String byline = firstNonBlank(read.byline(), w.byline());
        Article article = new Article(id, page.source(), url, nfc(outlet), nfc(title), derived, body.stream().map(DefaultArticleExtractor::nfc).toList(),
                read.captions().stream().map(DefaultArticleExtractor::nfc).toList(), nfc(byline),
                dl == null ? null : nfc(dl.place()), published, updated, language, read.links(), null, null);
        return new Reading(article, dl == null ? null : nfc(dl.printed().strip()));
    }

    private ExtractionException tooLong(Page page) {
        return new ExtractionException(page.source(), "text longer than " + maxTextChars + " characters");
    }

    private Read readHtml(String text, String url) {
        HtmlExtraction x = html.extract(text, url);
        List<String> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>(x.captions());
        for (String p : x.paragraphs()) {
            String caption = Captions.caption(p);
            if (caption == null) {
                paragraphs.add(TextNormalizer.collapse(p));
            } else if (!caption.isEmpty() && !captions.contains(caption)) {
                captions.add(caption);
            }
        }
        return new Read(x.title(), paragraphs, captions, x.byline(), x.published(), x.updated(), null, x.outlet(), x.language(),
                x.links());
    }

    private Read readText(String text, String hintTitle) {
        TextSegmentation s = segmenter.segment(text, hintTitle);
        return new Read(s.title(), s.paragraphs(), s.captions(), null, null, null, s.dateLine(), null, null, s.links());
    }

    /** The date a feed gave the page, as a last resort: the page's own evidence always wins. */
    private static PublishedDate feedDate(String feedPublished) {
        String v = DateParser.normalise(feedPublished);
        return v == null ? null : new PublishedDate(v, DateProvenance.FEED);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** Every string leaves the extractor in NFC, whatever the steps after decoding did to it. */
    private static String nfc(String s) {
        return s == null || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
