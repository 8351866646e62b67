package org.attache.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.Mention;
import org.attache.api.OfficeClaim;
import org.attache.nlp.events.PreparedSyntax;
import org.attache.nlp.relevance.ArticleRelevance;
import org.attache.nlp.resolve.NameKeys;

/**
 * What the per-article stages found in one article, before anything is looked up across articles: the article as
 * extracted; its sentences, mentions and office claims ({@link Annotated}); its relevance and that of each sentence.
 * The same page gives the same {@code Analysed} on any machine, in any order. The cross-article {@link RegistryStep}
 * turns it into entities and events.
 *
 * @param article   the article as extracted (its whole body, even when only a part was annotated)
 * @param annotated its annotation, or null when the language stages are off (articles stored without entities)
 * @param relevance its relevance and that of its sentences, or null when the language stages are off
 * @param partial   whether only the leading part of the body was annotated ({@link AnnotationScope})
 * @param syntax    the Code stage's tagging and parsing of the article, carried to the {@link RegistryStep} of
 *                  another process ({@link ArticleAnalyser#carrying}); null when it stays with this process's coder
 *                  (ingest) or when the language stages are off
 */
public record Analysed(Article article, Annotated annotated, ArticleRelevance relevance, boolean partial,
                       PreparedSyntax syntax) {
    public Analysed {
        Objects.requireNonNull(article, "article");
        if ((annotated == null) != (relevance == null)) {
            throw new IllegalArgumentException("annotated and relevance come together, or neither");
        }
        if (syntax != null && annotated == null) {
            throw new IllegalArgumentException("a prepared syntax needs the annotation it was made from");
        }
    }

    /** An analysed article whose preparation, if any, stays with this process's coder. */
    public Analysed(Article article, Annotated annotated, ArticleRelevance relevance, boolean partial) {
        this(article, annotated, relevance, partial, null);
    }

    /** An article extracted only: the language stages are off. */
    public static Analysed extractedOnly(Article article) {
        return new Analysed(article, null, null, false);
    }

    /** Whether the language stages ran on it ({@link #annotated()} and {@link #relevance()} are set). */
    public boolean isAnnotated() {
        return annotated != null;
    }

    /** The mentions, in order of their start offset; empty when not annotated. */
    public List<Mention> mentions() {
        return annotated == null ? List.of() : annotated.mentions();
    }

    /** Who holds which office, by mention index; empty when not annotated. */
    public List<OfficeClaim> offices() {
        return annotated == null ? List.of() : annotated.offices();
    }

    /**
     * Parallel to {@link #mentions()}: the name key each entity mention is resolved by ({@link NameKeys#key}), or null
     * for a mention that names no entity (a date, a title). The key, not an id, is what two machines agree on.
     */
    public List<String> nameKeys() {
        List<String> keys = new ArrayList<>(mentions().size());
        for (Mention m : mentions()) {
            keys.add(m.type().isEntity() ? NameKeys.key(m.text()) : null);
        }
        return Collections.unmodifiableList(keys);
    }
}
