package org.attache.extract.fetch;

import java.util.Optional;
import java.util.Set;
import org.attache.api.ContentKind;
import org.attache.api.Page;
import org.attache.api.PageHints;

/**
 * Turns a fetched response into a {@link Page} for extraction: HTML or plain text by its media type (sniffed when
 * the server sent none), the header's charset as the declared one (the page decoder still prefers a byte-order mark
 * and checks the declaration against the bytes), the final URL after redirects as the page's URL. Stateless.
 */
public final class WebPages {
    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> TEXT = Set.of("text/plain");

    private WebPages() {
    }

    /**
     * The page, or empty when its media type is not a page (a PDF, an image, a feed).
     *
     * @param source the name the page is known by: the link as a feed gave it
     */
    public static Optional<Page> toPage(FetchResult.Fetched fetched, String source, PageHints hints) {
        ContentKind kind = kind(fetched.contentType(), fetched.body());
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(new Page(source, null, fetched.finalUrl(), fetched.body(), kind, fetched.charset(),
                fetched.fetchedAt(), hints));
    }

    private static ContentKind kind(String mediaType, byte[] body) {
        if (mediaType == null) {
            return looksLikeMarkup(body) ? ContentKind.HTML : ContentKind.TEXT;
        }
        if (HTML.contains(mediaType)) {
            return ContentKind.HTML;
        }
        return TEXT.contains(mediaType) ? ContentKind.TEXT : null;
    }

    /** Whether the first non-blank byte (after a UTF-8 byte-order mark) is {@code <}. */
    private static boolean looksLikeMarkup(byte[] body) {
        int i = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF
                ? 3 : 0;
        while (i < body.length && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t')) {
            i++;
        }
        return i < body.length && body[i] == '<';
    }
}
