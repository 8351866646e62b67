package org.attache.extract.date;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds an article's publication and modification dates on its HTML page, most trusted evidence first:
 * structured data (JSON-LD, {@code <meta>} tags, {@code itemprop} microdata, {@code <time>} in the article's
 * own header, Dublin Core in embedded RDF, a page script's {@code pubdate}), then the date printed next to
 * the headline or byline in the page's language, then a date in the URL. A date inside a rail, a list of
 * other posts, a comment or an embed is never taken, a modification date never stands in for a
 * publication date the page states (it is the date only when the page gives no other), and a timestamp's day is taken in its own offset (or the page's, when the timestamp
 * is in UTC and the page states its own). Null when the page states no date. Stateless and thread-safe.
 */
public final class HtmlDates {
    private static final Logger LOG = LoggerFactory.getLogger(HtmlDates.class);
    /** Whether a candidate tells when the article was published or when it was modified. */
    enum Kind { PUBLISHED, MODIFIED }

    /**
     * One date found on the page.
     *
     * @param kind       published or modified
     * @param stamp      the date
     * @param provenance where it was read
     * @param rank       trust, lower is more trusted: 10 JSON-LD of the article, 20 publication metas, 25
     *                   microdata, 30 JSON-LD of the page, 40 the header's {@code <time>}, 42 a bare "date"
     *                   meta, 50 RDF, 60 a script's {@code pubdate}, 70–79 the date printed by the headline
     *                   (marked by a cue or a date-named element before plain), 80–85 the date of a date-named
     *                   element, an announced date or a {@code <time>} elsewhere in the article, 87 the first
     *                   date on a line of its own in the article's block, 90 the URL, 91 a date-named attribute
     *                   and 92 a keyed timestamp in the markup (read only when nothing else dates the page), 95 an HTTP
     *                   Last-Modified copied into a meta tag (never taken as the article's date)
     * @param printed    the day printed in the same element, when the element shows one (for the offset rule)
     * @param source     what exactly was read, for diagnostics
     */
    record Candidate(Kind kind, Stamp stamp, DateProvenance provenance, int rank, LocalDate printed, String source) {
    }

    private HtmlDates() {
    }

    /**
     * The dates the article states about itself.
     *
     * @param doc      the parsed page, unchanged by cleaning
     * @param jsonLd   the page's JSON-LD nodes, flattened, in page order
     * @param titles   the page's title strings (og:title, JSON-LD headline, {@code <title>}), to find its headline
     * @param language the page's declared language (ISO 639-1), or null
     * @param url      the page's URL (given, or canonical from the page), or null
     */
    public static ArticleDates find(Document doc, List<JsonNode> jsonLd, List<String> titles, String language, String url) {
        List<Candidate> candidates = candidates(doc, jsonLd, titles, language, url);
        ArticleDates dates = choose(candidates);
        if (LOG.isDebugEnabled()) {
            LOG.debug("dates of {}: {}\n{}", url, dates, describe(candidates));
        }
        return dates;
    }

    /** Every date candidate of the page, in no particular order. */
    static List<Candidate> candidates(Document doc, List<JsonNode> jsonLd, List<String> titles, String language,
                                      String url) {
        List<Candidate> out = new ArrayList<>();
        StructuredDates.fromJsonLd(jsonLd, language, out);
        StructuredDates.fromMeta(doc, language, out);
        ArticleRegion region = new ArticleRegion(doc, titles);
        StructuredDates.fromMicrodata(doc, region, language, out);
        StructuredDates.fromRdf(doc, language, out);
        StructuredDates.fromScripts(doc, language, out);
        VisibleDates.fromPage(doc, region, language, out);
        String fromUrl = PublishedDateResolver.urlDate(url);
        if (fromUrl != null) {
            out.add(new Candidate(Kind.PUBLISHED, Stamp.parse(fromUrl, null), DateProvenance.URL, 90, null, url));
        }
        out.removeIf(c -> c.stamp() == null);
        if (out.stream().allMatch(c -> c.rank() >= 95)) {
            Candidate written = StructuredDates.markupTimestamp(doc, region, language); // only read when nothing else dates the page
            if (written != null) {
                out.add(written);
            }
        }
        return out;
    }

    /**
     * The most trusted publication date (or, when the page states none, its most trusted modification date),
     * the most trusted modification date not before it, each in the page's offset. When the day printed by the headline disagrees with the most trusted structured date, a
     * structured date that agrees with it wins; and a UTC timestamp one day off the printed day gives way to
     * the printed day, which is the page's own.
     */
    static ArticleDates choose(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return ArticleDates.NONE;
        }
        ZoneOffset pageOffset = pageOffset(candidates);
        Candidate published = best(candidates, Kind.PUBLISHED);
        Candidate modified = best(candidates, Kind.MODIFIED);
        if (published == null && modified != null && modified.rank() < 90) {
            // the page states only when the article was last changed ("Stand:", "Aktualisiert am", dateModified):
            // that is the one day it gives for the article, so it stands as its date
            published = modified;
        }
        PublishedDate p = published == null ? null : date(published, pageOffset);
        Candidate seen = seen(candidates);
        if (published != null && seen != null && published.rank() < seen.rank()) {
            LocalDate seenDay = seen.printed() != null ? seen.printed() : seen.stamp().day();
            LocalDate structuredDay = LocalDate.parse(p.value().substring(0, 10));
            if (!structuredDay.equals(seenDay)) {
                Candidate agreeing = candidates.stream()
                        .filter(c -> c.kind() == Kind.PUBLISHED && c.rank() < 70)
                        .filter(c -> date(c, pageOffset).value().startsWith(seenDay.toString()))
                        .min(Comparator.comparingInt(Candidate::rank)).orElse(null);
                if (agreeing != null) {
                    p = date(agreeing, pageOffset);
                } else if (published.stamp().hasTime() && (published.stamp().offset() == null || published.stamp().utc())
                        && Math.abs(seenDay.toEpochDay() - structuredDay.toEpochDay()) == 1) {
                    p = new PublishedDate(seenDay.toString(), DateProvenance.VISIBLE_TEXT);
                }
            }
        }
        PublishedDate u = modified == null ? null : date(modified, pageOffset);
        if (p != null && u != null && u.value().substring(0, 10).compareTo(p.value().substring(0, 10)) < 0) {
            u = null;
        }
        return new ArticleDates(p, u);
    }

    /** The publication day the reader sees by the headline: a marked printed date, or a header {@code <time>}'s text. */
    private static Candidate seen(List<Candidate> candidates) {
        return candidates.stream()
                .filter(c -> c.kind() == Kind.PUBLISHED)
                .filter(c -> c.provenance() == DateProvenance.VISIBLE_TEXT && c.rank() < 80 || c.printed() != null)
                .min(Comparator.comparingInt(Candidate::rank)).orElse(null);
    }

    private static Candidate best(List<Candidate> candidates, Kind kind) {
        return candidates.stream().filter(c -> c.kind() == kind).min(Comparator.comparingInt(Candidate::rank)).orElse(null);
    }

    private static PublishedDate date(Candidate c, ZoneOffset pageOffset) {
        Stamp s = c.stamp();
        if (c.printed() != null && !c.printed().equals(s.day()) && Math.abs(c.printed().toEpochDay() - s.day().toEpochDay()) == 1) {
            return new PublishedDate(c.printed().toString(), c.provenance());
        }
        if (s.utc() && pageOffset != null) {
            s = s.inOffset(pageOffset);
        }
        return new PublishedDate(s.value(), c.provenance());
    }

    /** The offset the page states in its non-UTC timestamps, when they agree; else null. */
    private static ZoneOffset pageOffset(List<Candidate> candidates) {
        ZoneOffset found = null;
        for (Candidate c : candidates) {
            ZoneOffset o = c.stamp().offset();
            if (o == null || o.equals(ZoneOffset.UTC) || c.provenance() == DateProvenance.URL) {
                continue;
            }
            if (found != null && !found.equals(o)) {
                return null;
            }
            found = o;
        }
        return found;
    }


    /** The candidates, most trusted first, one per line (logged at debug level). */
    private static String describe(List<Candidate> candidates) {
        StringBuilder sb = new StringBuilder();
        Map<Kind, List<Candidate>> byKind = new HashMap<>();
        candidates.stream().sorted(Comparator.comparingInt(Candidate::rank))
                .forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c));
        byKind.forEach((k, list) -> list.forEach(c -> sb.append(k).append(' ').append(c.rank()).append(' ')
                .append(c.stamp().value()).append(c.printed() == null ? "" : " printed " + c.printed()).append("  ")
                .append(c.source().length() > 140 ? c.source().substring(0, 140) : c.source()).append('\n')));
        return sb.toString();
    }
}
