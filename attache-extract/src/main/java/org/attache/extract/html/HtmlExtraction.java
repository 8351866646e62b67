package org.attache.extract.html;

import java.util.List;
import org.attache.api.PublishedDate;
import org.attache.api.RailLink;

/**
 * What the HTML extractor reads off one page, before wire conventions (datelines, agency tags) are
 * applied to the body. Nullable fields are null when the page does not say.
 *
 * @param title      the headline ({@code og:title}, {@code <h1>}, or {@code <title>} minus the site suffix), or null
 * @param paragraphs main-content paragraphs in reading order, whitespace-normalised, NFC
 * @param captions   figure captions with their photo credits removed
 * @param byline     author line, or null
 * @param published  publication date the page states for the article, with provenance, or null
 * @param updated    last modification date the page states for the article, with provenance, or null
 * @param outlet     site name ({@code og:site_name}, publisher in JSON-LD), or null
 * @param language   language declared by the page ({@code <html lang>}), ISO 639-1, or null
 * @param links      rail items (related/latest/more news lists) kept as links
 */
public record HtmlExtraction(String title, List<String> paragraphs, List<String> captions, String byline,
                             PublishedDate published, PublishedDate updated, String outlet, String language, List<RailLink> links) {
    public HtmlExtraction {
        paragraphs = List.copyOf(paragraphs);
        captions = captions == null ? List.of() : List.copyOf(captions);
        links = links == null ? List.of() : List.copyOf(links);
    }
}
