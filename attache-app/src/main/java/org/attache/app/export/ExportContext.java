package org.attache.app.export;

import java.util.function.Function;

/**
 * What an export knows besides the events themselves: each article's URL and lead paragraph (for
 * GDELT's SOURCEURL and IsRootEvent) and each story's counts (for NumMentions, NumSources, NumArticles).
 * Lookups return null when unknown; the columns are then left empty (or, for counts, the event's own
 * article counts once).
 *
 * @param articles article id → its reference, or null
 * @param stories  story id → its counts, or null
 */
public record ExportContext(Function<String, ArticleRef> articles, Function<String, StoryCounts> stories) {
    public ExportContext {
        articles = articles == null ? id -> null : articles;
        stories = stories == null ? id -> null : stories;
    }

    /** Nothing known besides the events. */
    public static ExportContext none() {
        return new ExportContext(null, null);
    }

    /**
     * @param url     the article's URL, or null
     * @param leadEnd offset into the body text where the first paragraph ends
     */
    public record ArticleRef(String url, int leadEnd) {
    }

    /**
     * @param events   coded events of the story (its mentions)
     * @param sources  independent outlets reporting it
     * @param articles articles reporting it
     */
    public record StoryCounts(int events, int sources, int articles) {
    }
}
