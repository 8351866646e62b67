package org.attache.extract.eval;

import java.util.ArrayList;
import java.util.List;
import org.attache.api.Article;

/**
 * The text a reader reads as the article, which the main-text benchmarks score: the printed headline
 * (not a label derived from the first sentence) followed by the body paragraphs; captions and link rails
 * are not part of it.
 */
public final class ReaderText {
    private ReaderText() {
    }

    /** Headline and body of {@code article}, one paragraph a line. */
    public static String of(Article article) {
        List<String> parts = new ArrayList<>();
        if (article.title() != null && !article.titleDerived()) {
            parts.add(article.title());
        }
        parts.addAll(article.body());
        return String.join("\n", parts);
    }
}
