package org.attache.web.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.attache.api.events.EventStatus;
import org.attache.api.relevance.RelevanceLabel;
import org.attache.api.events.PloverType;
import org.attache.store.events.EventFilter;
import org.attache.nlp.gazetteer.CountryGazetteer;

/**
 * Reads and checks query parameters. Every failure is a 400 {@link ApiError} naming the parameter and
 * the value given; blank values count as absent.
 */
public final class Params {
    /** Page size when {@code limit} is absent. */
    public static final int DEFAULT_LIMIT = 20;
    /** The largest page; larger limits are capped to it. */
    public static final int MAX_LIMIT = 100;
    private static final int MAX_LENGTH = 500;

    private Params() {
    }

    /** The parameter's value stripped, or null when absent or blank. */
    public static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_LENGTH) {
            throw ApiError.badParameter(name, "longer than " + MAX_LENGTH + " characters");
        }
        return value.strip();
    }

    /** {@code limit}: 1 or more, capped at {@link #MAX_LIMIT}; {@link #DEFAULT_LIMIT} when absent. */
    public static int limit(Context ctx) {
        String value = text(ctx, "limit");
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiError.badParameter("limit", "'" + value + "' is not a whole number");
        }
        if (limit < 1) {
            throw ApiError.badParameter("limit", "must be at least 1, was " + limit);
        }
        return Math.min(limit, MAX_LIMIT);
    }

    /** {@code cursor} as given (opaque), or null. */
    public static String cursor(Context ctx) {
        return text(ctx, "cursor");
    }

    /** A day {@code YYYY-MM-DD}, or null. */
    public static LocalDate day(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiError.badParameter(name, "'" + value + "' is not a date YYYY-MM-DD");
        }
    }

    /** Checks that {@code from} is not after {@code to}. */
    public static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiError.badParameter("from", from + " is after to " + to);
        }
    }

    /** A PLOVER type, any case, legacy labels accepted; or null. */
    public static PloverType type(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        return PloverType.fromLabel(value).orElseThrow(() -> ApiError.badParameter(name, "unknown PLOVER type '"
                + value + "' (one of " + Arrays.stream(PloverType.values()).map(Enum::name)
                .collect(Collectors.joining(", ")) + ")"));
    }

    /** An event status label, any case; or null. */
    public static EventStatus status(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return EventStatus.fromLabel(value);
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter(name, "unknown status '" + value + "' (one of " + Arrays.stream(EventStatus.values())
                    .map(EventStatus::label).collect(Collectors.joining(", ")) + ")");
        }
    }

    /** A relevance label ("political", "business", …), any case; or null. */
    public static RelevanceLabel relevance(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return RelevanceLabel.fromLabel(value);
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter(name, "unknown relevance '" + value + "' (one of " + RelevanceLabel.labels() + ")");
        }
    }

    /**
     * The events filter a request's query asks for: {@code country} (one or two, any spelling {@link #country(String,
     * String)} reads), {@code entity}, {@code type}, {@code status}, {@code from}/{@code to}, {@code relevance},
     * {@code mode} and {@code text}, and {@code article} when {@code withArticle}; the API and the events explorer
     * read the same parameters the same way.
     */
    public static EventFilter eventFilter(Context ctx, boolean withArticle) {
        Set<String> countries = countries(ctx);
        LocalDate from = day(ctx, "from");
        LocalDate to = day(ctx, "to");
        checkRange(from, to);
        String text = text(ctx, "text");
        if (text != null && text.length() > EventFilter.MAX_TEXT) {
            throw ApiError.badParameter("text", "longer than " + EventFilter.MAX_TEXT + " characters");
        }
        return new EventFilter(countries, text(ctx, "entity"), type(ctx, "type"), status(ctx, "status"), from, to,
                withArticle ? text(ctx, "article") : null, relevance(ctx, "relevance"), text(ctx, "mode"), text);
    }

    /** The one or two {@code country} parameters as alpha-3 codes, in the order given, without repeats. */
    public static Set<String> countries(Context ctx) {
        Set<String> countries = new LinkedHashSet<>();
        for (String c : ctx.queryParams("country")) {
            if (c != null && !c.isBlank()) {
                countries.add(country(c.strip(), "country"));
            }
        }
        if (countries.size() > 2) {
            throw ApiError.badParameter("country", "give one or two countries, not " + countries.size());
        }
        return countries;
    }

    /** A country parameter as an alpha-3 code, or null; see {@link #country(String, String)}. */
    public static String country(Context ctx, String name) {
        String value = text(ctx, name);
        return value == null ? null : country(value, name);
    }

    /** {@link CountryGazetteer#actorCode}; anything else is a bad parameter naming it. */
    public static String country(String value, String name) {
        return CountryGazetteer.actorCode(value).orElseThrow(() -> ApiError.badParameter(name, "unknown country '"
                + value + "' (an ISO-3166 alpha-3 code such as VNM, a country name, or an IGO acronym such as ASEAN)"));
    }

    /** The offset a cursor made by {@link #offsetCursor} holds; 0 for null. */
    public static int offset(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith("o:")) {
                int offset = Integer.parseInt(decoded.substring(2));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ApiError.badParameter("cursor", "'" + cursor + "' is not a cursor this list gave");
    }

    /** An opaque cursor for the item at {@code offset} of a list read in a stable order. */
    public static String offsetCursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }
}
