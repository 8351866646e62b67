package org.attache.web.pages;

import io.javalin.http.Context;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.attache.api.Entity;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.attache.api.relevance.RelevanceLabel;
import org.attache.nlp.gazetteer.CodeNames;
import org.attache.store.ArticleReader;
import org.attache.store.EntityReader;
import org.attache.store.read.FacetCount;
import org.attache.store.read.SearchItem;
import org.attache.store.read.SearchPage;
import org.attache.store.read.SearchRequest;

/**
 * The search page: the query box, the active filters (each removable), facet links that narrow the search,
 * and a page of hits with their highlighted snippets. Every link carries the page's parameters.
 */
final class SearchPages {
    private static final int LIST = 20;

    /** Request parameters of the search page, in the order links are built. */
    private static final List<String> SEARCH_PARAMS = List.of("q", "outlet", "country", "entity", "type", "status",
            "relevance", "from", "to");

    /** Facet key of the store → page parameter (month becomes from/to). */
    private static final Map<String, String> FACETS = facets();

    private static Map<String, String> facets() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("outlet", "Outlet");
        m.put("country", "Country");
        m.put("entity", "Entity");
        m.put("event_type", "Event type");
        m.put("status", "Status");
        m.put("relevance", "Relevance");
        m.put("month", "Month");
        return m;
    }

    private final ArticleReader store;
    private final EntityReader entities;
    private final Templates templates;

    SearchPages(ArticleReader store, EntityReader entities, Templates templates) {
        this.store = Objects.requireNonNull(store, "store");
        this.entities = Objects.requireNonNull(entities, "entities");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    void search(Context ctx) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String name : SEARCH_PARAMS) {
            String v = Pages.blankToNull(ctx.queryParam(name));
            if (v != null) {
                params.put(name, v.strip());
            }
        }
        String q = params.getOrDefault("q", "");
        List<Views.Hidden> hidden = new ArrayList<>();
        params.forEach((k, v) -> {
            if (!k.equals("q")) {
                hidden.add(new Views.Hidden(k, v));
            }
        });
        List<Views.Link> filters = new ArrayList<>();
        params.forEach((k, v) -> {
            if (!k.equals("q")) {
                Map<String, String> without = new LinkedHashMap<>(params);
                without.remove(k);
                filters.add(new Views.Link(searchHref(without, null), filterLabel(k, v)));
            }
        });
        SearchRequest request;
        try {
            PloverType type = params.containsKey("type") ? PloverType.fromLabel(params.get("type"))
                    .orElseThrow(() -> new IllegalArgumentException("unknown type " + params.get("type"))) : null;
            EventStatus status = params.containsKey("status") ? Pages.status(params.get("status")) : null;
            RelevanceLabel relevance = params.containsKey("relevance") ? RelevanceLabel.fromLabel(params.get("relevance"))
                    : null;
            request = new SearchRequest(q.isEmpty() ? null : q, params.get("outlet"), params.get("country"),
                    params.get("entity"), type, status, relevance, Pages.day(params.get("from"), "from"),
                    Pages.day(params.get("to"), "to"), Pages.blankToNull(ctx.queryParam("cursor")), LIST);
        } catch (IllegalArgumentException e) {
            ctx.status(400);
            render(ctx, new Views.Search(q, false, 0, List.of(), List.of(), filters, hidden, null,
                    e.getMessage()));
            return;
        }
        SearchPage page;
        try {
            page = store.search(request);
        } catch (IllegalArgumentException e) { // a bad cursor or query syntax
            ctx.status(400);
            render(ctx, new Views.Search(q, false, 0, List.of(), List.of(), filters, hidden, null,
                    e.getMessage()));
            return;
        }
        List<Views.SearchResult> results = new ArrayList<>();
        // copies of one article show once, the best-ranked of them, with the count of the others
        for (Copies.Collapsed<SearchItem> c : Copies.collapse(store, page.hits(), h -> h.article().id(), null,
                page.hits().size())) {
            // snippetHtml: the store escapes the text first and only then adds <mark> (SearchItem's contract)
            results.add(new Views.SearchResult(Pages.item(c.item().article()).withCopies(c.copies()),
                    c.item().snippetHtml()));
        }
        List<Views.FacetGroup> groups = new ArrayList<>();
        FACETS.forEach((key, label) -> {
            List<FacetCount> counts = page.facets().getOrDefault(key, List.of());
            if (counts.isEmpty()) {
                return;
            }
            List<Views.FacetLink> links = new ArrayList<>();
            for (FacetCount c : counts.subList(0, Math.min(12, counts.size()))) {
                Map<String, String> with = new LinkedHashMap<>(params);
                boolean active = facetSelect(with, key, c.value());
                links.add(new Views.FacetLink(searchHref(with, null), facetLabel(key, c), c.count(), active));
            }
            groups.add(new Views.FacetGroup(key, label, links));
        });
        String next = page.nextCursor() == null ? null : searchHref(params, page.nextCursor());
        render(ctx, new Views.Search(q, true, page.totalHits(), results, groups, filters, hidden, next,
                null));
    }

    /** Sets the parameters a facet value selects; true when they were already set (the value is active). */
    private static boolean facetSelect(Map<String, String> params, String facet, String value) {
        if (facet.equals("month")) {
            YearMonth month;
            try {
                month = YearMonth.parse(value);
            } catch (DateTimeParseException e) {
                return false;
            }
            String from = month.atDay(1).toString();
            String to = month.atEndOfMonth().toString();
            boolean active = from.equals(params.get("from")) && to.equals(params.get("to"));
            params.put("from", from);
            params.put("to", to);
            return active;
        }
        String param = switch (facet) {
            case "event_type" -> "type";
            default -> facet;
        };
        boolean active = value.equalsIgnoreCase(params.get(param));
        params.put(param, value);
        return active;
    }

    private static String facetLabel(String facet, FacetCount c) {
        String label = c.label() == null || c.label().isBlank() ? c.value() : c.label();
        if (facet.equals("country")) {
            String name = CodeNames.displayName(c.value());
            return name == null ? label : name;
        }
        if (facet.equals("status")) {
            return label.toLowerCase(Locale.ROOT);
        }
        return label;
    }

    private String filterLabel(String param, String value) {
        return switch (param) {
            case "country" -> "country: " + Pages.countryName(value.toUpperCase(Locale.ROOT));
            case "entity" -> "entity: " + entities.entity(value).map(Entity::name).orElse(value);
            default -> param + ": " + value;
        };
    }

    private static String searchHref(Map<String, String> params, String cursor) {
        StringBuilder s = new StringBuilder("/search");
        char sep = '?';
        for (Map.Entry<String, String> p : params.entrySet()) {
            s.append(sep).append(p.getKey()).append('=').append(Pages.enc(p.getValue()));
            sep = '&';
        }
        if (cursor != null) {
            s.append(sep).append("cursor=").append(Pages.enc(cursor));
        }
        return s.toString();
    }

    private void render(Context ctx, Object model) {
        Pages.html(ctx, templates.render("search.jte", model));
    }
}
