package org.attache.extract.eval;

import java.util.ArrayList;
import java.util.List;
import org.attache.api.Article;
import org.attache.extract.DefaultArticleExtractor;

/**
 * The text a reader reads as the article, which the main-text benchmarks score: the printed headline
 * (not a label derived from the first sentence) followed by the body paragraphs, the first one opening with
 * the dateline the page printed there (the article keeps it as a field); captions and link rails are not part
 * of it.
 */
public final class ReaderText {
    private ReaderText() {
    }

    /** Headline and body of {@code article}, one paragraph a line. */
    public static String of(Article article) {
        return of(article, null);
    }

    /** Headline and body of {@code reading}'s article, the first paragraph opening with its printed dateline. */
    public static String of(DefaultArticleExtractor.Reading reading) {
        return of(reading.article(), reading.printedDateline());
    }

    private static String of(Article article, String dateline) {
        List<String> parts = new ArrayList<>();
        if (article.title() != null && !article.titleDerived()) {
            parts.add(article.title());
        }
        List<String> body = article.body();
        if (dateline != null && !dateline.isBlank() && !body.isEmpty()) {
            parts.add(dateline + " " + body.get(0));
            parts.addAll(body.subList(1, body.size()));
        } else {
            parts.addAll(body);
        }
        return String.join("\n", parts);
    }
}
