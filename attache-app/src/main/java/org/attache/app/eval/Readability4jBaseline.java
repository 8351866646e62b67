package org.attache.app.eval;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.slf4j.LoggerFactory;

/**
 * Baseline extractor for side-by-side scoring on the extraction benchmarks: Readability4J, a Java port
 * of Mozilla's readability.js. Returns the article's plain text, or an empty string when it finds none
 * or fails. Its own log (it logs whole pages at ERROR when it cannot fix a relative URL) is silenced: the
 * baseline's failures show in its scores.
 */
public final class Readability4jBaseline {
    /** The name and version printed beside its rows. */
    public static final String NAME = "readability4j 1.0.8";

    static {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger("net.dankito.readability4j").setLevel(Level.OFF);
        }
    }

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

    /**
     * Title and main text of {@code html}, as the main-text benchmark of the wider web scores them, or null
     * when Readability4J finds no article or fails.
     */
    public static String readerText(String html, String url) {
        try {
            Article article = new Readability4J(url == null ? "" : url, html == null ? "" : html).parse();
            String text = article.getTextContent();
            if (text == null || text.isBlank()) {
                return null;
            }
            String title = article.getTitle();
            return title == null || title.isBlank() ? text.strip() : title.strip() + "\n" + text.strip();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }
}
