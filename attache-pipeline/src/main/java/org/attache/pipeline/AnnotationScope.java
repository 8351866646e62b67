package org.attache.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.ArticleAnnotator;

/**
 * How much of an article the Annotate stage reads: the leading paragraphs within the first {@code maxChars}
 * characters of its body (a paragraph longer than that alone is cut at a space). Annotation costs time and
 * memory in proportion to the text, so a freak body (a book pasted as one page) is annotated in part rather
 * than sinking the worker; its whole body is still stored and searchable. The annotation of the part refers
 * to the whole article, since the part's text is a prefix of the body's.
 */
final class AnnotationScope {
    private AnnotationScope() {
    }

    /** The article's annotation over at most {@code maxChars} of its body; {@code partial} when it was cut. */
    record Result(Annotated annotated, boolean partial) {
    }

    static Result annotate(ArticleAnnotator annotator, Article article, int maxChars) {
        Article part = part(article, maxChars);
        Annotated annotated = annotator.annotate(part);
        if (part == article) {
            return new Result(annotated, false);
        }
        return new Result(new Annotated(article, annotated.sentences(), annotated.mentions(), annotated.offices(),
                annotated.pipelineVersion()), true);
    }

    /** {@code article} itself when its body fits, else a copy whose body is the part that does. */
    static Article part(Article article, int maxChars) {
        List<String> body = article.body();
        long length = 0;
        for (int i = 0; i < body.size(); i++) {
            length += (i == 0 ? 0 : 2) + body.get(i).length();
        }
        if (length <= maxChars) {
            return article;
        }
        List<String> kept = new ArrayList<>();
        int used = 0;
        for (String paragraph : body) {
            int room = maxChars - used - (kept.isEmpty() ? 0 : 2);
            if (paragraph.length() <= room) {
                kept.add(paragraph);
                used += paragraph.length() + (kept.size() == 1 ? 0 : 2);
                continue;
            }
            if (kept.isEmpty()) {
                int cut = paragraph.lastIndexOf(' ', room);
                kept.add(paragraph.substring(0, cut > room / 2 ? cut : room));
            }
            break;
        }
        return new Article(article.id(), article.source(), article.url(), article.outlet(), article.title(),
                article.titleDerived(), kept, article.captions(), article.byline(), article.dateline(),
                article.published(), article.updated(), article.language(), article.links(), article.duplicateOf(),
                article.storyId());
    }
}
