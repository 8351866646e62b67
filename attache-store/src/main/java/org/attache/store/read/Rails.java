package org.attache.store.read;

import org.attache.api.Article;
import org.attache.store.sql.StoreJdbc;
import org.attache.store.StoreException;
import org.attache.store.index.ArticleIndex;
import org.attache.store.sql.SqlAccess;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rails around an article page: Related News, Latest News, More News (same outlet) and For you. Every
 * list is newest first (as {@link ArticleLists} orders articles) except Related, best first. Reads run
 * concurrently: SQL on read connections, Lucene through a searcher manager. Obtain from
 * {@code ArticleStore.rails()}.
 */
public final class Rails {
    private final SqlAccess access;
    private final ArticleIndex index;
    private final ArticleLists lists;
    private final RelatedLists kept;
    private final Path dataDir;

    /** Used by the store. */
    public Rails(SqlAccess access, ArticleIndex index, ArticleLists lists, RelatedLists kept, Path dataDir) {
        this.access = access;
        this.index = index;
        this.lists = lists;
        this.kept = kept;
        this.dataDir = dataDir;
    }

    /**
     * Related News: articles sharing the article's entities (an entity named in few articles weighs more than
     * one named in many) or its distinctive words (Lucene MoreLikeThis on title and body), best first. Never the
     * article itself, the article it copies, nor any copy of either; one article per group of copies. Empty
     * when the article is unknown. Read from the lists the store keeps ({@link RelatedLists}); computed here for
     * an article whose list is pending or for more than {@link RelatedLists#KEPT} articles.
     */
    public List<ArticleRef> related(String articleId, int limit) {
        Objects.requireNonNull(articleId, "articleId");
        if (limit < 1) {
            return List.of();
        }
        if (limit <= RelatedLists.KEPT) {
            Optional<List<ArticleRef>> list = kept.kept(articleId, limit);
            if (list.isPresent()) {
                return list.get();
            }
        }
        return computed(articleId, limit);
    }

    private List<ArticleRef> computed(String articleId, int limit) {
        try {
            return access.cached(List.of("related", articleId, limit), () -> index.related(articleId, limit));
        } catch (IOException e) {
            throw new StoreException(dataDir, "find articles related to " + articleId, e);
        }
    }

    /** Latest News: the newest articles, without {@code exceptId} (may be null). */
    public List<ArticleRef> latest(String exceptId, int limit) {
        try {
            // the same list for every page: kept (until the data changes) one longer, then the page's article left out
            return without(access.cached(List.of("latest", limit), () -> lists.newest(null, null, limit + 1)),
                    exceptId, limit);
        } catch (SQLException e) {
            throw new StoreException(dataDir, "list the latest articles", e);
        }
    }

    /** More News: the newest other articles of the article's outlet; empty when it has none or is unknown. */
    public List<ArticleRef> moreFromOutlet(String articleId, int limit) {
        Objects.requireNonNull(articleId, "articleId");
        try {
            String outlet = access.read(c -> {
                try (PreparedStatement st = c.prepareStatement("SELECT outlet FROM articles WHERE id = ?")) {
                    st.setString(1, articleId);
                    try (ResultSet rs = st.executeQuery()) {
                        return rs.next() ? rs.getString(1) : null;
                    }
                }
            });
            return moreFromOutlet(articleId, outlet, limit);
        } catch (SQLException e) {
            throw new StoreException(dataDir, "list more articles like " + articleId, e);
        }
    }

    /** More News for an article already read: the newest other articles of {@code article.outlet()}. */
    public List<ArticleRef> moreFromOutlet(Article article, int limit) {
        return moreFromOutlet(article.id(), article.outlet(), limit);
    }

    private List<ArticleRef> moreFromOutlet(String articleId, String outlet, int limit) {
        if (outlet == null || limit < 1) {
            return List.of();
        }
        try {
            // the same list for every article of the outlet: kept one longer, then the page's article left out
            return without(access.cached(List.of("outlet", outlet, limit), () -> lists.newest(outlet, null, limit + 1)),
                    articleId, limit);
        } catch (SQLException e) {
            throw new StoreException(dataDir, "list more articles of " + outlet, e);
        }
    }

    /** The first {@code limit} of {@code refs} other than {@code exceptId} (may be null). */
    private static List<ArticleRef> without(List<ArticleRef> refs, String exceptId, int limit) {
        return refs.stream().filter(r -> !r.id().equals(exceptId)).limit(limit).toList();
    }

    /**
     * For you: the newest articles (without {@code exceptId}, may be null) that mention an entity the user
     * follows or carry an event whose actors include both countries of a pair the user follows. Empty when the
     * user follows nothing.
     */
    public List<ArticleRef> forYou(String user, String exceptId, int limit) {
        Objects.requireNonNull(user, "user");
        if (limit < 1) {
            return List.of();
        }
        try {
            // one list per user, kept one longer, then the page's article left out (as for Latest News)
            return without(access.cached(List.of("forYou", user, limit), () -> forYouNow(user, limit + 1)),
                    exceptId, limit);
        } catch (SQLException e) {
            throw new StoreException(dataDir, "list articles for " + user, e);
        }
    }

    private List<ArticleRef> forYouNow(String user, int limit) throws SQLException {
        return access.read(c -> {
            List<ArticleRef> refs = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT " + ArticleLists.REF_COLUMNS
                    + " FROM articles a WHERE a.id IN (" + Follows.FOLLOWED_ARTICLES + ")"
                    + " ORDER BY (a.published_value IS NULL), a.published_value DESC, a.seq DESC LIMIT ?")) {
                StoreJdbc.bind(st, user, user, user, limit);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        refs.add(ArticleLists.Row.read(rs).ref());
                    }
                }
            }
            return List.copyOf(refs);
        });
    }
}
