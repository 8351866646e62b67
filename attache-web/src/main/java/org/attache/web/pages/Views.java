package org.attache.web.pages;

import java.util.List;

/**
 * What each page template is given: plain values, already chosen and formatted by {@link Pages}, so that
 * templates only lay them out. Every string here is untrusted text the templates escape, except
 * {@link SearchResult#snippetHtml()}.
 */
public final class Views {
    private Views() {
    }

    /** A link: a local path and its text. */
    public record Link(String href, String text) {
    }

    /**
     * One article in a list or a rail. {@code published} is null when the article prints no date; {@code copies}
     * counts the copies of it the list folded into this item.
     */
    public record ArticleItem(String href, String title, String outlet, String published, String dateline, int copies) {
        public ArticleItem(String href, String title, String outlet, String published, String dateline) {
            this(href, title, outlet, published, dateline, 0);
        }

        /** This item standing for {@code n} copies too. */
        public ArticleItem withCopies(int n) {
            return new ArticleItem(href, title, outlet, published, dateline, n);
        }
    }

    /**
     * One side of an event; {@code href} is the entity page, or null when the actor is not an entity;
     * {@code countryName} names the code; {@code weak} marks a country from weak context only.
     */
    public record Actor(String name, String href, String country, String sector, String countryName,
                        String sectorName, boolean weak) {
    }

    /**
     * One event as rows and boxes show it; on the relationship page, one group of events (a sentence's counterparts
     * and sides in one row).
     *
     * @param cameo        the CAMEO code, or the group's codes joined ("042, 043")
     * @param date         "2025-01-07", "2025-01-07..2025-01-11", "--04-29", or "date unknown"
     * @param precision    "day", "month", "year", or null when undated
     * @param evidenceHref the evidence sentence in its article ({@code /articles/{id}#s{start}})
     * @param typeName     the PLOVER type's gloss ("meet, visit, hold talks"), or null
     * @param cameoName    the CAMEO codes' descriptions ("Make a visit"), or null
     * @param coded        how many coded events the row stands for (1 outside the relationship page)
     */
    public record EventRow(String id, String type, String cameo, String mode, String status, String date,
                           String precision, List<Actor> source, List<Actor> target, String location,
                           String trigger, String evidence, String evidenceHref, String reportedOn, String typeName,
                           String cameoName, int coded) {
    }

    /**
     * One happening (a story) as the home page lists it under its article.
     *
     * @param type  PLOVER type, "CONSULT"
     * @param who   first actors of each side, "Lê Hoài Trung → Vivian Balakrishnan", or null when unnamed
     * @param dyad  country names, "Singapore – Vietnam", or null when unknown
     * @param date  "7–11 Jan 2025", "29 Apr (year not printed)" or "date unknown"
     * @param href  the evidence sentence of its first event
     */
    public record Happening(String type, String who, String dyad, String date, String href) {
    }

    /**
     * An entry of the home page's top stories: a multi-source story, or the single-source stories of one
     * article grouped under it, so that one headline shows once with its distinct happenings ({@code more}
     * of them not shown).
     */
    public record StoryItem(String headline, String href, int sources, int articles, List<Happening> happenings,
                            int more) {
    }

    /** A country pair with its count of events. */
    public record PairItem(String href, String label, long events) {
    }

    /** The home page. */
    public record Home(List<ArticleItem> latest, String moreHref, List<StoryItem> stories, List<PairItem> pairs,
                       int pairDays, String weekFrom, String weekTo) {
    }

    /** One search hit; {@code snippetHtml} is HTML the store built by escaping the text first. */
    public record SearchResult(ArticleItem article, String snippetHtml) {
    }

    /** A facet value as a link that adds (or, when active, removes) it from the search. */
    public record FacetLink(String href, String label, long count, boolean active) {
    }

    /** One facet: its label and values. */
    public record FacetGroup(String key, String label, List<FacetLink> links) {
    }

    /** A hidden form field that keeps a filter when the query changes. */
    public record Hidden(String name, String value) {
    }

    /** The search page; {@code error} names a bad parameter, else null. */
    public record Search(String query, boolean searched, long total, List<SearchResult> results,
                         List<FacetGroup> facets, List<Link> filters, List<Hidden> hidden, String nextHref,
                         String error) {
    }

    /** A follow button: the kind and key it posts, whether it is on, and where to come back. */
    public record Follow(String kind, String key, boolean following, String returnTo, String label) {
    }

    /** The article page. {@code published} is null when the article prints no date. */
    public record ArticlePage(String id, String title, String outlet, String dateline, String published,
                              String byline, String sourceUrl, List<String> captions,
                              List<BodyMarkup.Paragraph> body, List<EventRow> events, String duplicateOfHref,
                              List<ArticleItem> related, List<ArticleItem> latest, List<ArticleItem> more,
                              List<ArticleItem> forYou, StoryLink story) {
    }

    /**
     * An office an entity holds or held, with the sentence that says so.
     *
     * @param title        the title with its qualifiers ("acting President", "President-elect")
     * @param organization the body, or null when none or when the title already names it
     */
    public record OfficeRow(String title, String organization, boolean former, String firstSeen, String lastSeen,
                            String evidence, String evidenceHref) {
    }

    /** An entity named in the same articles. */
    public record CoItem(String href, String name, String type, String country, long shared) {
    }

    /** An article naming the entity. */
    public record EntityArticleItem(String href, String title, String published, long mentions) {
    }

    /**
     * The entity page; {@code firstSeen} and {@code lastSeen} are the first and last publication days of the
     * articles naming it, both null when none of them is dated.
     */
    public record EntityPage(String id, String name, String type, String country, String countryName,
                             long mentions, List<String> aliases, List<OfficeRow> offices, List<OfficeRow> formerOffices,
                             List<EventRow> timeline,
                             List<CoItem> coMentioned, List<EntityArticleItem> articles, Follow follow,
                             String countrySource, boolean countryWeak, String firstSeen, String lastSeen) {
    }

    /** A person on one side of a relationship, with the events naming them. */
    public record PersonCount(String href, String name, long events) {
    }

    /** The relationship page of two countries. */
    public record RelationPage(String countryA, String countryB, String nameA, String nameB, String apiHref,
                               long total, long undated, List<EventRow> events, List<PersonCount> peopleA,
                               List<PersonCount> peopleB, Follow follow, List<Option> types, List<Option> statuses,
                               String from, String to, List<String> summary, List<TypeCount> typeCounts, int first,
                               int last, String nextHref, String firstHref, String clearHref, List<Bucket> yearOnly,
                               List<Bucket> noYear, List<ScaleRow> scale) {
    }

    /**
     * Events kept off the chart's month axis, counted apart: dated to a year only ("1985"), or to a month whose
     * year the article did not print ("Apr").
     */
    public record Bucket(String label, long events, String types) {
    }

    /** One class of the cooperation–conflict scale as the page explains it. */
    public record ScaleRow(String label, int weight, String types) {
    }

    /** The graph page: the filters the script reads from the page. */
    public record GraphPage(String level, String from, String to, String type, List<Option> types, String error,
                            String lastYearFrom, String lastMonthFrom, String newest) {
    }

    /** One item of the feed, with why it is there. */
    public record FeedRow(ArticleItem article, List<String> reasons, String storedAt) {
    }

    /** Something the user follows, with its page and an unfollow button. */
    public record FollowRow(String kind, String key, String label, String href, Follow follow) {
    }

    /** The feed page. */
    public record FeedPage(List<FeedRow> items, List<FollowRow> follows, String nextHref, String atomHref) {
    }

    /** A list of events (from the graph's edges). */
    public record EventsPage(String heading, List<EventRow> events) {
    }

    /** A choice of a select box. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A PLOVER type with its count in the selection; {@code href} adds it to the filter (removes it when active). */
    public record TypeCount(String type, long count, String href, boolean active) {
    }

    /** The {@code attache export} command writing the selection in one format. */
    public record ExportLink(String format, String command) {
    }

    /**
     * The events explorer: the filter as the form shows it, one page of events and the links around it.
     *
     * @param first     the position (from 1) of the page's first event in the selection, 0 when empty
     * @param summary   the filter in words, one part each
     * @param firstHref the first page, or null when this is it
     * @param shareHref this selection's URL (without paging)
     */
    public record EventExplorer(String countryA, String countryB, String entity, String entityName,
                                List<Option> types, List<Option> statuses, List<Option> relevances, String mode,
                                String from, String to, String text, int limit, List<String> summary, long total,
                                int first, int last, List<TypeCount> typeCounts, List<EventRow> events,
                                String nextHref, String firstHref, String shareHref, String jsonHref,
                                List<ExportLink> exports) {
    }

    /** One line of the entity index. */
    public record EntityRow(String href, String name, String type, String country, String countryName, long mentions,
                            long articles) {
    }

    /** The entity index: its filter, the total, one page (positions {@code first}..{@code last}, from 1). */
    public record EntityIndex(List<Option> types, String country, String query, long total, int first, int last,
                              List<EntityRow> entities, String nextHref, String firstHref) {
    }

    /** One line of the story index; {@code days} as the story page says them. */
    public record StoryRow(String href, String headline, String type, String dyad, String days, int sources,
                           int articles, int events) {
    }

    /** The story index, in order of sources or, when {@code recent}, of last day. */
    public record StoryIndex(boolean recent, long total, int first, int last, List<StoryRow> stories, String nextHref,
                             String firstHref) {
    }

    /** One country pair: its relationship page, its codes and its events in the explorer. */
    public record PairRow(String href, String label, String codes, String eventsHref, long events) {
    }

    /** The index of country pairs, most events first. */
    public record PairIndex(long total, int first, int last, List<PairRow> pairs, String nextHref, String firstHref) {
    }

    /**
     * A story: one happening as several articles (and outlets) reported it.
     *
     * @param dyad     country names, "Singapore – Vietnam", or null when unknown
     * @param days     the whole span, from the first event or report to the last: "2025-01-07",
     *                 "2025-01-07 – 2025-01-11", or "date unknown"; it contains every dated report shown
     * @param happened the span of the events' days, or "date unknown"
     * @param reported the span of the reports' publication days, or "no dated report"
     */
    public record StoryPage(String headline, String type, String dyad, String days, String happened, String reported,
                            int sources, int articles,
                            int events, List<ArticleItem> reports, List<EventRow> eventRows) {
    }

    /** The story an article reports, when other articles report it too. */
    public record StoryLink(String href, int sources, int articles) {
    }

    /** An error page. */
    public record ErrorPage(int status, String title, String message) {
    }
}
