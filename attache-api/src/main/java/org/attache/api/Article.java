package org.attache.api;

import java.util.List;
import java.util.Objects;

/**
 * An article separated from the chrome of its page. Fields the page does not give are null, never
 * guessed. JSON names are the snake_case forms of the component names.
 *
 * @param id           stable id: hash of outlet + canonical URL, else outlet + record id, else normalised body
 * @param source       input path or URL, plus record number for JSONL
 * @param url          canonical URL, or null
 * @param outlet       publishing outlet (e.g. "VNA"), or null
 * @param title        headline, or a derived label when {@code titleDerived}; null when neither
 * @param titleDerived true when no headline was printed and {@code title} was derived from the body
 * @param body         body paragraphs in reading order, without captions, credits, datelines or agency tags
 * @param captions     photo captions without their credit
 * @param byline       author line, or null
 * @param dateline     place of the dateline ("Hanoi", "SINGAPORE"), or null
 * @param published    publication date from the article itself, or null
 * @param updated      last modification date the article states, or null; never stands in for {@code published}
 * @param language     ISO 639-1 code, or null when undetermined
 * @param links        rail items of the page, never part of the body
 * @param duplicateOf  id of the article this one copies (exactly or nearly), or null
 * @param storyId      id of the story this article reports, or null
 */
public record Article(String id, String source, String url, String outlet, String title, boolean titleDerived,
                      List<String> body, List<String> captions, String byline, String dateline,
                      PublishedDate published, PublishedDate updated, String language, List<RailLink> links,
                      String duplicateOf, String storyId) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        body = List.copyOf(body);
        captions = captions == null ? List.of() : List.copyOf(captions);
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** An article whose page states no modification date. */
    public Article(String id, String source, String url, String outlet, String title, boolean titleDerived,
                   List<String> body, List<String> captions, String byline, String dateline,
                   PublishedDate published, String language, List<RailLink> links,
                   String duplicateOf, String storyId) {
        this(id, source, url, outlet, title, titleDerived, body, captions, byline, dateline, published, null,
                language, links, duplicateOf, storyId);
    }

    /** The body as one string, paragraphs separated by a blank line; offsets of annotations refer to it. */
    public String bodyText() {
        return String.join("\n\n", body);
    }

    /** This article marked as a copy of {@code originalId}. */
    public Article withDuplicateOf(String originalId) {
        return new Article(id, source, url, outlet, title, titleDerived, body, captions, byline, dateline,
                published, updated, language, links, originalId, storyId);
    }
}
