package org.attache.web.pages;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.attache.api.Article;
import org.attache.api.events.Event;
import org.attache.store.Store;
import org.attache.store.events.EventFilter;
import org.attache.store.read.ArticleRef;

/**
 * The article page as HTML: the article, its body with entity mentions linked and event sentences anchored,
 * its events, and the four rails (Related News, Latest News, More News, For you). One class, so that the
 * server's {@code /articles/{id}} route and {@code attache bench pages} do the same reads and rendering.
 */
public final class ArticlePages {
    /** Articles per rail. */
    static final int RAIL = 6;
    /** Events listed in an article's box. */
    private static final int EVENTS = 200;

    private final Store store;
    private final Templates templates;

    /** Pages over this store, rendered with the precompiled templates. */
    public ArticlePages(Store store) {
        this(store, new Templates());
    }

    ArticlePages(Store store, Templates templates) {
        this.store = Objects.requireNonNull(store, "store");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /**
     * The page of article {@code id} as UTF-8 HTML, or empty when there is no such article.
     *
     * @param claim  the span a link asked to show marked ({@code ?at=&to=} of an office's evidence), or null
     * @param reader the user whose follows fill the "For you" rail, or null for none
     */
    public Optional<byte[]> render(String id, BodyMarkup.Span claim, String reader) {
        Objects.requireNonNull(id, "id");
        // the page's reads agree with each other, and the database takes its read lock once
        Optional<Views.ArticlePage> page = store.snapshot(() -> model(id, claim, reader));
        return page.map(p -> templates.render("article.jte", p));
    }

    private Optional<Views.ArticlePage> model(String id, BodyMarkup.Span claim, String reader) {
        Optional<Article> found = store.get(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Article a = found.get();
        List<BodyMarkup.Span> mentions = store.entities().mentionsOf(a.id()).stream()
                .map(m -> new BodyMarkup.Span(m.start(), m.end(), m.entityId(), m.name())).toList();
        List<Event> events = store.events().list(EventFilter.all().withArticle(a.id()), EVENTS);
        List<BodyMarkup.Span> sentences = events.stream()
                .map(e -> BodyMarkup.Span.of(e.evidence().start(), e.evidence().end())).toList();
        var rails = store.rails();
        String published = a.published() == null ? null : ArticleRef.day(a.published().value());
        return Optional.of(new Views.ArticlePage(a.id(), Pages.title(a.title()), a.outlet(), a.dateline(),
                published, a.byline(), Pages.httpUrl(a.url()), a.captions(),
                BodyMarkup.of(a.body(), mentions, sentences, claim), events.stream().map(EventRows::row).toList(),
                a.duplicateOf() == null ? null : "/articles/" + Pages.enc(a.duplicateOf()),
                // each rail reads twice its length, so that it stays full once copies are folded together
                Copies.items(store, rails.related(a.id(), 2 * RAIL), a.id(), RAIL),
                Copies.items(store, rails.latest(a.id(), 2 * RAIL), a.id(), RAIL),
                Copies.items(store, rails.moreFromOutlet(a, 2 * RAIL), a.id(), RAIL),
                reader == null ? List.of() : Copies.items(store, rails.forYou(reader, a.id(), 2 * RAIL), a.id(), RAIL),
                story(a)));
    }

    /** A link to the story the article reports when other articles report it too, else null. */
    private Views.StoryLink story(Article a) {
        if (a.storyId() == null) {
            return null;
        }
        return store.events().story(a.storyId()).filter(s -> s.articles() > 1)
                .map(s -> new Views.StoryLink(Pages.storyHref(s.id()), s.sources(), s.articles())).orElse(null);
    }
}
