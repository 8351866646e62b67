package org.attache.app.eval;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * Baseline extractor for side-by-side scoring on the extraction benchmark: Readability4J, a Java port
 * of Mozilla's readability.js. Returns the article's plain text, or an empty string when it finds none
 * or fails.
 */
public final class Readability4jBaseline {
    private Readability4jBaseline() {
    }

    /** Main text of {@code html} as Readability4J sees it; {@code url} may be null. */
    public static String extract(String html, String url) {
        try {
            Article article = new Readability4J(url == null ? "" : url, html == null ? "" : html).parse();
            String text = article.getTextContent();
            return text == null ? "" : text.strip();
        } catch (RuntimeException | LinkageError e) {
            return "";
        }
    }
}
